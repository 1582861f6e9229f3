/**
 * Live figures on a phone: once awake, an SVG figure is drawn at its container's CSS width, so its
 * tick labels keep a readable size (≥ 11 px) instead of being scaled down to 7 px with the picture;
 * it fits the screen without horizontal scrolling, and waking it moves nothing (every figure's box
 * keeps the height the build's SVG gave it). On a wide screen the figures are drawn exactly as the
 * build drew them.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pagePath } from "../../src/site/chapter.ts";
import { openProbe } from "./browser.ts";
import { inlineDrawings } from "./drawings.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const live =
  "ml-opening, ml-trajectory, ml-scalar, ml-region, ml-eigen, ml-playground, ml-weights, ml-noise, ml-step, ml-loss";

interface Shown {
  id: string;
  /** Height of the figure's plot box, px. */
  box: number;
  /** Rendered size of its first tick label, px (the SVG drawn on top, where there are two). */
  font: number;
  viewBox: string;
}

/** Every live figure of the page: box height, rendered tick-label size, viewBox of what is seen. */
function figures(page: Page, selector: string): Promise<Shown[]> {
  return page.evaluate((selector) => {
    return Array.from(document.querySelectorAll<HTMLElement>(selector)).map((el) => {
      const plot = el.querySelector(".figure-plot") as HTMLElement;
      // The SVGs shown (the build draws some figures twice, for a phone and wider; CSS shows one),
      // not the overlay of live marks (src/live/plot.ts), whose text is a note, not an axis.
      const svgs = Array.from(plot.querySelectorAll("svg:not(.ml-overlay)")).filter(
        (s) => s.querySelector("text") && s.getBoundingClientRect().height > 0,
      );
      const svg = svgs[svgs.length - 1];
      // A tick label: text with a number in it inside an axis (not a legend or a point's label).
      const text = Array.from(svg.querySelectorAll("text")).find((t) =>
        /^[−\-\d.]+$/.test(t.textContent ?? ""),
      );
      const m = text?.getScreenCTM();
      const size = text ? Number.parseFloat(getComputedStyle(text).fontSize) : 0;
      return {
        id: el.querySelector("figure")?.id ?? "",
        box: plot.getBoundingClientRect().height,
        font: m ? size * Math.hypot(m.a, m.b) : 0,
        viewBox: svg.getAttribute("viewBox") ?? "",
      };
    });
  }, selector);
}

/** Opens `path` at `width`, scrolls every live figure into view and waits until all are awake. */
async function wakeAll(path: string, width: number) {
  const probe = await openProbe(browser, server.origin, { viewport: { width, height: 800 } });
  const { page } = probe;
  await page.goto(server.url + path, { waitUntil: "load" });
  const count = await page.locator(live).count();
  for (let k = 0; k < count; k++) {
    const el = page.locator(live).nth(k);
    await el.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      ([selector, k]) =>
        (document.querySelectorAll<HTMLElement>(selector)[k as number]?.dataset.live ?? "") === "ready",
      [live, k] as const,
    );
  }
  // A resize redraws in the observer's callback, before the next frame is painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return probe;
}

/**
 * The same page without JavaScript: the build's figures (their boxes as shown, with a drawing in a
 * file shown as an image; what is drawn, from the build's SVG put in the page).
 */
async function staticFigures(path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: "load" });
  const boxes = await page
    .locator(live)
    .evaluateAll((all) =>
      all.map((el) => el.querySelector(".figure-plot")?.getBoundingClientRect().height ?? 0),
    );
  await inlineDrawings(page);
  const shown = (await figures(page, live)).map((f, k) => ({ ...f, box: boxes[k] }));
  await context.close();
  return shown;
}

/** Options of the figures' menus that do not fit their box, as "id: text width > room" lines. */
function cutOptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    return Array.from(document.querySelectorAll<HTMLSelectElement>(".ml-field select")).flatMap((select) => {
      const cs = getComputedStyle(select);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // Room for the text: the box less its padding, border and the menu's arrow (16 px).
      const room =
        select.getBoundingClientRect().width -
        ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"].reduce(
          (sum, key) => sum + Number.parseFloat(cs[key as "paddingLeft"]),
          0,
        ) -
        16;
      return Array.from(select.options)
        .filter((o) => ctx.measureText(o.text).width > room)
        .map(
          (o) =>
            `${select.id}: "${o.text}" ${ctx.measureText(o.text).width.toFixed(0)} px > ${room.toFixed(0)} px`,
        );
    });
  });
}

/** Pages with menus: the trajectory figures' method, the playground's objective, own data's target. */
const menuPaths = ["basics", "playground", "experiments"].flatMap((name) =>
  (["en", "zh"] as const).map((locale) => pagePath(locale, name)),
);

/** The page, its figures awake at `width`, has menus and shows every option of each whole. */
async function expectMenusWhole(page: Page, path: string, width: number): Promise<void> {
  expect(await page.locator(".ml-field select").count(), path).toBeGreaterThan(0);
  expect(await cutOptions(page), `${path} at ${width} px`).toEqual([]);
}

