/**
 * Figures below the first screen carry their drawings in files of their own
 * (src/build/drawing-files.ts): no empty box is in the first screen of any page (a reader never
 * waits there for a drawing); every file is a well-formed SVG of its box's size; without JavaScript
 * each image shows what the build drew; with JavaScript the files of the boxes shown are fetched at
 * idle after load (none of the other shape), so that offline each box still fills as the reader
 * nears it; a box fills as it nears, and a figure that wakes fills its boxes in the same place.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { inlineDrawings, shownFiles } from "./drawings.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: import("playwright-core").Browser;
useSite((site) => {
  ({ server, browser } = site);
});

/** The boxes a page carries instead of its drawings (src/build/drawing-files.ts). */
const boxes = "svg[data-src]";

/** A page whose scripts do not run: blocked (boxes as the page has them before its loader runs), or off. */
async function withoutScripts(width: number, height: number, how: "blocked" | "off"): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    javaScriptEnabled: how === "blocked",
  });
  const page = await context.newPage();
  if (how === "blocked") await page.route("**/*.js", (route) => route.abort());
  return page;
}

/**
 * Share of pixels of two same-sized PNG screenshots that differ by more than `tolerance` (sum of RGB),
 * compared in a page of its own (the page shot may have JavaScript off).
 */
