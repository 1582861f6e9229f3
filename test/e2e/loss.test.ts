/**
 * The live loss figure of the experiments page in Chromium: drawn without JavaScript; the keyboard
 * moves η and the readout shows the core's final loss; each of the book's settings gives the numbers
 * the page prints; the state survives a link and a garbage link gets the notice; a huge η reports
 * the divergence in words; the Chinese page works. No console errors, nothing from another origin.
 */
import type { Browser, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type LossValues, lossPresets, lossSpecs, lossView } from "../../src/figures/loss/model.ts";
import { strings } from "../../src/i18n/strings.ts";
import { lossStrings } from "../../src/i18n/views.ts";

const lossUi = (locale: "en" | "zh") => lossStrings(strings(locale));

import { defaults } from "../../src/live/settings.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { axeSource, axeViolations } from "./axe.ts";
import { finish, openFigure } from "./basics-probe.ts";
import { inlineDrawings } from "./drawings.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const experiments = pagePath("en", "experiments");
const t = lossUi("en");
const initial = defaults(lossSpecs);
const id = "fig-loss-live";

const open = (query = "", path = experiments) => openFigure({ browser, server }, path, "ml-loss", query);

/** The readout lines the model gives for `v` (what the figure must show). */
const expected = (v: LossValues, strings = t) => lossView(v, strings);

const line = (live: Locator, k: number) => live.locator(`[data-line='${k}']`).textContent();

