/**
 * A live trajectory figure draws its runs on an overlay laid exactly over the build's SVG
 * (src/islands/trajectory.ts): if anything moves the overlay (a margin the page's prose rules give
 * a second SVG in the same box, as Starlight's did to the one beside the region map), the path,
 * the dots and the start point sit off the axes and level sets they belong to.
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

describe.each([1280, 390])("at %i px, every trajectory overlay lies on its figure", (width) => {
  it.each(["en", "zh"] as const)("%s", async (locale) => {
    const tab = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      let figures = 0;
      for (const name of ["basics", "theory"]) {
        await tab.goto(server.url + pagePath(locale, name), { waitUntil: "load" });
        const ids = await tab.locator("ml-trajectory figure[id]").evaluateAll((all) => all.map((f) => f.id));
        for (const id of ids) {
          await tab.evaluate((id) => document.getElementById(id)?.scrollIntoView(), id);
          await tab.waitForSelector(`ml-trajectory:has(#${id})[data-live="ready"]`);
          const offsets = await tab.evaluate((id) => {
            const plot = document.querySelector(`#${id} .figure-plot`) as HTMLElement;
            const built = plot.querySelector(":scope > svg:not(.ml-overlay)") as SVGSVGElement;
            const overlay = plot.querySelector(":scope > svg.ml-overlay") as SVGSVGElement;
            const [a, b] = [built.getBoundingClientRect(), overlay.getBoundingClientRect()];
            return [b.left - a.left, b.top - a.top, b.width - a.width, b.height - a.height];
          }, id);
          for (const d of offsets) expect(Math.abs(d), `${name} #${id}: ${offsets}`).toBeLessThan(0.5);
          figures++;
        }
      }
      expect(figures).toBeGreaterThanOrEqual(5);
    } finally {
      await tab.close();
    }
  });
});
