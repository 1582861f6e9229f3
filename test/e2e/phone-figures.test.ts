/**
 * The live figures laid out for a phone (390 × 844), as Chromium draws them, with and without
 * JavaScript: the convergence-region map has a plot tall enough to read and no text over other
 * text; the scalar figure's legend is off the plotted curves; the effective-weight plot is tall
 * enough to read; and each figure's box is as tall before it wakes as after (nothing moves).
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { strings } from "../../src/i18n/strings.ts";
import { scalarStrings } from "../../src/i18n/views.ts";
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

const viewport = { width: 390, height: 844 };

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Drawn {
  /** Height of the figure's plot box (the container), px. */
  box: number;
  /** The plot frame (the axes' rectangle) of the SVG shown. */
  frame: Rect;
  /** The SVG shown, on screen. */
  svg: Rect;
  /** Every visible text of the SVG shown: its content and its box on screen. */
  texts: { text: string; rect: Rect }[];
}

/** What the figure `tag` shows: the SVG that is displayed (the build may hold two). */
function drawn(page: Page, tag: string): Promise<Drawn> {
  return page.evaluate((tag) => {
    const plot = document.querySelector(`${tag} .figure-plot`) as HTMLElement;
    const svg = Array.from(plot.querySelectorAll("svg")).find(
      (s) => s.getBoundingClientRect().height > 0 && s.querySelector("text"),
    ) as SVGSVGElement;
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      box: plot.getBoundingClientRect().height,
      frame: rect((svg.querySelector("rect[fill='none']") as SVGRectElement).getBoundingClientRect()),
      svg: rect(svg.getBoundingClientRect()),
      texts: Array.from(svg.querySelectorAll("text"))
        .filter((t) => (t.textContent ?? "").trim() && getComputedStyle(t).visibility !== "hidden")
        .map((t) => ({ text: t.textContent ?? "", rect: rect(t.getBoundingClientRect()) })),
    };
  }, tag);
}

/** Pairs of texts whose boxes intersect by more than half a pixel each way. */
function clashes(texts: Drawn["texts"]): string[] {
  const out: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 0.5 && h > 0.5) out.push(`${a.text} × ${b.text}`);
    }
  });
  return out;
}

/** Texts that run out of the drawing by more than a pixel (cut off at the screen's or column's edge). */
const outside = (f: Drawn) =>
  f.texts
    .filter(
      ({ rect: r }) =>
        r.left < f.svg.left - 1 ||
        r.right > f.svg.right + 1 ||
        r.top < f.svg.top - 1 ||
        r.bottom > f.svg.bottom + 1,
    )
    .map((t) => t.text);

const intersects = (a: Rect, b: Rect) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/**
 * The page without JavaScript: the build's figures (their boxes as shown, with a drawing in a file
 * shown as an image; what is drawn, from the build's SVG put in the page).
 */
async function withoutScript(path: string, tags: string[]): Promise<Drawn[]> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: "load" });
  const boxes = await page.evaluate(
    (tags) =>
      tags.map((tag) => document.querySelector(`${tag} .figure-plot`)?.getBoundingClientRect().height),
    tags,
  );
  await inlineDrawings(page);
  const out = [];
  for (const [k, tag] of tags.entries()) out.push({ ...(await drawn(page, tag)), box: boxes[k] ?? 0 });
  await context.close();
  return out;
}

/** The page with its islands awake. */
async function awake(path: string, tags: string[]): Promise<{ figures: Drawn[]; errors: string[] }> {
  const probe = await openProbe(browser, server.origin, { viewport });
  await probe.page.goto(server.url + path, { waitUntil: "load" });
  const figures = [];
  for (const tag of tags) {
    await probe.page.locator(tag).first().scrollIntoViewIfNeeded();
    await probe.page.waitForFunction(
      (tag) => document.querySelector<HTMLElement>(tag)?.dataset.live === "ready",
      tag,
    );
    await probe.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    figures.push(await drawn(probe.page, tag));
  }
  await probe.context.close();
  return { figures, errors: probe.errors };
}

