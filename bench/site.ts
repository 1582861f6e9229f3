/**
 * `npm run bench:site`: builds the site, serves it, and reports per page what a reader downloads
 * and how the page scores — JSON (.bench/site.json) plus a readable table.
 *
 * Per page: HTML, CSS, JS at load and JS loaded lazily (after scrolling through the page), raw and
 * gzip; fonts fetched; number of requests; requests to other origins (must be 0). Lighthouse
 * (mobile and desktop) for every chapter page unless `--no-lighthouse`. Build time. Edit → editor
 * and Run → output times of an editable example (bench/editor.ts); slider → frame latencies of the
 * live figures (bench/islands.ts, run on the same build).
 *
 * Beside each page, its *reference*: the same built page with our interactivity taken out (the
 * islands' scripts and the controls; text, equations and build-time figures stay) — what a reader
 * gets from a plain Starlight page with the same content. The report shows each page's cost as a
 * ratio to its reference. References are written to dist/reference/ for the run and removed after.
 * Options: `--no-build` (use dist/ as it is), `--no-lighthouse`, `--locale=en|zh|all` (default en),
 * `--runs=N`: Lighthouse's mobile preset N times per page, each number the median and the scores of
 * all runs kept (default 1; on a 2-core machine the mobile score of the heavy pages varies by several
 * points between runs). The desktop preset runs once: its scores have not varied.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { type Locale, locales, pagePath, pages } from "../src/site/chapter.ts";
import { launch } from "../test/e2e/browser.ts";
import { type LighthouseResult, runLighthouse } from "../test/e2e/lighthouse.ts";
import { type Bytes, measurePage, type PageWeight } from "../test/e2e/measure.ts";
import { type EditorTimings, measureEditor } from "./editor.ts";
import { serveApart } from "./serve-child.ts";

const args = new Set(process.argv.slice(2));
const localeArg = process.argv.find((a) => a.startsWith("--locale="))?.split("=")[1] ?? "en";
const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 1) || 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const chosen = (localeArg === "all" ? Object.keys(locales) : [localeArg]) as Locale[];

interface PageReport extends PageWeight {
  lighthouse?: Record<
    "mobile" | "desktop",
    Record<string, number | number[]> & { cls: number; lcpMs: number; fcpMs: number; tbtMs: number[] }
  >;
}

let buildSeconds: number | null = null;
if (!args.has("--no-build")) {
  const started = Date.now();
  const result = spawnSync("npm", ["run", "--silent", "build"], { stdio: "ignore" });
  if (result.status !== 0) throw new Error("build failed");
  buildSeconds = (Date.now() - started) / 1000;
}

/** Our components (their bundled scripts are named after them). */
function componentNames(dir = "src/components"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? componentNames(path.join(dir, e.name))
      : e.name.endsWith(".astro")
        ? [e.name.replace(/\.astro$/, "")]
        : [],
  );
}

/** The page without our interactivity: no island scripts, no controls; same text and figures. */
function referenceOf(html: string, ours: string[]): string {
  const { document } = parseHTML(html);
  for (const script of document.querySelectorAll("script[src]")) {
    const file = (script.getAttribute("src") ?? "").split("/").pop() ?? "";
    if (ours.some((name) => file.startsWith(`${name}.astro_astro_type_script`))) script.remove();
  }
  const content = document.querySelector(".sl-markdown-content");
  for (const control of content?.querySelectorAll(
    "fieldset, button, input, select, textarea, [data-readouts]",
  ) ?? []) {
    control.remove();
  }
  return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
}

const ours = componentNames();
const referencePath = (p: string) => `reference/${p}`;
for (const locale of chosen) {
  for (const page of pages) {
    const p = pagePath(locale, page);
    mkdirSync(path.join("dist", referencePath(p)), { recursive: true });
    writeFileSync(
      path.join("dist", referencePath(p), "index.html"),
      referenceOf(readFileSync(path.join("dist", p, "index.html"), "utf8"), ours),
    );
  }
}

