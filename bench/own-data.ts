/**
 * `npm run bench:own-data`: reading a reader's table in "bring your own data", in Chromium on the
 * built site (`npm run build` first; `DIST_DIR=…` for another output directory; `SIZES=1,10,20`
 * in MB). For each generated CSV (six numeric columns) it prints:
 *   - read: from the file input's change event to the table shown (file read, decoding, the
 *     core's parser and the checks in the worker, the numbers back as one transferred buffer);
 *   - longest task (read): the longest main-thread task meanwhile (Long Tasks API: tasks of 50 ms
 *     or more; "< 50" when there was none);
 *   - longest task (Train): the same from the Train click to the end of one epoch's training in
 *     the worker (the table is copied and transferred to it);
 *   - parse in Node: the core's `parseTable` on the same text, for reference.
 * Timings on a shared machine are noisy: run it twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseTable } from "momentum-live/core";
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveApart } from "./serve-child.ts";

const sizes = (process.env.SIZES ?? "1,10,20").split(",").map(Number);

/** About `mb` MB of CSV: a header and rows of six numbers (the last one a noisy linear target). */
function table(mb: number): string {
  const lines = ["a,b,c,d,e,y"];
  let bytes = lines[0].length + 1;
  for (let i = 0; bytes < mb * 1_000_000; i++) {
    const x = [(i % 97) / 7, ((i * 13) % 89) / 3, ((i * 7) % 83) / 11, ((i * 31) % 101) / 5, (i * 17) % 19];
    const y = x[0] - 2 * x[1] + 0.5 * x[2] + ((i * 29) % 23) / 100;
    const line = [...x.map((v) => v.toFixed(4)), y.toFixed(4)].join(",");
    lines.push(line);
    bytes += line.length + 1;
  }
  return `${lines.join("\n")}\n`;
}

const dir = mkdtempSync(path.join(tmpdir(), "own-data-bench-"));
const server = await serveApart(process.env.DIST_DIR ?? "dist");
const browser = await launch();
const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 900 } });
const { page } = probe;
await page.goto(`${server.url}en/experiments/`, { waitUntil: "load" });
const live = page.locator("ml-own-data");
await live.scrollIntoViewIfNeeded();
await page.waitForSelector('ml-own-data[data-live="ready"]');
await page.evaluate(() => {
  const w = window as unknown as { longest: number; changed: number; shown: number };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
  }).observe({ type: "longtask" });
  const own = document.querySelector("ml-own-data") as HTMLElement;
  own.querySelector("[data-file]")?.addEventListener("change", (e) => (w.changed = e.timeStamp), true);
  new MutationObserver(() => (w.shown = performance.now())).observe(
    own.querySelector("[data-table]") as Node,
    { childList: true, characterData: true, subtree: true },
  );
});
const reset = () =>
  page.evaluate(() => Object.assign(window, { longest: 0, changed: Number.NaN, shown: Number.NaN }));
const read = () =>
  page.evaluate(() => {
    const { longest, changed, shown } = window as unknown as {
      longest: number;
      changed: number;
      shown: number;
    };
    return { longest, changed, shown };
  });
const ms = (v: number) => (v > 0 ? `${v.toFixed(0)} ms` : "< 50 ms");

console.log("size   rows      read      longest task (read)  longest task (Train)  parse in Node");
for (const mb of sizes) {
  const text = table(mb);
  const rows = text.split("\n").length - 2;
  const started = performance.now();
  parseTable(text);
  const node = performance.now() - started;

  await reset();
  const name = `table-${mb}mb.csv`;
  // From a file on disk, as a reader picks it: a buffer would be built in the page by Playwright's
  // own script, a main-thread task of seconds that is not the site's.
  const file = path.join(dir, name);
  writeFileSync(file, text);
  await live.locator("[data-file]").setInputFiles(file);
  await page.waitForFunction(
    (name) => document.querySelector("ml-own-data [data-table]")?.textContent?.startsWith(`${name}:`),
    name,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(100); // a long task is reported once it has ended
  const reading = await read();

  await reset();
  await live.locator("[data-number='epochs']").fill("1");
  await live.locator("[data-number='batch']").fill("200");
  await live.locator('[data-action="train"]').click();
  await page.waitForSelector('ml-own-data[data-training="done"]', { timeout: 300_000 });
  await page.waitForTimeout(100);
  const training = await read();
  console.log(
    [
      `${mb} MB`.padEnd(7),
      String(rows).padEnd(10),
      ms(reading.shown - reading.changed).padEnd(10),
      ms(reading.longest).padEnd(21),
      ms(training.longest).padEnd(22),
      ms(node),
    ].join(""),
  );
}
if (probe.errors.length) console.log("page errors:", probe.errors);
await browser.close();
await server.close();
rmSync(dir, { recursive: true });