describe.each(["en", "zh"] as const)("theory figures on a phone, 390 px (%s)", (locale) => {
  const path = pagePath(locale, "theory");
  const t = { scalar: scalarStrings(strings(locale)) };

  it("the region map: a plot ≥ 200 px tall, no text over other text; the scalar legend off the curves", async () => {
    const tags = ["ml-region", "ml-scalar"];
    const before = await withoutScript(path, tags);
    const { figures: after, errors } = await awake(path, tags);
    expect(errors).toEqual([]);
    for (const [when, [region, scalar]] of Object.entries({ before, after })) {
      expect(region.frame.bottom - region.frame.top, `${when}: region plot height`).toBeGreaterThanOrEqual(
        200,
      );
      expect(region.texts.length).toBeGreaterThan(15);
      expect(clashes(region.texts), `${when}: region labels`).toEqual([]);
      const legend = scalar.texts.filter((x) =>
        [t.scalar.gd, t.scalar.momentum, t.scalar.rate].includes(x.text),
      );
      expect(legend, when).toHaveLength(3);
      for (const entry of legend) {
        expect(intersects(entry.rect, scalar.frame), `${when}: "${entry.text}" over the curves`).toBe(false);
      }
      expect(clashes(scalar.texts), `${when}: scalar labels`).toEqual([]);
    }
    // Waking moves nothing: each box is as tall as the build made it.
    after.forEach((f, k) => {
      expect(Math.abs(f.box - before[k].box), `${tags[k]}: ${before[k].box} → ${f.box}`).toBeLessThan(0.5);
    });
  });
});

describe("basics figures on a phone, 390 px", () => {
  /**
   * The figure `tag` on the basics page: a plot at least `least` px tall with no text over text and
   * none out of the drawing, before and after it wakes, and as tall before as after.
   */
  async function holdsOnPhone(tag: string, least: number, locale: "en" | "zh" = "en"): Promise<void> {
    const path = pagePath(locale, "basics");
    const [before] = await withoutScript(path, [tag]);
    const {
      figures: [after],
      errors,
    } = await awake(path, [tag]);
    expect(errors).toEqual([]);
    for (const [when, f] of Object.entries({ before, after })) {
      expect(f.frame.bottom - f.frame.top, `${when}: plot height`).toBeGreaterThanOrEqual(least);
      expect(clashes(f.texts), when).toEqual([]);
      expect(outside(f), `${when}: text out of the drawing`).toEqual([]);
    }
    expect(Math.abs(after.box - before.box)).toBeLessThan(0.5);
  }

  it("the effective weights: a plot ≥ 180 px tall, as tall before waking as after", () =>
    holdsOnPhone("ml-weights", 180));

  it("the momentum step: a plot ≥ 240 px tall, no text over text, as tall before waking as after", () =>
    holdsOnPhone("ml-step", 240));

  it("a trajectory of the book's problem: a plot ≥ 240 px tall, no text over text, as tall before waking as after", () =>
    holdsOnPhone("ml-trajectory", 240));

  it("a diverging trajectory in Chinese: its note of where the run went wraps within the drawing", () =>
    holdsOnPhone("ml-trajectory:has(#fig-gd-eta-0-6)", 240, "zh"));

  it("the noisy gradients: a trajectory panel ≥ 240 px tall, no text over text, as tall before waking as after", () =>
    holdsOnPhone("ml-noise", 240));
});

/**
 * The smallest text of each figure shown on the page, as drawn: its font size times the scale of
 * its SVG (a 640 px drawing in a 358 px column shrinks 13 px text to 7 px). `live`: only figures of
 * islands (true) or only the static ones (false, charts of examples); every figure if undefined.
 */
function textSizes(page: Page, live?: boolean): Promise<{ id: string; px: number }[]> {
  return page.evaluate((live) => {
    const out: { id: string; px: number }[] = [];
    for (const figure of Array.from(document.querySelectorAll<HTMLElement>(".ml-figure"))) {
      if (live !== undefined && Boolean(figure.closest(".ml-live")) !== live) continue;
      for (const svg of Array.from(figure.querySelectorAll<SVGSVGElement>(".figure-plot svg"))) {
        const shown = svg.getBoundingClientRect().width;
        const drawnWidth = svg.viewBox.baseVal?.width;
        if (!(shown > 100 && drawnWidth > 0)) continue;
        const sizes = Array.from(svg.querySelectorAll("text"))
          .filter(
            (t) =>
              (t.textContent ?? "").trim() &&
              t.getBoundingClientRect().width > 0 &&
              getComputedStyle(t).visibility !== "hidden",
          )
          .map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
        if (sizes.length) out.push({ id: figure.id, px: (Math.min(...sizes) * shown) / drawnWidth });
      }
    }
    return out;
  }, live);
}