// Served from a process of its own: Lighthouse runs in this one and keeps it busy while it gathers.
const server = await serveApart("dist");
const browser = await launch();
const reports: PageReport[] = [];
const references = new Map<string, PageReport>();

for (const locale of chosen) {
  for (const page of pages) {
    const p = pagePath(locale, page);
    reports.push(await measurePage(browser, server, server.url + p, p));
    references.set(p, await measurePage(browser, server, server.url + referencePath(p), referencePath(p)));
  }
}
let editor: EditorTimings | null = null;
try {
  editor = await measureEditor(browser, server.origin, server.url);
} catch (error) {
  console.error(`editor timings failed: ${(error as Error).message}`);
}
await browser.close();

if (!args.has("--no-lighthouse")) {
  for (const report of [...reports, ...references.values()]) {
    report.lighthouse = {} as NonNullable<PageReport["lighthouse"]>;
    for (const preset of ["mobile", "desktop"] as const) {
      const results: LighthouseResult[] = [];
      const times = preset === "mobile" ? runs : 1;
      for (let r = 0; r < times; r++) results.push(await runLighthouse(server.url + report.path, { preset }));
      const mid = (pick: (result: (typeof results)[number]) => number | undefined) =>
        median(results.map((result) => pick(result) ?? 0));
      report.lighthouse[preset] = {
        performance: mid((r) => r.scores.performance),
        accessibility: mid((r) => r.scores.accessibility),
        "best-practices": mid((r) => r.scores["best-practices"]),
        seo: mid((r) => r.scores.seo),
        cls: mid((r) => r.cls),
        lcpMs: mid((r) => r.lcpMs),
        fcpMs: mid((r) => r.fcpMs),
        tbtMs: results.map((r) => r.tbtMs),
        runs: results.map((r) => r.scores.performance ?? 0),
      };
    }
  }
}
await server.close();
rmSync(path.join("dist", "reference"), { recursive: true, force: true });

// Slider → frame latencies: bench/islands.ts on the same build, its table kept as printed.
const islands = spawnSync(process.execPath, ["bench/islands.ts"], { encoding: "utf8" });
const islandsTable = islands.status === 0 ? islands.stdout.trim() : `failed: ${islands.stderr.trim()}`;
console.log(islandsTable);

const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;

/**
 * Round trips for `bytes` on a new connection of Lighthouse's simulated mobile link (150 ms,
 * 1.6 Mbit/s; Lantern's TCP model): 10 segments of 1,460 bytes with the first byte, then twice as
 * many each round trip up to 21 (what the link carries in one). A page's HTML must arrive whole
 * before the simulated first paint, so each further round trip is 150 ms more.
 */
function roundTrips(bytes: number): number {
  let segments = 10;
  let sent = segments * 1460;
  let trips = 1;
  while (sent < bytes) {
    segments = Math.min(21, segments * 2);
    sent += segments * 1460;
    trips++;
  }
  return trips;
}
const rows = reports.map((r) => ({
  page: r.path,
  "HTML KB raw/gz": kb(r.html),
  "HTML round trips": roundTrips(r.html.gzip + 300),
  "CSS KB": kb(r.css),
  "JS at load KB": kb(r.jsAtLoad),
  "lead island KB": kb(r.jsPreloaded),
  "JS idle KB": kb(r.jsIdle),
  "JS lazy KB": kb(r.jsLazy),
  fonts: `${r.fonts.count} (${(r.fonts.raw / 1024).toFixed(0)} KB)`,
  "drawings n, KB": `${r.drawings.count}, ${kb(r.drawings)}`,
  "total at load KB": kb(r.totalAtLoad),
  "requests load/all": `${r.requestsAtLoad}/${r.requests}`,
  foreign: r.foreign.length,
  ...(r.lighthouse
    ? {
        "LH mobile P/A/BP/SEO": ["performance", "accessibility", "best-practices", "seo"]
          .map((k) => r.lighthouse!.mobile[k])
          .join("/"),
        "LH desktop P/A/BP/SEO": ["performance", "accessibility", "best-practices", "seo"]
          .map((k) => r.lighthouse!.desktop[k])
          .join("/"),
        "FCP/LCP mobile ms": `${r.lighthouse.mobile.fcpMs}/${r.lighthouse.mobile.lcpMs}`,
        "TBT mobile ms": (r.lighthouse.mobile.tbtMs as number[]).join(", "),
        "CLS m/d": `${r.lighthouse.mobile.cls}/${r.lighthouse.desktop.cls}`,
        ...(runs > 1 ? { "mobile perf runs": (r.lighthouse.mobile.runs as number[]).join(", ") } : {}),
      }
    : {}),
}));
console.table(rows);

