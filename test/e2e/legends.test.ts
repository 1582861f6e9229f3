/**
 * The build's Plot figures with a colour legend (the weights, the scalar rates, the summary's
 * comparison): on a wide screen, where the figures grow past the text column and their drawings
 * are stretched to the new width, the legend's colour squares keep their 15 px and each entry its
 * one line (the stretch once caught the squares too: 34–45 px blocks, "λ =" over "0.10").
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pagePath } from "../../src/site/chapter.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

describe.each([1280, 390])("at %i px, Plot legends keep their size", (width) => {
  it.each(["en", "zh"] as const)("%s", async (locale) => {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      let entries = 0;
      for (const name of ["basics", "theory", "summary"]) {
        await tab.goto(server.url + pagePath(locale, name), { waitUntil: "load" });
        const found = await tab.evaluate(() =>
          Array.from(document.querySelectorAll('.figure-plot [class$="-swatch"]'))
            // The drawing for this width (the build may hold a phone drawing too, not shown).
            .filter((entry) => entry.checkVisibility())
            .map((entry) => {
              entry.scrollIntoView(); // rendered (lazy blocks far away are not laid out)
              const square = entry.querySelector("svg")?.getBoundingClientRect();
              const line = Number.parseFloat(getComputedStyle(entry).lineHeight) || 20;
              return {
                text: entry.textContent,
                square: square ? [square.width, square.height] : null,
                lines: entry.getBoundingClientRect().height / line,
              };
            }),
        );
        for (const e of found) {
          expect(e.square, `${name}: ${e.text}`).toEqual([15, 15]);
          expect(e.lines, `${name}: ${e.text}`).toBeLessThan(1.5);
        }
        entries += found.length;
      }
      expect(entries).toBeGreaterThanOrEqual(6);
    } finally {
      await tab.close();
    }
  });
});