async function differing(a: Buffer, b: Buffer, tolerance = 96): Promise<number | string> {
  const page = await browser.newPage();
  const share = await page.evaluate(
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
  await page.context().close();
  return share;
}

describe("figure drawings in files of their own", () => {
  it("no empty box is in the first screen of any page, on a phone or a desktop, in either language", async () => {
    const seen: string[] = [];
    let total = 0;
    for (const [width, height] of [
      [412, 823],
      [1350, 940],
    ]) {
      const page = await withoutScripts(width, height, "blocked");
      for (const locale of Object.keys(locales) as Locale[])
        for (const slug of pages) {
          await page.goto(server.url + pagePath(locale, slug));
          const found = await page.locator(boxes).evaluateAll((all, h) => {
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
    // The chapter's figures are in files (not a rule that matches nothing): 5 pages × 2 languages.
    expect(total).toBeGreaterThan(60);
  });

  it("without JavaScript, every drawing is an image of its file, a well-formed SVG of its box's size with the drawing's name", async () => {
    const page = await withoutScripts(1280, 900, "off");
    const bad: string[] = [];
    let images = 0;
    for (const locale of Object.keys(locales) as Locale[])
      for (const slug of pages) {
        await page.goto(server.url + pagePath(locale, slug));
        const found = await page.locator(boxes).evaluateAll(async (all) => {
          const out: string[] = [];
          for (const box of all) {
            const img = box.nextElementSibling?.querySelector("img[data-svg]") as HTMLImageElement | null;
            if (!img) {
              out.push(`${box.getAttribute("data-src")}: no image`);
              continue;
            }
            if (box.checkVisibility()) out.push(`${img.src}: the empty box shows`);
            if (img.getAttribute("src") !== box.getAttribute("data-src"))
              out.push(`${img.src}: not the box's file`);
            const probe = new Image();
            probe.src = img.src;
            try {
              await probe.decode();
              const size = ["width", "height"].map((a) =>
                [box.getAttribute(a), img.getAttribute(a)].map(Number),
              );
              if (
                probe.naturalWidth !== size[0][0] ||
                probe.naturalHeight !== size[1][0] ||
                size.some(([b, i]) => b !== i)
              )
                out.push(
                  `${img.src}: ${probe.naturalWidth}×${probe.naturalHeight} for a box ${size[0][0]}×${size[1][0]}`,
                );
            } catch {
              out.push(`${img.src}: does not decode`);
            }
            if (!img.alt || img.alt !== box.getAttribute("aria-label"))
              out.push(`${img.src}: alt text "${img.alt}"`);
          }
          return { out, n: all.length };
        });
        bad.push(...found.out);
        images += found.n;
      }
    await page.context().close();
    expect(bad).toEqual([]);
    expect(images).toBeGreaterThan(60);
  });

  it("without JavaScript, each image shows the build's drawing (in the dark theme, a page's only one then)", async () => {
    const page = await withoutScripts(1280, 900, "off");
    await page.goto(server.url + pagePath("en", "basics"));
    const ids = await page
      .locator(`figure.ml-figure:has(${boxes})`)
      .evaluateAll((all) => all.map((f) => f.id).filter((id) => /^fig-(gd|momentum-eta)/.test(id)));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of ids) {
      const plot = page.locator(`#${id} .figure-plot`);
      await plot.scrollIntoViewIfNeeded();
      const image = page.locator(`#${id} noscript[data-shape="wide"] img[data-svg]`);
      await expect
        .poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
        .toBeTruthy();
      const before = await plot.screenshot();
      // The build's SVG in the page, as the loader puts it.
      expect(await inlineDrawings(page, `#${id}`)).toBeGreaterThan(0);
      const after = await plot.screenshot();
      // Text and lines in the same colours at the same places: all but stray edge pixels alike.
      expect(await differing(before, after), id).toBeLessThan(0.002);
    }
    await page.context().close();
  });

  it("with JavaScript, the files of the boxes shown are fetched at idle, none of the other shape: offline then, every box still fills as the reader scrolls to it", async () => {
    const missing: string[] = [];
    for (const [width, height] of [
      [412, 823],
      [1350, 940],
    ]) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.addInitScript(() =>
        document.addEventListener("DOMContentLoaded", () => {
          const figures = Array.from(document.querySelectorAll(".ml-figure"));
          (window as unknown as { __boxes: unknown }).__boxes = Array.from(
            document.querySelectorAll("svg[data-src]"),
            (b) => ({
              src: b.getAttribute("data-src") ?? "",
              figure: figures.indexOf(b.closest(".ml-figure") as Element),
              shape: b.closest("[data-shape]")?.getAttribute("data-shape") ?? "",
            }),
          );
        }),
      );
      const fetched = new Set<string>();
      // Files fetched (not tried offline and failed).
      page.on(
        "requestfinished",
        (r) => /\/figure\.[^/]+\.svg$/.test(r.url()) && fetched.add(new URL(r.url()).pathname),
      );
      for (const [locale, slug] of [
        ["en", "basics"],
        ["zh", "theory"],
      ] as const) {
        {
          const at = `${pagePath(locale, slug)} at ${width} px`;
          fetched.clear();
          await page.goto(server.url + pagePath(locale, slug));
          // Each box as the page has it (read before any file can have arrived), its figure by its
          // place among the page's figures, its shape.
          const all = (await page.evaluate("window.__boxes")) as {
            src: string;
            figure: number;
            shape: string;
          }[];
          expect(all.filter((b) => b.shape === "phone").length, at).toBeGreaterThan(3);
          // Idle after load: the file of every box shown is fetched (filled or not).
          await expect
            .poll(
              async () =>
                (await page.locator(boxes).evaluateAll(shownFiles)).filter((src) => !fetched.has(src)),
              { timeout: 30_000 },
            )
            .toEqual([]);
          // Offline, the reader scrolls through the page: each box fills as it nears, from the cache.
          await context.setOffline(true);
          // A screen at a time to the bottom (the page grows as its blocks are rendered at their height).
          for (
            let y = 0;
            y < (await page.evaluate(() => document.documentElement.scrollHeight));
            y += height
          ) {
            await page.evaluate((y) => scrollTo(0, y), y);
            await expect
              .poll(
                () =>
                  page.locator(boxes).evaluateAll(
                    (all) =>
                      all.filter((b) => {
                        const r = b.getBoundingClientRect();
                        return b.checkVisibility() && r.bottom > 0 && r.top < innerHeight;
                      }).length,
                  ),
                { timeout: 5_000 },
              )
              .toBe(0);
          }
          // Every block rendered (lazy rendering off, as for printing): what shows is now known.
          const end = await page.evaluate(() => {
            document.documentElement.classList.remove("ml-lazy");
            const figures = Array.from(document.querySelectorAll(".ml-figure"));
            return {
              empty: Array.from(document.querySelectorAll("svg[data-src]")).filter((b) => b.checkVisibility())
                .length,
              unmarked: Array.from(
                document.querySelectorAll("main .figure-plot svg[class^='plot-'][aria-label]"),
              )
                .filter((s) => s.checkVisibility() && !s.querySelector("path, circle"))
                .map((s) => s.getAttribute("aria-label")),
              // The shapes each figure shows; null once its island took one (src/live/fit.ts).
              shapes: figures.map((f) => {
                const shaped = Array.from(f.querySelectorAll("[data-shape]"));
                return shaped.length === 0
                  ? null
                  : shaped.filter((e) => e.checkVisibility()).map((e) => e.getAttribute("data-shape"));
              }),
            };
          });
          await context.setOffline(false);
          if (end.empty) missing.push(`${at}: ${end.empty} boxes shown still empty after scrolling by`);
          if (end.unmarked.length) missing.push(`${at}: drawings without marks: ${end.unmarked.join("; ")}`);
          // A file fetched for a box that does not show. An island that woke kept the drawing shown
          // (src/live/fit.ts: on a 412 px phone its column of 380 px keeps the phone drawing).
          const wasted = all.filter((b) => {
            if (!fetched.has(b.src) || !b.shape) return false;
            const shown = end.shapes[b.figure] ?? (width < 480 ? ["phone"] : ["wide"]);
            return !shown.includes(b.shape);
          });
          if (wasted.length) missing.push(`${at}: fetched ${wasted.length} of the other shape`);
        }
      }
      await context.close();
    }
    expect(missing).toEqual([]);
  });

  it("a drawing far down the page is filled as the reader scrolls to it, and not before", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The idle fetch held back: only the boxes' own observer fetches and fills them here.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(server.url + pagePath("en", "theory"), { waitUntil: "load" });
    const last = page.locator(boxes).filter({ visible: true }).last();
    const id = await last.evaluate((b) => b.closest("figure")?.id ?? "");
    expect(id).not.toBe("");
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`#${id} ${boxes}`).filter({ visible: true }).count()).toBe(0);
    // Boxes far below stay empty until then (the first of the page's boxes shown, if any is left).
    expect(await page.locator(boxes).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("a figure that wakes puts the build's SVG in its boxes' place, in the same box", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(server.url + pagePath("en", "theory"));
    const figure = page.locator("ml-region");
    const before = await figure.locator(".figure-plot").boundingBox();
    expect(await figure.locator(boxes).count()).toBeGreaterThan(0);
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute("data-live")).toBe("ready");
    expect(await figure.locator(boxes).count()).toBe(0);
    expect(await figure.locator(".figure-plot svg[aria-label] path").count()).toBeGreaterThan(0);
    const after = await figure.locator(".figure-plot").boundingBox();
    expect(after?.width).toBe(before?.width);
    expect(after?.height).toBe(before?.height);
    await context.close();
  });
});
