// Opens report pages in headless Chromium (Debian's /usr/bin/chromium), runs axe-core with the
// WCAG 2.1 A and AA rules, and fails on any violation, any console error, any page error and any
// request that leaves the file (the report must open offline). Saves a full-page screenshot and
// an A4 PDF of each page beside it.
//
//   node tests/browser/check.mjs OUT_DIR PAGE.html [PAGE.html ...]
//
// Prints one JSON line per page and exits 1 if any page has a problem.

import { createRequire } from "node:module";
import { readFileSync, mkdirSync } from "node:fs";
import { basename, resolve, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error("usage: node check.mjs OUT_DIR PAGE.html [PAGE.html ...]");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

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
    // The report forbids scripts (CSP); axe is injected by the test harness, so CSP is bypassed
    // for the harness only.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } });
    const tab = await context.newPage();
    const problems = [];
    tab.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    tab.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    tab.on("request", (r) => {
      if (r.url() !== url && !r.url().startsWith("data:")) problems.push(`request: ${r.url()}`);
    });
    await tab.goto(url, { waitUntil: "load" });
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    for (const v of result.violations) {
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), first: ${v.nodes[0]?.target}`);
    }
    const stem = basename(page, ".html") + "-" + Buffer.from(page).toString("hex").slice(-8);
    await tab.screenshot({ path: join(outDir, `${stem}.png`), fullPage: true });
    await tab.emulateMedia({ media: "print" });
    await tab.pdf({ path: join(outDir, `${stem}.pdf`), format: "A4" });
    console.log(JSON.stringify({ page, passes: result.passes.length, violations: result.violations.length, problems }));
    if (problems.length > 0) failed = true;
    await context.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
