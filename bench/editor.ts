/**
 * `npm run bench:editor`: how quickly an editable example answers, in Chromium on the built site
 * (`npm run build` first; DIST_DIR=… for another build). Builds nothing. Over several trials, each
 * in a fresh browser context (nothing cached): Edit click → usable editor (CodeMirror loaded and
 * focused), and Run click → output shown, for the first run (sandbox and worker starting) and for
 * re-runs. Prints JSON and a table. `measureEditor` is exported for bench/site.ts.
 */
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveDist } from "../test/e2e/server.ts";

export interface Percentiles {
  p50: number;
  p95: number;
  samples: number[];
}

export interface EditorTimings {
  page: string;
  example: string;
  trials: number;
  /** Edit click → the editor is on screen and focused, ms. */
  editToEditor: Percentiles;
  /** Run click → output shown, first run of a page (sandbox, runner and worker start), ms. */
  firstRun: Percentiles;
  /** Run click → output shown, later runs, ms. */
  rerun: Percentiles;
  errors: string[];
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
const summary = (samples: number[]): Percentiles => ({
  p50: Math.round(pct(samples, 0.5) * 10) / 10,
  p95: Math.round(pct(samples, 0.95) * 10) / 10,
  samples: samples.map((s) => Math.round(s * 10) / 10),
});

/** Times `action` (a click inside the page) until `done()` holds, measured in the page. */
const timedInPage = `(async ({ section, action, done }) => {
  const root = document.getElementById(section);
  const ready = {
    editor: () => root.querySelector(".cm-content") && root.contains(document.activeElement),
    output: () => root.querySelector("ml-example").dataset.run === "done",
  }[done];
  const t0 = performance.now();
  root.querySelector('[data-action="' + action + '"]').click();
  return await new Promise((resolve, reject) => {
    const limit = t0 + 20000;
    const poll = () => {
      if (ready()) resolve(performance.now() - t0);
      else if (performance.now() > limit) reject(new Error(done + " not ready after 20 s"));
      else requestAnimationFrame(poll);
    };
    poll();
  });
})`;

export async function measureEditor(
  browser: Browser,
  origin: string,
  siteUrl: string,
  options: { page?: string; example?: string; trials?: number; reruns?: number } = {},
): Promise<EditorTimings> {
  const page = options.page ?? "en/basics/";
  const example = options.example ?? "example-gd-eta-0-4";
  const trials = options.trials ?? 7;
  const reruns = options.reruns ?? 3;
  const edit: number[] = [];
  const first: number[] = [];
  const again: number[] = [];
  const errors: string[] = [];
  for (let i = 0; i < trials; i++) {
    const probe = await openProbe(browser, origin, { viewport: { width: 1280, height: 900 } });
    try {
      await probe.page.goto(siteUrl + page, { waitUntil: "load" });
      const section = probe.page.locator(`section#${example}`);
      // Bring the example into view until its island is awake (lower sections render lazily).
      for (let k = 0; k < 50; k++) {
        await section.locator(".ml-ex-bar").scrollIntoViewIfNeeded();
        if ((await section.locator("ml-example").getAttribute("data-live")) === "ready") break;
        await probe.page.waitForTimeout(100);
      }
      const run = (action: string, done: string) =>
        probe.page.evaluate(
          `${timedInPage}(${JSON.stringify({ section: example, action, done })})`,
        ) as Promise<number>;
      edit.push(await run("edit", "editor"));
      first.push(await run("run", "output"));
      for (let r = 0; r < reruns; r++) again.push(await run("run", "output"));
      errors.push(...probe.errors);
    } finally {
      await probe.context.close();
    }
  }
  return {
    page,
    example,
    trials,
    editToEditor: summary(edit),
    firstRun: summary(first),
    rerun: summary(again),
    errors,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveDist({ dir: process.env.DIST_DIR ?? "dist" });
  const browser = await launch();
  try {
    const timings = await measureEditor(browser, server.origin, server.url, {
      trials: Number(process.env.TRIALS ?? 7),
    });
    console.log(JSON.stringify(timings, null, 2));
    console.table({
      "Edit click → usable editor (ms)": { p50: timings.editToEditor.p50, p95: timings.editToEditor.p95 },
      "Run click → output, first run (ms)": { p50: timings.firstRun.p50, p95: timings.firstRun.p95 },
      "Run click → output, re-run (ms)": { p50: timings.rerun.p50, p95: timings.rerun.p95 },
    });
    if (timings.errors.length) console.log("console errors:", timings.errors);
  } finally {
    await browser.close();
    await server.close();
  }
}
