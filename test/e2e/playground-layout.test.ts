/**
 * The playground uses the page (content/docs/{en,zh}/playground.mdx, src/figures/playground/): no
 * table of contents; at 1280 × 900 the map and the loss panel are each at least 640 px wide, as the
 * build drew them and once awake; nothing scrolls sideways; on an upright phone the map stays in
 * view while the reader works a slider far below it, and the page scrolls on past the figure; and a
 * run that coincides with another still shows under it.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pagePath, pages } from "../../src/site/chapter.ts";
import { openProbe, type PageProbe } from "./browser.ts";
import { holdKey } from "./keys.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const locales = ["en", "zh"] as const;

/** The drawings shown (not the overlays, not the phone shape hidden by CSS): their widths, px. */
function drawingWidths(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>("ml-playground [data-panel]"), (panel) => {
        const shown = Array.from(panel.querySelectorAll(":scope > svg:not(.ml-overlay)")).filter(
          (svg) => svg.getBoundingClientRect().height > 0,
        );
        return [panel.dataset.panel ?? "", shown.length === 1 ? shown[0].getBoundingClientRect().width : 0];
      }),
    ),
  );
}

/** Whether the page scrolls sideways. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Opens the playground (with `query`) at `width` × `height` and waits until it is awake. */
async function awake(locale: string, width: number, height: number, query = ""): Promise<PageProbe> {
  const probe = await openProbe(browser, server.origin, { viewport: { width, height } });
  await probe.page.goto(server.url + pagePath(locale as "en", "playground") + query, { waitUntil: "load" });
  await probe.page.waitForSelector('ml-playground[data-live="ready"]', { timeout: 15_000 });
  await probe.page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return probe;
}

async function finish(probe: PageProbe): Promise<void> {
  await probe.page.waitForLoadState("networkidle");
  expect(probe.errors).toEqual([]);
  expect(probe.foreign).toEqual([]);
  await probe.context.close();
}

describe.each(locales)("the playground page (%s)", (locale) => {
  it("at 1280 × 900: no table of contents, each drawing ≥ 640 px wide before and after waking, no sideways scroll", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const tab = await context.newPage();
    await tab.goto(server.url + pagePath(locale, "playground"), { waitUntil: "load" });
    const built = await drawingWidths(tab);
    expect(Object.keys(built)).toEqual(["map", "loss"]);
    expect(Object.values(built).filter((w) => w < 640)).toEqual([]);
    expect(await overflows(tab)).toBe(false);
    await context.close();

    const probe = await awake(locale, 1280, 900);
    const { page } = probe;
    const live = await drawingWidths(page);
    expect(live).toEqual(built);
    // Drawn at that width, not scaled up: its viewBox is as wide as its box (text at its size).
    const scale = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<SVGSVGElement>("ml-playground [data-panel] > svg:not(.ml-overlay)"),
        (svg) => {
          return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        },
      ),
    );
    for (const k of scale) expect(k).toBeLessThanOrEqual(1);
    expect(await page.locator("starlight-toc, mobile-starlight-toc, .right-sidebar-container").count()).toBe(
      0,
    );
    expect(await overflows(page)).toBe(false);
    // The prose keeps its reading measure beside the wide figure.
    const prose = await page.locator(".sl-markdown-content > p").first().boundingBox();
    expect(prose?.width ?? 0).toBeLessThanOrEqual(36 * 16 + 1);
    await finish(probe);
  });

  it("on a phone (390 × 844) the map stays in view while a slider far below it moves, and the page scrolls on past it", async () => {
    const probe = await awake(locale, 390, 844);
    const { page } = probe;
    expect(await overflows(page)).toBe(false);
    const map = page.locator('ml-playground [data-panel="map"]');
    const slider = page.locator('ml-playground [data-control="nesBeta"]');
    await slider.scrollIntoViewIfNeeded();
    // The last slider is far below the map: the map alone would have left the screen.
    const before = await page.evaluate(() => scrollY);
    await slider.focus();
    const state = await page.locator("ml-playground").getAttribute("data-state");
    for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("ml-playground").getAttribute("data-state")).not.toBe(state);
    const [m, s] = [await map.boundingBox(), await slider.boundingBox()];
    if (!m || !s) throw new Error("no map or slider");
    expect(await page.evaluate(() => scrollY)).toBeGreaterThanOrEqual(before);
    expect(m.y).toBeGreaterThanOrEqual(0);
    expect(m.y + m.height).toBeLessThanOrEqual(844);
    // Only as high as leaves the controls room, and the slider in use is not under it.
    expect(m.height).toBeLessThanOrEqual(0.45 * 844);
    expect(s.y).toBeGreaterThanOrEqual(m.y + m.height);
    // The start point can still be dragged where the map stands.
    expect(await page.locator("ml-playground .ml-handle").isVisible()).toBe(true);
    // Past the figure the map goes with it: at the page's end it is out of sight.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const after = await map.boundingBox();
    expect((after?.y ?? 0) + (after?.height ?? 0)).toBeLessThan(0);
    await finish(probe);
  });
});

