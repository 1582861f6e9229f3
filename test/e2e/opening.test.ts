/**
 * The landing page's opening figure in Chromium, in both languages: without JavaScript both panels
 * are drawn with the core's readouts; the page opens with the figure, so its island is preloaded
 * and wakes without scrolling; η moves with the keyboard and both readouts and the caption follow
 * the core; a link reproduces a setting and a garbage link gets the notice; on a phone the panels
 * stack and nothing overflows sideways; no console errors, nothing from another origin.
 */
import type { Browser, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openingBook, openingView } from "../../src/figures/opening/model.ts";
import { strings } from "../../src/i18n/strings.ts";
import { openingStrings } from "../../src/i18n/views.ts";
import { type Locale, pagePath } from "../../src/site/chapter.ts";
import { finish } from "./basics-probe.ts";
import { openProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const locales: Locale[] = ["en", "zh"];
const key = "fig-opening";
const view = (locale: Locale, eta: number) => openingView({ eta }, openingStrings(strings(locale)));

/** Opens the landing page (at `width`, with `query`) and waits for the figure to wake, unscrolled. */
async function open(locale: Locale, query = "", width = 1280) {
  const probe = await openProbe(browser, server.origin, { viewport: { width, height: 900 } });
  await probe.page.goto(server.url + pagePath(locale, "index") + query, { waitUntil: "load" });
  const live = probe.page.locator("ml-opening");
  await expect.poll(() => live.getAttribute("data-live"), { timeout: 15_000 }).toBe("ready");
  return { ...probe, live };
}

/** The texts the live layer drew (titles and readouts), in the overlay over the build's base. */
const liveTexts = (live: Locator) => live.locator(".ml-overlay text").allTextContents();

describe.each(locales)("the opening figure (%s)", (locale) => {
  it("is complete without JavaScript: both panels, the core's readouts, the caption", async () => {
    const probe = await openProbe(browser, server.origin, { javaScriptEnabled: false });
    await probe.page.goto(server.url + pagePath(locale, "index"), { waitUntil: "load" });
    const figure = probe.page.locator(`ml-opening figure#${key}`);
    const drawing = figure.locator("svg[data-shape='wide']");
    await expect.poll(() => drawing.isVisible()).toBe(true);
    const book = view(locale, openingBook.eta);
    for (const method of ["gd", "momentum"]) {
      expect(await drawing.locator(`.ml-run-${method} path`).count()).toBe(1);
    }
    const texts = await drawing.locator("text").allTextContents();
    for (const words of [...book.options.titles, ...book.readouts]) expect(texts).toContain(words);
    expect(await figure.locator("[data-state-caption]").textContent()).toBe(book.caption.text);
    expect(await figure.locator("[data-changed]").isVisible()).toBe(false);
    // It comes before "What you will learn", after the introduction.
    const order = await probe.page.evaluate(() => {
      const fig = document.querySelector("ml-opening");
      const heading = document.getElementById("what-you-will-learn");
      return fig && heading ? fig.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await finish(probe);
  });

  it("wakes without scrolling (its island preloaded); η by keyboard moves both readouts and the caption to the core's", async () => {
    const probe = await open(locale);
    expect(
      await probe.page.locator("link[rel='modulepreload'][data-anchor][href*='/opening.']").count(),
    ).toBe(1);
    const slider = probe.live.locator("[data-control='eta']");
    await slider.focus();
    for (let k = 0; k < 20; k++) await probe.page.keyboard.press("ArrowLeft");
    await expect.poll(() => probe.live.locator("[data-number='eta']").inputValue()).toBe("0.4");
    const slow = view(locale, 0.4);
    await expect.poll(() => liveTexts(probe.live)).toEqual([...slow.options.titles, ...slow.readouts]);
    expect(await probe.live.locator("[data-state-caption]").textContent()).toBe(slow.caption.text);
    expect(await probe.live.locator("[data-changed]").isVisible()).toBe(true);
    // The drawing's description is of what it shows now, not of the book's setting the build drew.
    const described = probe.live.locator(".figure-plot svg[aria-description]");
    expect(await described.count()).toBeGreaterThan(0);
    for (const d of await described.all())
      expect(await d.getAttribute("aria-description")).toBe(slow.summary);
    await expect.poll(() => probe.page.url()).toContain(`${key}=eta:0.4`);
    // Up to 0.75: gradient descent diverges; momentum sits on its edge (ηλ = 3 = 2 + 2β) and no longer converges.
    await probe.live.locator("[data-number='eta']").fill("0.75");
    const edge = view(locale, 0.75);
    await expect.poll(() => liveTexts(probe.live)).toEqual([...edge.options.titles, ...edge.readouts]);
    // Book returns to η = 0.6: the divergence against the convergence.
    await probe.live.locator("[data-preset='book']").click();
    const book = view(locale, 0.6);
    await expect.poll(() => liveTexts(probe.live)).toEqual([...book.options.titles, ...book.readouts]);
    expect(await probe.live.locator("[data-changed]").isVisible()).toBe(false);
    // The live region says it once the input has settled.
    await expect.poll(() => probe.live.locator("[data-summary]").textContent()).toBe(book.summary);
    await finish(probe);
  });

  it("a link reproduces η; Reset returns to it; a garbage link shows the notice", async () => {
    const probe = await open(locale, `?${key}=eta:0.4`);
    const slow = view(locale, 0.4);
    expect(await probe.live.getAttribute("data-state")).toBe("eta:0.4");
    expect(await probe.live.locator("[data-number='eta']").inputValue()).toBe("0.4");
    expect(await liveTexts(probe.live)).toEqual([...slow.options.titles, ...slow.readouts]);
    expect(await probe.live.locator("[data-state-caption]").textContent()).toBe(slow.caption.text);
    expect(await probe.live.locator("[data-notice]").isVisible()).toBe(false);
    await probe.live.locator("[data-preset='book']").click();
    await expect.poll(() => probe.live.getAttribute("data-state")).toBe("eta:0.6");
    await probe.live.locator("[data-preset='reset']").click();
    await expect.poll(() => probe.live.getAttribute("data-state")).toBe("eta:0.4");
    await finish(probe);

    for (const [garbage, eta] of [
      ["eta:abc,zz", 0.6],
      ["eta:9", 1],
      ["%E0%A4%A", 0.6],
    ] as const) {
      const bad = await open(locale, `?${key}=${garbage}`);
      expect(await bad.live.locator("[data-notice]").isVisible()).toBe(true);
      expect(await bad.live.locator("[data-number='eta']").inputValue()).toBe(String(eta));
      const shown = view(locale, eta);
      expect(await liveTexts(bad.live)).toEqual([...shown.options.titles, ...shown.readouts]);
      await finish(bad);
    }
  });

  it("at 390 px the panels stack and nothing overflows sideways", async () => {
    const probe = await open(locale, "", 390);
    const svg = probe.live.locator(".figure-plot > svg:not(.ml-overlay)");
    // The momentum run is drawn under the gradient descent one, in the same column.
    const box = async (method: string) => {
      const b = await probe.live.locator(`.ml-overlay .ml-run-${method} path`).boundingBox();
      if (!b) throw new Error(`no ${method} run`);
      return b;
    };
    await expect.poll(async () => (await box("momentum")).y - (await box("gd")).y).toBeGreaterThan(200);
    expect(Math.abs((await box("momentum")).x - (await box("gd")).x)).toBeLessThan(30);
    const drawn = await svg.boundingBox();
    expect(drawn?.height ?? 0).toBeGreaterThan(drawn?.width ?? 0);
    const widths = await probe.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      figure: document.querySelector("ml-opening")?.getBoundingClientRect().right ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.figure).toBeLessThanOrEqual(390);
    // η still moves both readouts at this width.
    await probe.live.locator("[data-number='eta']").fill("0.4");
    const slow = view(locale, 0.4);
    await expect.poll(() => liveTexts(probe.live)).toEqual([...slow.options.titles, ...slow.readouts]);
    await finish(probe);
  });
});
