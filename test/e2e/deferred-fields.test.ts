/**
 * Form fields that wait for their island (src/live/defer.ts): at load no block that lazy
 * rendering skips holds a field the browser's autofill inspects (each one made the browser style
 * and lay out its whole block right after DOMContentLoaded), and when a figure wakes its real
 * fields take exactly the place of the stand-ins the build drew. A waking trajectory figure also
 * lays its overlay (the runs, src/figures/trajectory/island.ts) exactly over the build's drawing: once,
 * a margin from the page's prose rules put the region map's trajectory 16 px below its axes.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

describe.each(Object.keys(locales) as Locale[])("deferred form fields (%s)", (locale) => {
  it("no lazily rendered block holds a menu, text or number field at load", async () => {
    const tab = await browser.newPage({ viewport: { width: 412, height: 823 } });
    try {
      let lazyBlocks = 0;
      for (const page of pages) {
        await tab.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
        const found = await tab.evaluate(() => {
          const blocks = Array.from(document.querySelectorAll(".sl-markdown-content > *")).filter(
            (b) => getComputedStyle(b).contentVisibility === "auto",
          );
          const fields = blocks.flatMap((b) =>
            Array.from(
              b.querySelectorAll("select, textarea, input:not([type=range], [type=button], [type=checkbox])"),
            ),
          );
          return { blocks: blocks.length, fields: fields.map((f) => f.outerHTML.slice(0, 80)) };
        });
        lazyBlocks += found.blocks;
        expect(found.fields, page).toEqual([]);
      }
      expect(lazyBlocks).toBeGreaterThan(20); // the check looked at lazily rendered pages
    } finally {
      await tab.close();
    }
  });
});

/** The boxes of the controls of the figure `id`, relative to its fieldset, keyed by what they are. */
function controlBoxes(tab: Page, id: string) {
  return tab.evaluate((id) => {
    const fieldset = document.getElementById(id)?.querySelector(".ml-controls");
    if (!fieldset) return null;
    const origin = fieldset.getBoundingClientRect();
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [r.left - origin.left, r.top - origin.top, r.width, r.height].map(
        (v) => Math.round(v * 10) / 10,
      );
    };
    const out: Record<string, number[] | string> = { fieldset: [origin.width, origin.height] };
    fieldset.querySelectorAll(".ml-field").forEach((field, i) => {
      const real = field.querySelector("select, input[type=number]");
      const face = field.querySelector(".ml-face");
      const shown = face?.querySelector("[data-shown]")?.textContent ?? face?.textContent;
      const value =
        real instanceof HTMLSelectElement
          ? real.selectedOptions[0]?.textContent
          : (real as HTMLInputElement | null)?.value;
      if (real ?? face) {
        out[`field ${i}`] = box((real ?? face) as Element);
        out[`value ${i}`] = String(real ? value : shown).trim();
      }
    });
    return out;
  }, id);
}

/** How far the overlay of the figure `id` lies from the build's drawing under it: [dx, dy, dw, dh]. */
function overlayOffset(tab: Page, id: string) {
  return tab.evaluate((id) => {
    const plot = document.querySelector(`#${id} .figure-plot`) as HTMLElement;
    const built = (
      plot.querySelector(":scope > svg:not(.ml-overlay)") as SVGSVGElement
    ).getBoundingClientRect();
    const overlay = (plot.querySelector(":scope > svg.ml-overlay") as SVGSVGElement).getBoundingClientRect();
    return [
      overlay.left - built.left,
      overlay.top - built.top,
      overlay.width - built.width,
      overlay.height - built.height,
    ];
  }, id);
}

describe.each([390, 1280])(
  "at %i px, a waking trajectory figure: fields in the stand-ins' place, overlay on its drawing",
  (width) => {
    // Every trajectory figure of the pages that have them (on theory it sits beside the region map).
    it.each(["en", "zh"] as const)("%s", async (locale) => {
      const tab = await browser.newPage({ viewport: { width, height: 800 } });
      try {
        let figures = 0;
        for (const name of ["basics", "theory"]) {
          await tab.goto(server.url + pagePath(locale, name), { waitUntil: "load" });
          const ids = await tab
            .locator("ml-trajectory figure[id]")
            .evaluateAll((all) => all.map((figure) => figure.id));
          for (const id of ids) {
            const before = await controlBoxes(tab, id);
            const fields = await tab.locator(`#${id} template[data-defer]`).count();
            expect(fields, id).toBeGreaterThanOrEqual(3);
            await tab.evaluate((id) => document.getElementById(id)?.scrollIntoView(), id);
            await tab.waitForSelector(`ml-trajectory:has(#${id})[data-live="ready"]`);
            expect(await tab.locator(`#${id} template, #${id} .ml-face`).count(), id).toBe(0);
            expect(await tab.locator(`#${id} select, #${id} input[type=number]`).count(), id).toBe(fields);
            expect(await controlBoxes(tab, id), `${name} #${id}`).toEqual(before);
            const offset = await overlayOffset(tab, id);
            for (const d of offset)
              expect(Math.abs(d), `${name} #${id} overlay: ${offset}`).toBeLessThan(0.5);
            figures++;
          }
        }
        expect(figures).toBeGreaterThanOrEqual(5);
      } finally {
        await tab.close();
      }
    });
  },
);
