//! labreport: turns the spreadsheets a Local Learning Lab leaves behind into participation and
//! feedback figures and an accessible HTML report. The binary (`main.rs`) is a thin shell over
//! `app::run`; the stages are public so that tests and the fuzz target can call them.

pub mod aggregate;
pub mod app;
pub mod chart;
pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod discover;
pub mod figures;
pub mod fold;
pub mod indicators;
pub mod lock;
pub mod manifest;
pub mod organisations;
pub mod outcomes;
pub mod pdf;
pub mod people;
pub mod privacy;
#[cfg(test)]
mod proptests;
pub mod read;
pub mod recognise;
pub mod report;
pub mod suggest;
pub mod summary;
pub mod tables;
pub mod vocabulary;
pub mod wording;
pub mod workbook;
pub mod write;