describe("text on a phone, 390 px", () => {
  const least = 11;

  it.each([
    ["en", "experiments"],
    ["en", "summary"],
    ["en", "nesterov"],
    ["zh", "basics"],
    ["zh", "theory"],
    ["zh", "playground"],
  ] as const)("without JavaScript, every figure of %s/%s draws its text at ≥ 11 px", async (locale, page) => {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
    await inlineDrawings(tab);
    // Every block rendered (lazy rendering is off without JavaScript anyway).
    const sizes = await textSizes(tab);
    await context.close();
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.px < least).map((s) => `${s.id}: ${s.px.toFixed(1)} px`)).toEqual([]);
  });

  it.each(["basics", "theory", "experiments", "summary", "nesterov"] as const)(
    "awake, every figure of en/%s draws its text at ≥ 11 px",
    async (page) => {
      const probe = await openProbe(browser, server.origin, { viewport });
      await probe.page.goto(server.url + pagePath("en", page), { waitUntil: "load" });
      const figures = probe.page.locator(".ml-figure");
      const count = await figures.count();
      for (let k = 0; k < count; k++) {
        const figure = figures.nth(k);
        await figure.scrollIntoViewIfNeeded();
        await figure.evaluate(async (f) => {
          const island = f.closest<HTMLElement>(".ml-live");
          for (let i = 0; island && island.dataset.live !== "ready" && i < 200; i++) {
            await new Promise((done) => setTimeout(done, 25));
          }
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        });
      }
      const sizes = [...(await textSizes(probe.page, true)), ...(await textSizes(probe.page, false))];
      await probe.context.close();
      expect(probe.errors).toEqual([]);
      expect(sizes.length).toBeGreaterThan(count / 2);
      expect(sizes.filter((s) => s.px < least).map((s) => `${s.id}: ${s.px.toFixed(1)} px`)).toEqual([]);
    },
  );
});

describe("a figure waking on a phone keeps the build's phone drawing where it fits (src/live/fit.ts)", () => {
  /** The playground's two panels once awake at `width`: what they show and how many layers were plotted. */
  async function playgroundAt(width: number) {
    const probe = await openProbe(browser, server.origin, { viewport: { width, height: 800 } });
    await probe.page.goto(server.url + pagePath("en", "playground"), { waitUntil: "load" });
    await probe.page.locator("ml-playground[data-live='ready']").waitFor();
    const panels = await probe.page.locator("ml-playground [data-panel]").evaluateAll((all) =>
      all.map((panel) => ({
        column: panel.getBoundingClientRect().width,
        plots: Number(panel.getAttribute("data-plots") ?? 0),
        viewBox: panel.querySelector(":scope > svg:not(.ml-overlay)")?.getAttribute("viewBox") ?? "",
        drawings: panel.querySelectorAll(":scope > svg:not(.ml-overlay)").length,
        marks: panel.querySelectorAll(":scope > svg.ml-overlay circle, :scope > svg.ml-overlay path").length,
      })),
    );
    await probe.context.close();
    expect(probe.errors).toEqual([]);
    expect(panels.length).toBe(2);
    return panels;
  }

  it.each([
    [390, 358],
    [412, 380],
  ])(
    "%i px (a %i px column, the phone drawing 358 px wide): only the live marks are plotted",
    async (width, column) => {
      for (const p of await playgroundAt(width)) {
        expect(p.column).toBeCloseTo(column, 0);
        expect(p.viewBox.startsWith("0 0 358 "), p.viewBox).toBe(true);
        expect(p.drawings).toBe(1);
        expect(p.plots).toBe(1);
        expect(p.marks).toBeGreaterThan(0);
      }
    },
  );

  it("360 px (a 328 px column, where its 11 px text would shrink): drawn again at the column's width", async () => {
    for (const p of await playgroundAt(360)) {
      expect(p.column).toBeCloseTo(328, 0);
      expect(p.viewBox.startsWith("0 0 328 "), p.viewBox).toBe(true);
      expect(p.drawings).toBe(1);
      expect(p.plots).toBeGreaterThanOrEqual(2);
    }
  });
});
