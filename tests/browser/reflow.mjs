// Reflow (WCAG 2.1 1.4.10): opens report pages in headless Chromium (Debian's /usr/bin/chromium)
// at each given width and fails when a page scrolls sideways, when a word of a heading (h1, h2,
// h3) is broken across two lines, when a table.data is not inside a scroll box of its own that
// fits the window (keyboard-focusable, a region named by the table's caption), when a table's
// caption does not fit that box, or, at 480 px and narrower, when the masthead keeps the logo
// beside the title instead of above it. At widths of 480 px and narrower it also runs axe-core's
// WCAG 2.1 A and AA rules, as the tables' scroll boxes only scroll there.
//
//   node tests/browser/reflow.mjs WIDTH[,WIDTH...] PAGE.html [PAGE.html ...]
//
// Prints one JSON line per page and width ({page, width, innerWidth, scrollWidth, problems}) and
// exits 1 if any page has a problem. Each problem names the page, the width and the element.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [widthList, ...pages] = process.argv.slice(2);
const widths = (widthList || "").split(",").map(Number);
if (pages.length === 0 || widths.some((w) => !Number.isInteger(w) || w <= 0)) {
  console.error("usage: node reflow.mjs WIDTH[,WIDTH...] PAGE.html [PAGE.html ...]");
  process.exit(2);
}
// At or below this width the masthead must stack and axe runs.
const NARROW = 480;

// Runs in the page: returns the problems found, each a sentence naming the element.
function inspect(narrow) {
  const problems = [];
  const vw = window.innerWidth;
  // A short, recognisable name for an element: tag, id, classes, nearest id above, its text.
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += `#${el.id}`;
    for (const c of el.classList) name += `.${c}`;
    const owner = el.parentElement?.closest("[id]");
    if (!el.id && owner) name += ` in #${owner.id}`;
    const text = (el.textContent || "").replace(/\s+/g, " ").trim();
    if (text) name += ` "${text.length > 60 ? text.slice(0, 57) + "..." : text}"`;
    return name;
  };
  const scrollsX = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);

  // 1. No sideways scroll; when there is some, name the outermost elements that stick out
  // (those not inside a box that scrolls or clips them).
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > vw) {
    const offenders = [];
    const walk = (el) => {
      const r = el.getBoundingClientRect();
      // Only the right edge: what sticks out on the left (the skip link, parked off-screen until
      // focused) cannot be scrolled to.
      if (r.width > 0 && r.right > vw + 0.5) {
        offenders.push(`${describe(el)} (left ${Math.round(r.left)}, right ${Math.round(r.right)} px)`);
        return;
      }
      if (el !== document.body && el !== document.documentElement && getComputedStyle(el).overflowX !== "visible") return;
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    problems.push(
      `scrolls sideways: document scrollWidth ${scrollWidth} px > window ${vw} px; sticking out: ` +
        (offenders.length ? offenders.slice(0, 8).join("; ") + (offenders.length > 8 ? `; and ${offenders.length - 8} more` : "") : "(none found)"),
    );
  }

  // 2. No word of a heading broken across lines: each word's range lies on one line.
  for (const h of document.querySelectorAll("h1, h2, h3")) {
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        if (tops.size > 1) {
          const lines = rects.map((r) => {
            // The part of the word on each line, for the message.
            return `${Math.round(r.width)} px at top ${Math.round(r.top)}`;
          });
          problems.push(`heading word broken across ${tops.size} lines: "${m[0]}" in ${describe(h)} (${lines.join(", ")})`);
        }
      }
    }
  }

  // 3. Every table.data scrolls inside a box of its own that fits the window, which a keyboard
  // can reach and a screen reader names by the table's caption; the caption fits that box.
  for (const table of document.querySelectorAll("table.data")) {
    const box = table.parentElement;
    if (!box || !scrollsX(box) || box === document.body) {
      problems.push(`table not in a scroll box (its parent's overflow-x is not auto or scroll): ${describe(table)}`);
      continue;
    }
    const b = box.getBoundingClientRect();
    if (b.width > vw || b.right > vw + 0.5 || b.left < -0.5) {
      problems.push(`table's scroll box is wider than the window (left ${Math.round(b.left)}, right ${Math.round(b.right)} px): ${describe(table)}`);
    }
    if (box.getAttribute("tabindex") !== "0") problems.push(`table's scroll box has no tabindex="0": ${describe(table)}`);
    if (box.getAttribute("role") !== "region") problems.push(`table's scroll box has no role="region": ${describe(table)}`);
    const caption = table.caption;
    const labelledBy = (box.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const named = caption && (labelledBy.includes(caption.id) || box.getAttribute("aria-label") === caption.textContent.trim());
    if (!named) problems.push(`table's scroll box is not named by its caption (aria-labelledby or aria-label): ${describe(table)}`);
    if (caption) {
      const c = caption.getBoundingClientRect();
      if (c.right > b.right + 0.5 || c.left < b.left - 0.5) {
        problems.push(`caption wider than its table's scroll box (caption ${Math.round(c.left)}-${Math.round(c.right)}, box ${Math.round(b.left)}-${Math.round(b.right)} px): ${describe(caption)}`);
      }
    }
  }

  // 4. Narrow: the masthead stacks, the logo above the title.
  const logo = document.querySelector(".masthead .logo");
  const h1 = document.querySelector(".masthead h1");
  if (narrow && logo && h1 && logo.getBoundingClientRect().bottom > h1.getBoundingClientRect().top + 0.5) {
    problems.push(`masthead does not stack: the logo is beside the title, not above it: ${describe(h1)}`);
  }
  return { innerWidth: vw, scrollWidth, problems };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
let failed = false;
try {
  for (const page of pages) {
    const url = pathToFileURL(resolve(page)).href;
    for (const width of widths) {
      // A phone's width, and a phone's height; no device scale, so CSS px are the window's.
      // The report forbids scripts (CSP); axe is injected by the harness, so CSP is bypassed
      // for the harness only.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
      const tab = await context.newPage();
      await tab.goto(url, { waitUntil: "load" });
      const narrow = width <= NARROW;
      const result = await tab.evaluate(inspect, narrow);
      if (narrow) {
        await tab.addScriptTag({ content: axeSource });
        const axe = await tab.evaluate(async () =>
          // eslint-disable-next-line no-undef
          axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
        );
        for (const v of axe.violations) {
          result.problems.push(`axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), first: ${v.nodes[0]?.target}`);
        }
      }
      result.problems = result.problems.map((p) => `${page} at ${width} px: ${p}`);
      console.log(JSON.stringify({ page, width, ...result }));
      if (result.problems.length > 0) failed = true;
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