/** Our page over its reference (no interactivity): what the features cost. */
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const ratioRows = reports.map((r) => {
  const ref = references.get(r.path)!;
  return {
    page: r.path,
    "HTML gz": `${(r.html.gzip / 1024).toFixed(1)} vs ${(ref.html.gzip / 1024).toFixed(1)} KB (${ratio(r.html.gzip, ref.html.gzip)})`,
    "JS at load gz": `${(r.jsAtLoad.gzip / 1024).toFixed(1)} vs ${(ref.jsAtLoad.gzip / 1024).toFixed(1)} KB (${ratio(r.jsAtLoad.gzip, ref.jsAtLoad.gzip)})`,
    "total at load gz": `${(r.totalAtLoad.gzip / 1024).toFixed(1)} vs ${(ref.totalAtLoad.gzip / 1024).toFixed(1)} KB (${ratio(r.totalAtLoad.gzip, ref.totalAtLoad.gzip)})`,
    "JS lazy gz": `${(r.jsLazy.gzip / 1024).toFixed(1)} vs ${(ref.jsLazy.gzip / 1024).toFixed(1)} KB`,
    "requests load/all": `${r.requestsAtLoad}/${r.requests} vs ${ref.requestsAtLoad}/${ref.requests}`,
    ...(r.lighthouse && ref.lighthouse
      ? {
          "LH mobile perf": `${r.lighthouse.mobile.performance} vs ${ref.lighthouse.mobile.performance}`,
          "LCP mobile ms": `${r.lighthouse.mobile.lcpMs} vs ${ref.lighthouse.mobile.lcpMs}`,
        }
      : {}),
  };
});
console.table(ratioRows);
if (editor) {
  console.log(
    `editor (${editor.page} ${editor.example}, ${editor.trials} trials): Edit → editor p50 ${editor.editToEditor.p50} / p95 ${editor.editToEditor.p95} ms; first Run → output p50 ${editor.firstRun.p50} / p95 ${editor.firstRun.p95} ms; re-run p50 ${editor.rerun.p50} / p95 ${editor.rerun.p95} ms`,
  );
}
if (buildSeconds !== null) console.log(`build time: ${buildSeconds.toFixed(1)} s`);
mkdirSync(".bench", { recursive: true });
writeFileSync(
  ".bench/site.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      buildSeconds,
      pages: reports,
      references: [...references.values()],
      editor,
    },
    null,
    2,
  ),
);
console.log("report: .bench/site.json");

