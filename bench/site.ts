/**
 * `npm run bench:site`: builds the site, serves it, and reports per page what a reader downloads
 * and how the page scores — JSON (.bench/site.json) plus a readable table.
 *
 * Per page: HTML, CSS, JS at load and JS loaded lazily (after scrolling through the page), raw and
 * gzip; fonts fetched; number of requests; requests to other origins (must be 0). Lighthouse
 * (mobile and desktop) for every chapter page unless `--no-lighthouse`. Build time.
 * Options: `--no-build` (use dist/ as it is), `--no-lighthouse`, `--locale en|zh|all` (default en).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { type Locale, locales, pagePath, pages } from "../src/site/chapter.ts";
import { launch } from "../test/e2e/browser.ts";
import { runLighthouse } from "../test/e2e/lighthouse.ts";
import { type Bytes, measurePage, type PageWeight } from "../test/e2e/measure.ts";
import { serveDist } from "../test/e2e/server.ts";

const args = new Set(process.argv.slice(2));
const localeArg = process.argv.find((a) => a.startsWith("--locale="))?.split("=")[1] ?? "en";
const chosen = (localeArg === "all" ? Object.keys(locales) : [localeArg]) as Locale[];

interface PageReport extends PageWeight {
  lighthouse?: Record<"mobile" | "desktop", Record<string, number> & { cls: number; lcpMs: number }>;
}

let buildSeconds: number | null = null;
if (!args.has("--no-build")) {
  const started = Date.now();
  const result = spawnSync("npm", ["run", "--silent", "build"], { stdio: "ignore" });
  if (result.status !== 0) throw new Error("build failed");
  buildSeconds = (Date.now() - started) / 1000;
}

const server = await serveDist({ dir: "dist" });
const browser = await launch();
const reports: PageReport[] = [];

for (const locale of chosen) {
  for (const page of pages) {
    const path = pagePath(locale, page);
    reports.push(await measurePage(browser, server.origin, server.url + path, path));
  }
}
await browser.close();

if (!args.has("--no-lighthouse")) {
  for (const report of reports) {
    report.lighthouse = {} as NonNullable<PageReport["lighthouse"]>;
    for (const preset of ["mobile", "desktop"] as const) {
      const result = await runLighthouse(server.url + report.path, { preset });
      report.lighthouse[preset] = {
        performance: result.scores.performance ?? 0,
        accessibility: result.scores.accessibility ?? 0,
        "best-practices": result.scores["best-practices"] ?? 0,
        seo: result.scores.seo ?? 0,
        cls: result.cls,
        lcpMs: result.lcpMs,
      };
    }
  }
}
await server.close();

const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;
const rows = reports.map((r) => ({
  page: r.path,
  "HTML KB raw/gz": kb(r.html),
  "CSS KB": kb(r.css),
  "JS at load KB": kb(r.jsAtLoad),
  "JS idle KB": kb(r.jsIdle),
  "JS lazy KB": kb(r.jsLazy),
  fonts: `${r.fonts.count} (${(r.fonts.raw / 1024).toFixed(0)} KB)`,
  "total at load KB": kb(r.totalAtLoad),
  requests: r.requests,
  foreign: r.foreign.length,
  ...(r.lighthouse
    ? {
        "LH mobile P/A/BP/SEO": ["performance", "accessibility", "best-practices", "seo"]
          .map((k) => r.lighthouse!.mobile[k])
          .join("/"),
        "LH desktop P/A/BP/SEO": ["performance", "accessibility", "best-practices", "seo"]
          .map((k) => r.lighthouse!.desktop[k])
          .join("/"),
        "CLS m/d": `${r.lighthouse.mobile.cls}/${r.lighthouse.desktop.cls}`,
      }
    : {}),
}));
console.table(rows);
if (buildSeconds !== null) console.log(`build time: ${buildSeconds.toFixed(1)} s`);
mkdirSync(".bench", { recursive: true });
writeFileSync(
  ".bench/site.json",
  JSON.stringify({ date: new Date().toISOString(), buildSeconds, pages: reports }, null, 2),
);
console.log("report: .bench/site.json");

// docs/perf.md: the same numbers, kept in the repository so that every change shows what it moved.
const columns = Object.keys(rows[0] ?? {});
const markdown = [
  "# Performance report",
  "",
  `Measured by \`npm run bench:site\` on ${new Date().toISOString().slice(0, 10)} (2-core machine, Debian's Chromium, Lighthouse ${lighthouseVersion()}).`,
  "Sizes are KB raw / gzip of the response bodies. *JS at load*: scripts requested before the load event;",
  "*JS idle*: fetched after load before any interaction (Starlight's search UI); *JS lazy*: fetched while",
  "scrolling through the page (figures coming alive). *Total at load*: everything before any interaction.",
  buildSeconds === null ? "" : `Build time: ${buildSeconds.toFixed(1)} s.`,
  "",
  `| ${columns.join(" | ")} |`,
  `| ${columns.map(() => "---").join(" | ")} |`,
  ...rows.map((row) => `| ${columns.map((c) => String((row as Record<string, unknown>)[c])).join(" | ")} |`),
  "",
  "Budgets enforced by `npm test` (test/e2e/budget.test.ts): JS at load ≤ 10 KB gzip, everything before",
  "interaction ≤ 250 KB gzip, ≤ 30 requests, no request to another origin, no console error.",
  "",
].join("\n");
mkdirSync("docs", { recursive: true });
writeFileSync("docs/perf.md", markdown);
console.log("table: docs/perf.md");

function lighthouseVersion(): string {
  try {
    return execFileSync("lighthouse", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
}
