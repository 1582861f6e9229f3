/**
 * `npm test`: every check the project has, in order, stopping at the first failure.
 * type check (TypeScript, then .astro components) → lint/format → unit tests → build → browser tests (Debian's Chromium).
 * Ends with one line `tests: N passed, N failed, N skipped` summed over the vitest runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { assertChromium } from "../test/e2e/browser.ts";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
mkdirSync(".tmp", { recursive: true });

function step(name: string, command: string, args: string[], report?: string): void {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "1" } });
  if (report && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    console.log(
      `tests: ${totals.passed} passed, ${Math.max(1, totals.failed)} failed, ${totals.skipped} skipped`,
    );
    process.exit(1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

try {
  assertChromium();
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}

const vitest = (config: string, report: string) => [
  "run",
  "-c",
  config,
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
];

process.env.ASTRO_TELEMETRY_DISABLED = "1";
step("content types", "astro", ["sync"]); // .astro/types.d.ts, which a fresh clone does not have yet
step("type check", "tsc", ["--noEmit", "-p", "tsconfig.json"]);
step("type check of .astro components", "astro", ["check"]);
step("lint and format", "biome", ["check", "."]);
step("unit tests", "vitest", vitest("vitest.config.ts", ".tmp/unit.json"), ".tmp/unit.json");
step("build", "npm", ["run", "--silent", "build"]);
step("browser tests", "vitest", vitest("vitest.e2e.config.ts", ".tmp/e2e.json"), ".tmp/e2e.json");

// The same site deployed under a sub-path with a site URL, as on GitHub Pages: build, serve from
// /momentum/, crawl, and check its canonical links, sitemap and robots.txt (the first build has no
// site URL, and deploy.test.ts checked that it publishes no absolute URL).
const subPath = { BASE_PATH: "/momentum/", DIST_DIR: ".tmp/dist-sub", SITE_URL: "https://momentum.test" };
Object.assign(process.env, subPath);
step("build under /momentum/", "npm", ["run", "--silent", "build", "--", "--outDir", subPath.DIST_DIR]);
step(
  "browser tests under /momentum/",
  "vitest",
  [
    ...vitest("vitest.e2e.config.ts", ".tmp/e2e-sub.json"),
    "test/e2e/smoke.test.ts",
    "test/e2e/crawl.test.ts",
    "test/e2e/deploy.test.ts",
  ],
  ".tmp/e2e-sub.json",
);

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
