/**
 * `npm test`: every check the project has, stopping at the first failure: lint/format, unit tests,
 * type check (TypeScript and .astro components), build, browser tests (Debian's Chromium), and the
 * build deployed under a sub-path with the browser tests that concern it. `--quick` (`npm run
 * check`): lint/format, unit tests and type check only, side by side.
 *
 * Steps that do not depend on each other run side by side, each as soon as what it needs is done:
 *
 *   build ───────────────→ browser tests
 *   lint → unit tests      └→ type check → build under /momentum/ → browser tests under /momentum/
 *
 * The type check waits for the build because both write Astro's generated types (.astro/), and
 * the second build waits for the type check for the same reason (the build writes them as it starts,
 * `astro check --noSync` reads them). The browser tests print as they go; every other step's output
 * is printed in one piece when it ends. Each step ends with a line `✔ name (seconds)`; the run ends
 * with one line `tests: N passed, N failed, N skipped` summed over the vitest runs, and exits
 * non-zero if anything failed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { assertChromium } from "../test/e2e/browser.ts";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

interface Step {
  name: string;
  command: string;
  args: string[];
  /** The step's vitest JSON report, counted into the totals. */
  report?: string;
  env?: Record<string, string>;
  /** Print as it goes (else in one piece when it ends). */
  live?: boolean;
  /**
   * On the way to the browser tests (the build, the browser tests): the longest chain. The other
   * steps run at a lower CPU priority (`nice`), in the time that chain leaves, so that they do not
   * lengthen it on a machine with few cores.
   */
  critical?: boolean;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const running = new Set<ChildProcess>();
const started = Date.now();
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
mkdirSync(".tmp", { recursive: true });

function count(report: string | undefined): void {
  if (!report || !existsSync(report)) return;
  const json = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
}

function fail(message: string): never {
  for (const child of running) child.kill("SIGTERM"); // the steps still running (started here)
  console.error(`\n✖ ${message}`);
  console.log(
    `tests: ${totals.passed} passed, ${Math.max(1, totals.failed)} failed, ${totals.skipped} skipped`,
  );
  process.exit(1);
}

function run(step: Step): Promise<void> {
  const since = Date.now();
  if (step.report) rmSync(step.report, { force: true });
  console.log(`▶ ${step.name}: ${step.command} ${step.args.join(" ")}`);
  const [command, args] = step.critical
    ? [step.command, step.args]
    : ["nice", ["-n", "10", step.command, ...step.args]];
  const child = spawn(command, args, {
    stdio: step.live ? "inherit" : ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "1", ...step.env },
  });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      running.delete(child);
      count(step.report);
      if (output.length) {
        console.log(`\n── ${step.name} ──`);
        process.stdout.write(Buffer.concat(output));
      }
      if (code !== 0) fail(`${step.name} failed (exit ${code ?? signal}) after ${seconds(since)} s`);
      console.log(`✔ ${step.name} (${seconds(since)} s)`);
      resolve();
    });
  });
}

async function chain(...steps: Step[]): Promise<void> {
  for (const step of steps) await run(step);
}

const vitest = (name: string, config: string, report: string, files: string[] = []): Step => ({
  name,
  command: "vitest",
  args: [
    "run",
    "-c",
    config,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...files,
  ],
  report,
});

process.env.ASTRO_TELEMETRY_DISABLED = "1";
const lintAndUnit = () =>
  chain(
    { name: "lint and format", command: "biome", args: ["check", "."] },
    vitest("unit tests", "vitest.config.ts", ".tmp/unit.json"),
  );
/** TypeScript over every .ts and .astro file of the project (tsconfig.json); `--noSync` on the build's types. */
const typeCheck = (sync: boolean): Step => ({
  name: "type check",
  command: "astro",
  args: ["check", ...(sync ? [] : ["--noSync"])],
});

if (process.argv.includes("--quick")) {
  // `npm run check`: what needs no build and no browser.
  await Promise.all([lintAndUnit(), run(typeCheck(true))]);
} else {
  try {
    assertChromium();
  } catch (error) {
    fail((error as Error).message);
  }
  // The same site deployed under a sub-path with a site URL, as on GitHub Pages: build, serve from
  // /momentum/, crawl, and check its canonical links, sitemap and robots.txt (the first build has no
  // site URL, and deploy.test.ts checked that it publishes no absolute URL).
  const subPath = { BASE_PATH: "/momentum/", DIST_DIR: ".tmp/dist-sub", SITE_URL: "https://momentum.test" };
  const build = run({ name: "build", command: "npm", args: ["run", "--silent", "build"], critical: true });
  await Promise.all([
    lintAndUnit(),
    build.then(() =>
      run({
        ...vitest("browser tests", "vitest.e2e.config.ts", ".tmp/e2e.json"),
        live: true,
        critical: true,
      }),
    ),
    build.then(() =>
      chain(
        typeCheck(false),
        {
          name: "build under /momentum/",
          command: "npm",
          args: ["run", "--silent", "build", "--", "--outDir", subPath.DIST_DIR],
          env: subPath,
        },
        {
          ...vitest("browser tests under /momentum/", "vitest.e2e.config.ts", ".tmp/e2e-sub.json", [
            "test/e2e/smoke.test.ts",
            "test/e2e/crawl.test.ts",
            "test/e2e/deploy.test.ts",
          ]),
          env: subPath,
        },
      ),
    ),
  ]);
}

console.log(`\n✔ all steps (${seconds(started)} s)`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