describe("runs that coincide", () => {
  it("κ held down draws drafts (iterates without hover tips, level sets alone re-plotted); settled, the map is whole again", async () => {
    const probe = await awake("en", 1280, 900);
    const { page } = probe;
    const pg = page.locator("ml-playground");
    const dots = () =>
      pg.evaluate((el) => {
        const circles = Array.from(el.querySelectorAll(".ml-overlay [class*='ml-dots-'] circle"));
        return { circles: circles.length, tips: circles.filter((c) => c.querySelector("title")).length };
      });
    const axes = pg.locator("[data-panel='map'] > svg[role='img'] [data-mark^='x-axis']");
    const axisCount = await axes.count();
    expect(axisCount).toBeGreaterThan(0);
    await pg.locator("[data-control='kappa']").focus();
    // The dots of every frame drawn while the key is held, and until the map is whole again.
    await pg.evaluate((el) => {
      const frames = { seen: [] as { circles: number; tips: number }[], done: false };
      (window as unknown as { frames: typeof frames }).frames = frames;
      const frame = () => {
        const circles = Array.from(el.querySelectorAll(".ml-overlay [class*='ml-dots-'] circle"));
        frames.seen.push({
          circles: circles.length,
          tips: circles.filter((c) => c.querySelector("title")).length,
        });
        if (!frames.done) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await holdKey(page, "ArrowRight", 5);
    // Settled: every dot tells its step and point again, with no further input.
    await expect
      .poll(async () => {
        const d = await dots();
        return d.circles > 0 && d.tips === d.circles;
      })
      .toBe(true);
    // Later keys came before the input settled: drafts, their dots without tips.
    const seen = await page.evaluate(() => {
      const frames = (
        window as unknown as { frames: { seen: { circles: number; tips: number }[]; done: boolean } }
      ).frames;
      frames.done = true;
      return frames.seen;
    });
    expect(
      seen.some((d) => d.circles > 0 && d.tips === 0),
      JSON.stringify(seen),
    ).toBe(true);
    // The axes stayed where they were: the fixed layer, drawn once.
    expect(await axes.count()).toBe(axisCount);
    await finish(probe);
  });

  it("gradient descent shows under Nesterov's method at the same setting (β = 0), and the keys say how", async () => {
    // Nesterov's method with β = 0 is gradient descent: the same η, the same path.
    const probe = await awake("en", 1280, 900, "?fig-playground=nesBeta:0");
    const { page } = probe;
    const pg = page.locator("ml-playground");
    const style = () =>
      pg.evaluate((el) =>
        Object.fromEntries(
          ["gd", "momentum", "nesterov"].map((m) => {
            const g = el.querySelector(`.ml-overlay .ml-run-${m}`);
            const path = g?.querySelector("path");
            const cs = g && getComputedStyle(g);
            const key = Array.from(el.querySelectorAll("[data-readouts] li:not([hidden])")).find((li) =>
              li.getAttribute("style")?.includes(`--ml-${m})`),
            );
            return [
              m,
              {
                d: path?.getAttribute("d") ?? "",
                stroke: cs?.stroke ?? "",
                width: Number.parseFloat(cs?.strokeWidth ?? "0"),
                opacity: Number(cs?.strokeOpacity ?? 0),
                key: key ? Number.parseFloat(getComputedStyle(key, "::before").height) : 0,
                keyColour: key ? getComputedStyle(key, "::before").backgroundColor : "",
              },
            ];
          }),
        ),
      );
    const runs = await style();
    expect(runs.gd.d.length).toBeGreaterThan(10);
    expect(runs.nesterov.d).toBe(runs.gd.d); // they coincide
    // Both painted, in their own colours; the one below wider, so it shows on each side.
    for (const m of ["gd", "nesterov"] as const) {
      expect(runs[m].width, m).toBeGreaterThan(0);
      expect(runs[m].opacity, m).toBeGreaterThan(0.3);
      // Each readout's key is a stroke as wide as its run's line, in its colour.
      expect(runs[m].key, m).toBeCloseTo(runs[m].width, 1);
      expect(runs[m].keyColour, m).toBe(runs[m].stroke);
    }
    expect(runs.gd.stroke).not.toBe(runs.nesterov.stroke);
    expect(runs.gd.width).toBeGreaterThanOrEqual(runs.nesterov.width + 2);

    // What gradient descent adds to the picture: switched off, the map loses the band around
    // Nesterov's path (hundreds of pixels), not a few stray edge pixels.
    const map = pg.locator('[data-panel="map"]');
    const on = await map.screenshot();
    await pg.locator('[data-flag="gd"]').uncheck();
    await expect.poll(() => pg.locator(".ml-overlay .ml-run-gd").count()).toBe(0);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const off = await map.screenshot();
    const changed = await page.evaluate(
      async ([a, b]) => {
        const pixels = async (png: string) => {
          const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
          const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height).data;
        };
        const [p, q] = [await pixels(a), await pixels(b)];
        let n = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 30) n++;
        }
        return n;
      },
      [on.toString("base64"), off.toString("base64")] as const,
    );
    expect(changed).toBeGreaterThan(500);
    await finish(probe);
  });
});

describe("the playground's wide column", () => {
  it("is the playground's alone: every other page keeps the reading column (the rule is in the shared stylesheet)", async () => {
    const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 900 } });
    const widths: Record<string, string> = {};
    for (const locale of locales) {
      for (const page of pages) {
        await probe.page.goto(server.url + pagePath(locale, page), { waitUntil: "domcontentloaded" });
        widths[`${locale}/${page}`] = await probe.page.evaluate(
          () => getComputedStyle(document.querySelector(".sl-container") as Element).maxWidth,
        );
      }
    }
    const wide = Object.entries(widths)
      .filter(([, w]) => w === "960px")
      .map(([p]) => p);
    expect(wide).toEqual(["en/playground", "zh/playground"]);
    await finish(probe);
  });
});