describe("the live loss figure", () => {
  it("is drawn without JavaScript, with its readouts, and its controls hidden", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + experiments);
    await inlineDrawings(page);
    const live = page.locator("ml-loss");
    // The drawing shown (the build draws a phone's too, which CSS hides at this width).
    const shown = live.locator("svg[role='img']:visible");
    expect(await shown.locator(".ml-loss-line path").getAttribute("d")).toMatch(/^M[-\d.,L]+$/);
    expect(await shown.locator(".ml-loss-ghost path").count()).toBe(3);
    expect(await line(live, 0)).toBe(expected(initial).lines[0]);
    expect(await live.locator(".ml-controls").isVisible()).toBe(false);
    await context.close();
  });

  it("the keyboard moves η; the readout is the core's final loss for the new value; the URL follows", async () => {
    const probe = await open();
    const live = probe.live;
    const box = await live.locator(".figure-plot").boundingBox();
    await live.locator(`#${id}-eta`).focus();
    await probe.page.keyboard.press("ArrowRight"); // η: 0.02 → 0.021
    const v = { ...initial, eta: 0.021 };
    const want = expected(v);
    // The caption names the values, so it tells when the redraw happened (the loss may round alike).
    await expect.poll(() => live.locator("[data-state-caption]").textContent()).toBe(want.caption);
    expect(await line(live, 0)).toBe(want.lines[0]);
    expect(want.lines[0]).toContain(want.run.finalLoss?.toFixed(3));
    expect(Number(await live.getAttribute("data-final-loss"))).toBe(want.run.finalLoss);
    expect(await line(live, 1)).toBe(want.lines[1]);
    expect(await live.locator(`[data-number="eta"]`).inputValue()).toBe("0.021");
    await expect.poll(() => live.locator("[data-summary]").textContent()).toBe(want.summary);
    await expect.poll(() => probe.page.url()).toContain(`${id}=eta:0.021,beta:0.5,batch:10`);
    // Nothing jumps: the plot keeps its size when redrawn.
    expect(await live.locator(".figure-plot").boundingBox()).toEqual(box);
    await finish(probe);
  });

  it("each of the book's settings gives the final loss the page prints", async () => {
    const probe = await open("?fig-loss-live=eta:0.3,beta:0.2,batch:3,epochs:4,seed:9");
    const live = probe.live;
    const printed = probe.page.locator('.num[data-q="loss"]');
    for (const [k, p] of lossPresets.entries()) {
      await live.locator(`[data-preset="book${k}"]`).click();
      const want = expected({ ...p, compare: 1 });
      await expect.poll(() => live.locator("[data-state-caption]").textContent()).toBe(want.caption);
      expect(await line(live, 0)).toBe(want.lines[0]);
      // The k-th from-scratch <Num q="loss"> on the page is this setting's final loss.
      const page = printed.nth(k);
      expect(Number(await page.getAttribute("data-value"))).toBe(want.run.finalLoss);
      expect(await line(live, 0)).toContain(`Final loss ${await page.textContent()} `);
    }
    // Reset: back to the link's values.
    await live.locator('[data-preset="reset"]').click();
    await expect
      .poll(() => live.getAttribute("data-state"))
      .toBe("eta:0.3,beta:0.2,batch:3,epochs:4,seed:9,compare:1");
    await finish(probe);
  });

  it("a link restores the state; a garbage link is clamped with a visible notice", async () => {
    const v = { eta: 0.04, beta: 0.7, batch: 20, epochs: 3, seed: 5, compare: 0 };
    const good = await open("?fig-loss-live=eta:0.04,beta:0.7,batch:20,epochs:3,seed:5,compare:0");
    expect(await good.live.locator("[data-notice]").isHidden()).toBe(true);
    expect(await line(good.live, 0)).toBe(expected(v).lines[0]);
    expect(await good.live.locator("[data-compare]").isChecked()).toBe(false);
    expect(await good.live.locator(".ml-loss-ghost path").count()).toBe(0);
    expect(await good.live.locator(`[data-number="seed"]`).inputValue()).toBe("5");
    await finish(good);

    const bad = await open("?fig-loss-live=zzz,eta:1e9,beta:nope,batch:-3");
    expect(await bad.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await bad.live.getAttribute("data-state")).toBe(
      "eta:1,beta:0.5,batch:1,epochs:2,seed:0,compare:1",
    );
    await finish(bad);
  });

  it("a huge η reports the epoch at which the loss blew up, never NaN", async () => {
    const probe = await open();
    const live = probe.live;
    await live.locator(`[data-number="eta"]`).fill("0.9");
    await live.locator(`[data-number="beta"]`).fill("0.9");
    const want = expected({ ...initial, eta: 0.9, beta: 0.9 });
    expect(want.run.divergedAt).not.toBeNull();
    await expect.poll(() => live.locator("[data-state-caption]").textContent()).toBe(want.caption);
    expect(await line(live, 0)).toBe(want.lines[0]);
    expect(await line(live, 0)).toMatch(/^Diverged at epoch \d/);
    expect(await live.locator(".ml-loss-diverged line").count()).toBe(1);
    const text = await live.textContent();
    expect(text).not.toMatch(/NaN|Infinity/);
    // The checkbox switches the book's curves off and on.
    await live.locator("[data-compare]").uncheck();
    await expect.poll(() => live.locator(".ml-loss-ghost path").count()).toBe(0);
    await live.locator("[data-compare]").check();
    await expect.poll(() => live.locator(".ml-loss-ghost path").count()).toBe(3);
    await finish(probe);
  });

  it("works on the Chinese page, and passes axe when live", async () => {
    const tz = lossUi("zh");
    const probe = await open("", pagePath("zh", "experiments"));
    const live = probe.live;
    await live.locator(`#${id}-beta`).focus();
    await probe.page.keyboard.press("ArrowLeft"); // β: 0.5 → 0.49
    const want = expected({ ...initial, beta: 0.49 }, tz);
    await expect.poll(() => live.locator("[data-state-caption]").textContent()).toBe(want.caption);
    expect(await line(live, 0)).toBe(want.lines[0]);
    expect(want.lines[0]).toMatch(/^最终损失 /);
    expect(await live.locator("label", { hasText: tz.eta }).count()).toBe(1);
    if (axeSource) expect(await axeViolations(probe.page, "ml-loss")).toEqual([]);
    await finish(probe);
  });
});
