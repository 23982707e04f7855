// Opens a bricklint HTML report in headless Chromium (playwright-core) and
// checks that it renders without console errors or network requests and
// that its filters work. Usage: node html-check.js REPORT.html [SCREENSHOT.png]
"use strict";
const { chromium } = require("playwright-core");
const path = require("path");

function fail(msg) {
  console.error("html-check: " + msg);
  process.exit(1);
}

(async () => {
  const file = path.resolve(process.argv[2]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("request", (r) => { if (!r.url().startsWith("file:")) problems.push("network request: " + r.url()); });
  await page.goto("file://" + file, { waitUntil: "load" });

  const state = () => page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll("#findings tbody tr"));
    const vis = rows.filter((r) => !r.hidden);
    return {
      all: rows.length,
      visible: vis.length,
      shown: Number(document.getElementById("shown").textContent),
      rules: [...new Set(vis.map((r) => r.dataset.rule))],
      levels: [...new Set(vis.map((r) => r.dataset.level))],
      dirs: [...new Set(vis.map((r) => r.dataset.dir))],
      texts: vis.map((r) => r.textContent),
      locs: vis.map((r) => r.querySelector("code").textContent),
      hiddenRows: rows.filter((r) => r.dataset.hidden).length,
      visibleHidden: vis.filter((r) => r.dataset.hidden).length,
      charts: document.querySelectorAll("figure.chart svg").length,
      bars: document.querySelectorAll(".bar").length,
    };
  });

  const start = await state();
  if (start.charts !== 3 || start.bars === 0) fail(`charts: ${start.charts} charts, ${start.bars} bars`);
  if (start.visible === 0 || start.visible !== start.shown || start.visibleHidden !== 0) fail("initial state: " + JSON.stringify(start));
  if (start.visible + start.hiddenRows !== start.all) fail("suppressed/baselined rows are not the only hidden ones");

  // Rule filter.
  const rule = start.rules[0];
  await page.selectOption("#f-rule", rule);
  let s = await state();
  if (s.rules.length !== 1 || s.rules[0] !== rule || s.visible !== s.shown || s.visible === 0 || s.visible >= start.visible && start.rules.length > 1)
    fail(`rule filter ${rule}: ` + JSON.stringify(s.rules) + ` ${s.visible}/${start.visible}`);
  await page.click("#f-reset");

  // Severity filter by clicking the chart bar.
  const level = start.levels[start.levels.length - 1];
  await page.click(`.bar[data-filter="level"][data-value="${level}"]`);
  s = await state();
  if (s.levels.length !== 1 || s.levels[0] !== level || (await page.inputValue("#f-level")) !== level) fail(`severity bar ${level}: ` + JSON.stringify(s.levels));
  await page.click("#f-reset");

  // Directory filter.
  const dir = start.dirs[start.dirs.length - 1];
  await page.selectOption("#f-dir", dir);
  s = await state();
  if (s.dirs.length !== 1 || s.dirs[0] !== dir) fail(`directory filter ${dir}: ` + JSON.stringify(s.dirs));
  await page.click("#f-reset");

  // Text filter, then one that matches nothing.
  const word = start.locs[start.locs.length - 1].split(":")[0];
  await page.fill("#f-text", word);
  s = await state();
  if (s.visible === 0 || s.texts.some((t) => !t.includes(word))) fail(`text filter ${word}: ${s.visible} rows`);
  await page.fill("#f-text", "no-such-finding-anywhere");
  s = await state();
  if (s.visible !== 0 || !(await page.isVisible("#empty"))) fail("a filter matching nothing shows rows or no notice");
  await page.click("#f-reset");

  // Suppressed and baselined findings appear when asked.
  if (start.hiddenRows > 0) {
    await page.check("#f-hidden");
    s = await state();
    if (s.visible !== start.all) fail(`show suppressed: ${s.visible} of ${start.all}`);
    await page.click("#f-reset");
  }

  // Rule docs open from a finding's rule link.
  await page.click(`#findings tbody tr:not([hidden]) a[href="#rule-${rule}"]`);
  await page.evaluate((id) => { document.getElementById("rule-" + id).open = true; }, rule);
  if (!(await page.isVisible(`#rule-${rule} pre.doc`))) fail(`the docs of ${rule} do not show`);

  if (process.argv[3]) await page.screenshot({ path: process.argv[3], fullPage: true });
  await browser.close();
  if (problems.length) fail(problems.join("\n"));
  console.log(`html-check: ${path.basename(file)}: ${start.visible} findings (${start.hiddenRows} hidden) in ${start.rules.length} rules; filters, bars and docs work; no console errors, no requests`);
})().catch((e) => fail(e.stack || String(e)));
