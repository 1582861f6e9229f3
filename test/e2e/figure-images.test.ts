/**
 * Figures below the first screen carry their drawing as a lazy image until they wake
 * (src/build/figure-images.ts): no image is in the first screen of any page (so none can be what a
 * phone paints last); every image decodes (its file is well-formed SVG); without JavaScript each
 * image shows what the build drew, in the page's theme, light and dark; and as a figure wakes, the
 * image gives way to the build's SVG in the same box.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { inlineDrawings } from "./drawings.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: import("playwright-core").Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const images = "img[data-svg]";

/** A page with the site's scripts blocked (the page as a reader without JavaScript sees it). */
async function withoutScripts(width: number, height: number, theme?: "light" | "dark"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme ?? "light" });
  const page = await context.newPage();
  await page.route("**/*.js", (route) => route.abort());
  return page;
}

/** Share of pixels of two same-sized PNG screenshots that differ by more than `tolerance` (sum of RGB). */
function differing(page: Page, a: Buffer, b: Buffer, tolerance = 96): Promise<number | string> {
  return page.evaluate(
    async ([a, b, tolerance]) => {
      const load = (s: string) =>
        new Promise<HTMLImageElement>((resolve) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.src = `data:image/png;base64,${s}`;
        });
      const [ia, ib] = await Promise.all([load(a as string), load(b as string)]);
      if (ia.width !== ib.width || ia.height !== ib.height)
        return `${ia.width}×${ia.height} against ${ib.width}×${ib.height}`;
      const canvas = document.createElement("canvas");
      canvas.width = ia.width;
      canvas.height = ia.height;
      const g = canvas.getContext("2d") as CanvasRenderingContext2D;
      g.drawImage(ia, 0, 0);
      const da = g.getImageData(0, 0, ia.width, ia.height).data;
      g.clearRect(0, 0, ia.width, ia.height);
      g.drawImage(ib, 0, 0);
      const db = g.getImageData(0, 0, ia.width, ia.height).data;
      let n = 0;
      for (let k = 0; k < da.length; k += 4) {
        const d = Math.abs(da[k] - db[k]) + Math.abs(da[k + 1] - db[k + 1]) + Math.abs(da[k + 2] - db[k + 2]);
        if (d > (tolerance as number)) n++;
      }
      return n / (da.length / 4);
    },
    [a.toString("base64"), b.toString("base64"), tolerance] as const,
  );
}

describe("figure drawings as lazy images", () => {
  it("no image is in the first screen of any page, on a phone or a desktop, in either language", async () => {
    const seen: string[] = [];
    let total = 0;
    for (const [width, height] of [
      [412, 823],
      [1350, 940],
    ]) {
      const page = await withoutScripts(width, height);
      for (const locale of Object.keys(locales) as Locale[])
        for (const slug of pages) {
          await page.goto(server.url + pagePath(locale, slug));
          const found = await page.locator(images).evaluateAll((all, h) => {
            // Shown at this width: not the other shape's (hidden by its own or an ancestor's display).
            const shown = all.filter((i) => i.checkVisibility());
            return {
              shown: shown.length,
              inView: shown.filter((i) => i.getBoundingClientRect().top < (h as number)).length,
            };
          }, height);
          total += found.shown;
          if (found.inView) seen.push(`${pagePath(locale, slug)} at ${width} px: ${found.inView}`);
        }
      await page.context().close();
    }
    expect(seen).toEqual([]);
    // The chapter's figures are images (not a rule that matches nothing): 5 pages × 2 languages.
    expect(total).toBeGreaterThan(60);
  });

  it("every image of every page decodes: its file is a well-formed SVG of the size the page gives it", async () => {
    const page = await withoutScripts(1280, 900);
    const bad: string[] = [];
    for (const locale of Object.keys(locales) as Locale[])
      for (const slug of pages) {
        await page.goto(server.url + pagePath(locale, slug));
        bad.push(
          ...(await page.locator(images).evaluateAll(async (all) => {
            const out: string[] = [];
            for (const img of all as HTMLImageElement[]) {
              const probe = new Image();
              probe.src = img.src;
              try {
                await probe.decode();
                const [width, height] = [img.getAttribute("width"), img.getAttribute("height")].map(Number);
                if (probe.naturalWidth !== width || probe.naturalHeight !== height)
                  out.push(`${img.src}: ${probe.naturalWidth}×${probe.naturalHeight} for ${width}×${height}`);
              } catch {
                out.push(`${img.src}: does not decode`);
              }
              if (!img.alt) out.push(`${img.src}: no alt text`);
            }
            return out;
          })),
        );
      }
    await page.context().close();
    expect(bad).toEqual([]);
  });

  for (const theme of ["light", "dark"] as const)
    it(`without JavaScript, each image shows the build's drawing in the ${theme} theme`, async () => {
      const page = await withoutScripts(1280, 900, theme);
      await page.goto(server.url + pagePath("en", "basics"));
      // The theme a reader chose (Starlight's script sets it; here it is blocked).
      await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
      const ids = await page
        .locator(`figure.ml-figure:has(${images})`)
        .evaluateAll((all) => all.map((f) => f.id).filter((id) => /^fig-(gd|momentum-eta)/.test(id)));
      expect(ids.length).toBeGreaterThanOrEqual(4);
      for (const id of ids) {
        const plot = page.locator(`#${id} .figure-plot`);
        await plot.scrollIntoViewIfNeeded();
        const image = page.locator(`#${id} ${images}[data-shape="wide"]`);
        await expect
          .poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
          .toBeTruthy();
        const before = await plot.screenshot();
        // The build's SVG in the image's place, as the loader puts it.
        expect(await inlineDrawings(page, `#${id}`)).toBeGreaterThan(0);
        const after = await plot.screenshot();
        // Text and lines in the same colours at the same places: all but stray edge pixels alike.
        expect(await differing(page, before, after), id).toBeLessThan(0.002);
      }
      await page.context().close();
    });

  it("a figure that wakes puts the build's SVG in the image's place, in the same box", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + pagePath("en", "theory"));
    const figure = page.locator("ml-region");
    const before = await figure.locator(".figure-plot").boundingBox();
    expect(await figure.locator(images).count()).toBeGreaterThan(0);
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute("data-live")).toBe("ready");
    expect(await figure.locator(images).count()).toBe(0);
    expect(await figure.locator(".figure-plot svg[aria-label]").count()).toBeGreaterThan(0);
    const after = await figure.locator(".figure-plot").boundingBox();
    expect(after?.width).toBe(before?.width);
    expect(after?.height).toBe(before?.height);
    await context.close();
  });
});
