/**
 * A live figure does not move the page below it while a reader works its controls: the "changed"
 * note of a state caption keeps its room while hidden (src/live/StateCaption.astro), and a
 * caption or readout that grew keeps its height when its text gets shorter again (`holdHeights`,
 * src/live/controls.ts). Every figure with a slider, on every page that has one, in both
 * languages, on a desktop and a phone.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath } from "../../src/site/chapter.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const sliderPages = ["index", "basics", "experiments", "theory", "playground"];

/**
 * The figure's height once the frame showing the last input has been drawn: a key press returns once
 * the page has handled it, the figure draws in the next frame (src/live/controls.ts onFrame) and the
 * heights it holds are set as that frame is laid out (holdHeights), so two frames on all is drawn. (A
 * further fixed 60 ms here added 20 s to this file and nothing to what it sees.)
 */
async function settledHeight(page: Page, live: Locator): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return (await live.boundingBox())?.height ?? Number.NaN;
}

describe.each(Object.keys(locales) as Locale[])("live figures hold still (%s)", (locale) => {
  for (const width of [1280, 390]) {
    it(`moving a slider back and forth moves nothing below the figure at ${width} px`, async () => {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        let figures = 0;
        for (const name of sliderPages) {
          await tab.goto(`${server.url}${pagePath(locale, name)}`, { waitUntil: "load" });
          const lives = tab.locator(".ml-live:has(input[type=range])");
          const count = await lives.count();
          for (let i = 0; i < count; i++) {
            const live = lives.nth(i);
            await live.scrollIntoViewIfNeeded();
            await expect.poll(() => live.getAttribute("data-live"), { timeout: 10_000 }).toBe("ready");
            const id = await live.locator("figure").first().getAttribute("id");
            const before = await settledHeight(tab, live);
            await live.locator("input[type=range]").first().focus();
            const heights: number[] = [];
            for (const key of ["ArrowRight", "ArrowLeft", "ArrowRight", "ArrowLeft", "ArrowRight"]) {
              await tab.keyboard.press(key);
              heights.push(await settledHeight(tab, live));
            }
            expect(heights[0], `${name} #${id}`).toBeGreaterThanOrEqual(before - 0.5);
            for (const h of heights)
              expect(Math.abs(h - heights[0]), `${name} #${id}: ${heights}`).toBeLessThan(0.5);
            // A figure whose only new text is the "changed" note keeps its height from the start.
            if (id === "fig-momentum-eta-0-6-beta-0-5" && width === 1280) {
              expect(heights[0], `${name} #${id}`).toBeCloseTo(before, 1);
            }
            figures++;
          }
        }
        expect(figures).toBeGreaterThanOrEqual(12);
      } finally {
        await tab.close();
      }
    });
  }
});
