/**
 * Budgets for what is deterministic about a page's weight (timings are reported by
 * `npm run bench:site`, not asserted). Sizes are gzip sizes of the bodies, i.e. what a host that
 * compresses transfers.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { measurePage } from "./measure.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

const budgets = {
  /** JavaScript requested before the load event, gzip, but for the preloaded island below. */
  jsAtLoadKB: 10,
  /**
   * The island of the figure a page opens with (the playground's, the landing page's opening
   * figure), which it preloads at the load event; only such a page preloads one when opened
   * without an anchor. It draws with Observable Plot (src/live/plot.ts), whose chunk is 82 KB of
   * this; the island and kit ~30 KB.
   */
  leadIslandKB: 120,
  /**
   * Stylesheets, gzip: Starlight's, KaTeX's and ours, Expressive Code's and the print sheet. No
   * fonts (each page carries its own KaTeX faces, src/build/font-subset.ts): 49 KB before.
   */
  cssKB: 26,
  /**
   * The page itself, gzip, with its math fonts: what a phone waits for before it paints anything,
   * a round trip for about every 30 KB on a slow link (the larger of the two languages, plus a little).
   * Figures below the first screen carry their drawings in files of their own (src/build/drawing-files.ts):
   * basics 102 and theory 92 KB before.
   */
  htmlKB: {
    index: 27,
    basics: 56,
    experiments: 37,
    theory: 60,
    nesterov: 37,
    summary: 39,
    playground: 33,
    references: 10,
  } as Record<string, number>,
  /** Everything before any interaction (HTML, CSS, fonts, JS incl. idle prefetch), gzip. */
  totalBeforeInteractionKB: 250,
  /** Requests before any interaction: the page, its styles, fonts and scripts. */
  requestsAtLoad: 30,
  /** All requests, including the island modules fetched while scrolling through the page. */
  requests: 60,
};

/** The pages that open with a live figure (`lead`): the playground, and the landing page's opening figure. */
const leadPages = new Set<string>(["playground", "index"]);

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

describe.each(Object.keys(locales) as Locale[])("page weight budgets (%s)", (locale) => {
  for (const page of pages) {
    const path = pagePath(locale, page);
    it(`${path}: JS at load, bytes before interaction, requests, no third party`, async () => {
      const weight = await measurePage(browser, server, server.url + path, path);
      expect(weight.foreign).toEqual([]);
      expect(weight.errors).toEqual([]);
      expect(weight.jsAtLoad.gzip / 1024).toBeLessThanOrEqual(budgets.jsAtLoadKB);
      if (leadPages.has(page)) {
        expect(weight.jsPreloaded.gzip).toBeGreaterThan(0);
        expect(weight.jsPreloaded.gzip / 1024).toBeLessThanOrEqual(budgets.leadIslandKB);
      } else expect(weight.jsPreloaded.gzip).toBe(0);
      expect(weight.css.gzip / 1024).toBeLessThanOrEqual(budgets.cssKB);
      expect(weight.html.gzip / 1024).toBeLessThanOrEqual(budgets.htmlKB[page] ?? 0);
      expect(weight.totalAtLoad.gzip / 1024).toBeLessThanOrEqual(budgets.totalBeforeInteractionKB);
      expect(weight.requestsAtLoad).toBeLessThanOrEqual(budgets.requestsAtLoad);
      expect(weight.requests).toBeLessThanOrEqual(budgets.requests);
      // No font arrives late (a late face re-sets the text it draws) and none is preloaded for
      // nothing. KaTeX's faces are embedded in each page, so today there is no font request.
      expect(weight.preloadedFonts).toEqual(weight.fontFiles);
      expect(weight.fontFiles).toEqual([]);
    });
  }
});
