//! Integration tests: the real binary run on fixture labs, compared with figures worked out
//! by hand. One test binary (`autotests = false`), one module per area.

mod common;

mod after_each_lab;
mod bad_input;
mod build;
mod check;
mod cli;
mod crash_safe;
mod exports;
mod figures;
mod formats;
mod indicators;
mod languages;
mod no_config;
mod outcomes;
mod pdf;
mod people;
mod privacy;
mod reflow;
mod report;
mod translated;
mod workbook;