/** ", every menu option whole" in the name of a test of a page with menus (it checks them too). */
const andMenus = (path: string) => (menuPaths.includes(path) ? ", every menu option whole" : "");

const paths = [
  pagePath("en", "index"),
  pagePath("zh", "index"),
  pagePath("en", "basics"),
  pagePath("en", "theory"),
  pagePath("en", "playground"),
  pagePath("zh", "basics"),
  pagePath("en", "experiments"),
];

/** The pages checked at 1280 px: both landing pages, basics and the playground. */
const widePaths = [...paths.slice(0, 3), paths[4]];

describe("live figures on a narrow screen (390 px)", () => {
  it.each(paths.map((path) => [path, andMenus(path)]))(
    "%s: readable tick labels, no horizontal scroll, nothing moves on waking%s",
    async (path) => {
      const before = await staticFigures(path, 390);
      const probe = await wakeAll(path, 390);
      const after = await figures(probe.page, live);
      expect(after.length).toBeGreaterThan(0);
      expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
      for (const [k, f] of after.entries()) {
        expect(f.font, `${f.id}: tick label size`).toBeGreaterThanOrEqual(11);
        expect(Math.abs(f.box - before[k].box), `${f.id}: box height`).toBeLessThan(0.5);
      }
      const scroll = await probe.page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(390);
      if (menuPaths.includes(path)) await expectMenusWhole(probe.page, path, 390);
      expect(probe.errors).toEqual([]);
      expect(probe.foreign).toEqual([]);
      await probe.context.close();
    },
  );

  it("a figure follows its container when the window widens and narrows again (390 → 1280 → 390 px)", async () => {
    const probe = await wakeAll(pagePath("en", "theory"), 390);
    const at = async () => (await figures(probe.page, "ml-scalar"))[0];
    const narrow = await at();
    await probe.page.setViewportSize({ width: 1280, height: 800 });
    await probe.page.waitForFunction(
      () => !document.querySelector("ml-scalar svg")?.getAttribute("viewBox")?.startsWith("0 0 3"),
    );
    const wide = await at();
    expect(wide.viewBox).toBe("0 0 640 280");
    await probe.page.setViewportSize({ width: 390, height: 800 });
    await probe.page.waitForFunction(
      () => document.querySelector("ml-scalar svg")?.getAttribute("viewBox") !== "0 0 640 280",
    );
    expect((await at()).viewBox).toBe(narrow.viewBox);
    expect(probe.errors).toEqual([]);
    await probe.context.close();
  });
});

describe("live figures on a wide screen (1280 px)", () => {
  it.each(widePaths.map((path) => [path, andMenus(path)]))(
    "%s: drawn as the build drew them%s",
    async (path) => {
      const before = await staticFigures(path, 1280);
      const probe = await wakeAll(path, 1280);
      const after = await figures(probe.page, live);
      for (const [k, f] of after.entries()) {
        expect(f.viewBox, f.id).toBe(before[k].viewBox);
        expect(Math.abs(f.box - before[k].box), `${f.id}: box height`).toBeLessThan(0.5);
      }
      if (menuPaths.includes(path)) await expectMenusWhole(probe.page, path, 1280);
      expect(probe.errors).toEqual([]);
      await probe.context.close();
    },
  );
});

describe("on a desktop, figures are wider than the text", () => {
  it.each([
    ["en", 1280],
    ["zh", 1280],
    ["en", 1440],
    ["en", 1920],
  ] as const)(
    "%s at %i px: every figure at least 40 px wider than the widest paragraph",
    async (locale, width) => {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      await tab.goto(server.url + pagePath(locale, "basics"), { waitUntil: "load" });
      const { text, widths } = await tab.evaluate(() => {
        const w = (e: Element) => e.getBoundingClientRect().width;
        return {
          text: Math.max(...Array.from(document.querySelectorAll(".sl-markdown-content > p")).map(w)),
          widths: Array.from(document.querySelectorAll(".sl-markdown-content .ml-figure")).map(
            (f) => [f.id, w(f)] as const,
          ),
        };
      });
      await tab.close();
      expect(widths.length).toBeGreaterThan(4);
      expect(widths.filter(([, f]) => f < text + 40)).toEqual([]);
    },
  );
});

describe("menus show every option whole", () => {
  // The pages and widths the tests above wake anyway are checked there (their names say so); these
  // are the rest, each page woken at each width as there.
  const checkedAbove = [...paths.map((path) => `${path} 390`), ...widePaths.map((path) => `${path} 1280`)];
  const rest = menuPaths
    .flatMap((path) => [390, 1280].map((width) => [path, width] as const))
    .filter(([path, width]) => !checkedAbove.includes(`${path} ${width}`));
  it.each(rest)("%s at %i px", async (path, width) => {
    const probe = await wakeAll(path, width);
    await expectMenusWhole(probe.page, path, width);
    await probe.context.close();
  });
});
