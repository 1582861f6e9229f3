/**
 * Lighthouse budgets for what is deterministic: accessibility, best practices and SEO at 100 on
 * every chapter page in both languages (mobile). Performance and timings are reported by
 * `npm run bench:site`, not asserted. One Chromium for all the runs (each in a tab of its own).
 */
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { type LighthouseChrome, lighthouseChrome, runLighthouse } from "./lighthouse.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
useSite((site) => {
  server = site.server;
});

/**
 * Before each run Lighthouse benchmarks the machine: a second of busy loops in the page, whose index
 * only calibrates the performance category's simulation and a "slow host" warning, neither of which
 * these audits read. 16 seconds of one core, taken from the browser tests beside this file: here the
 * page reports a fixed index instead (evaluated from the function's source, so it is replaced there).
 * bench:site, which measures performance, keeps the real benchmark.
 */
pageFunctions.computeBenchmarkIndex = function computeBenchmarkIndex() {
  return 1000;
};

let chrome: LighthouseChrome;
beforeAll(async () => {
  chrome = await lighthouseChrome();
});
afterAll(async () => {
  await chrome?.close();
});

describe.each(Object.keys(locales) as Locale[])("Lighthouse audits (%s, mobile)", (locale) => {
  for (const page of pages) {
    const path = pagePath(locale, page);
    it(`${path}: accessibility, best practices and SEO at 100`, async () => {
      const result = await runLighthouse(server.url + path, {
        preset: "mobile",
        categories: ["accessibility", "best-practices", "seo"],
        chrome,
      });
      expect(result.failing).toEqual([]);
      expect(result.scores).toEqual({ accessibility: 100, "best-practices": 100, seo: 100 });
    }, 120_000);
  }
});