// docs/perf.md: the same numbers, kept in the repository so that every change shows what it moved.
function markdownTable(table: Record<string, unknown>[]): string[] {
  const keys = Object.keys(table[0] ?? {});
  return [
    `| ${keys.join(" | ")} |`,
    `| ${keys.map(() => "---").join(" | ")} |`,
    ...table.map((row) => `| ${keys.map((k) => String(row[k])).join(" | ")} |`),
  ];
}
const markdown = [
  "# Performance report",
  "",
  `Measured by \`npm run bench:site\` on ${new Date().toISOString().slice(0, 10)} (2-core machine, Debian's Chromium, Lighthouse ${lighthouseVersion()}).`,
  "Sizes are KB raw / gzip of the response bodies. *JS at load*: scripts requested before the load event,",
  "but for *lead island*: the island of the figure a page opens with (landing page, playground), fetched at the load event;",
  "*JS idle*: fetched after load before any interaction (islands near the viewport, prefetched); *JS lazy*: fetched while",
  "scrolling through the page (figures coming alive). *Drawings*: figure drawings below the first screen, in files of",
  "their own (src/build/drawing-files.ts), fetched as they near the viewport and at idle after load (counted in the",
  "total at load). *Total at load*: everything before any interaction.",
  "*HTML round trips*: how many 150 ms round trips Lighthouse's simulated mobile link needs for the page's",
  "HTML on a new connection (about 15, 44, 74, 105 KB gzip for 1, 2, 3, 4): the whole page arrives before",
  "its simulated first paint, so this is what sets the mobile first paint once the stylesheets are small.",
  ...(runs > 1
    ? [
        `Lighthouse's mobile preset ran ${runs} times per page: every mobile number is the median, and the`,
        "*mobile perf runs* and *TBT mobile ms* columns list each run's score and total blocking time. The",
        "desktop preset ran once.",
      ]
    : [
        "Lighthouse ran once per page: on this 2-core machine the mobile performance score of the heavy pages",
        "(basics, theory and their Chinese versions) varies by up to ±6 between runs (total blocking time 70–520 ms);",
        "judge them by the median of several runs (`--runs=3`), not by one table.",
      ]),
  buildSeconds === null ? "" : `Build time: ${buildSeconds.toFixed(1)} s.`,
  "",
  ...markdownTable(rows),
  "",
  "## Cost of the interactivity",
  "",
  "Each page against its reference: the same built page without our islands' scripts and controls",
  "(text, equations and build-time figures stay), i.e. a plain Starlight page with the same content.",
  "",
  ...markdownTable(ratioRows),
  "",
  editor
    ? `Editable examples (${editor.page}, ${editor.example}, ${editor.trials} fresh loads): Edit → usable editor p50 ${editor.editToEditor.p50} ms / p95 ${editor.editToEditor.p95} ms; first Run → output p50 ${editor.firstRun.p50} / p95 ${editor.firstRun.p95} ms; later runs p50 ${editor.rerun.p50} / p95 ${editor.rerun.p95} ms.`
    : "Editable examples: not measured in this run.",
  "",
  "Slider → frame latencies of the live figures (`npm run bench:islands`, same build):",
  "",
  "```",
  islandsTable,
  "```",
  "",
  "Budgets enforced by `npm test` (test/e2e/budget.test.ts): JS at load ≤ 10 KB gzip (the lead island",
  "apart, ≤ 120 KB with Observable Plot; no other page preloads one without an anchor), stylesheets ≤ 26 KB",
  "gzip, each page's HTML under its own budget (about its size today), everything before interaction",
  "≤ 250 KB gzip, ≤ 30 requests before interaction and ≤ 60 in all (island modules while scrolling",
  "included), no request to another origin, no console error, no font fetched that is not preloaded",
  "(each page carries its KaTeX faces, cut to its glyphs: no font request at all).",
  "",
  "## The test suite",
  "",
  "Lighthouse's performance score is measured here, not in `npm test`: a score varies by several points",
  "between runs on this machine, and one run of a heavy page takes 15–35 s here. The tests keep",
  "Lighthouse's accessibility, best-practices and SEO audits at 100 (test/e2e/audit.test.ts: one",
  "Chromium for its 16 runs, Lighthouse in the test's process, no page screenshot).",
  "`npm test` runs its steps side by side where they do not depend on each other (scripts/test.ts:",
  "the build and then the browser tests first, the other steps at a lower CPU priority beside them)",
  "and prints each step's seconds; vitest's report in `.tmp/e2e.json` has each browser test file's.",
  "The browser test files share one served site and one Chromium (test/e2e/setup.ts) and run three at",
  "a time. `npm run check` (type check, lint, unit tests; no build, no browser) is the quick loop.",
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
