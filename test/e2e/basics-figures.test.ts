/**
 * The live figures of the basics page in Chromium (effective weights, noisy gradients, the annotated
 * momentum update): they wake in view, sliders move by keyboard and the readouts show the core's
 * values, settings go through the URL (garbage is clamped with a notice), equation terms highlight
 * their figure element, and without JavaScript everything is still there.
 */

import {
  bookObjective,
  effectiveWeightSum,
  gd,
  iterateSpread,
  momentum,
  partialWeightSum,
  run,
} from "momentum-live/core";
import type { Browser, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { noiseBook, noiseView } from "../../src/figures/noise/model.ts";
import { stepVectors } from "../../src/figures/step/model.ts";
import { show, showPointFixed, showSig } from "../../src/i18n/format.ts";
import { strings } from "../../src/i18n/strings.ts";
import { basicsStrings } from "../../src/i18n/views.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { axeSource, axeViolations } from "./axe.ts";
import { finish, openFigure } from "./basics-probe.ts";
import { inlineDrawings } from "./drawings.ts";
import { holdKey } from "./keys.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const basics = pagePath("en", "basics");

const open = (tag: string, query = "", path = basics) => openFigure({ browser, server }, path, tag, query);

const readout = (live: Locator, i: number) => live.locator("[data-readouts] dd").nth(i).textContent();

describe("effective weights, live", () => {
  it("β moves with the keyboard; sums and caption are the core's", async () => {
    const probe = await open("ml-weights");
    await probe.live.locator("[data-control='beta']").focus();
    await probe.page.keyboard.press("ArrowRight");
    await probe.page.keyboard.press("ArrowRight");
    await expect.poll(() => readout(probe.live, 0)).toBe(show(partialWeightSum(0.92, 40), 3));
    expect(await readout(probe.live, 1)).toBe(show(effectiveWeightSum(0.92), 3));
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain("β = 0.92, τ = 0…39");
    expect(await probe.live.locator("[data-number='beta']").inputValue()).toBe("0.92");
    expect(await probe.live.locator("svg[role='img']").count()).toBe(1);
    // one stem and one dot per weight, τ = 0…39, re-plotted over the build's axes
    expect(await probe.live.locator(".ml-overlay g.ml-runs[data-mark='rule'] line").count()).toBe(40);
    expect(await probe.live.locator(".ml-overlay g.ml-runs[data-mark='dot'] circle").count()).toBe(40);
    const stemTop = () =>
      probe.live.locator(".ml-overlay g.ml-runs[data-mark='rule'] line").nth(1).getAttribute("y2");
    const second = Number(await stemTop());
    await probe.live.locator("button[data-preset='beta:0.6']").click();
    await expect.poll(() => readout(probe.live, 1)).toBe(show(effectiveWeightSum(0.6), 3));
    // β^1 fell from 0.92 to 0.6: the stem at τ = 1 is shorter (its top lower on the screen)
    expect(Number(await stemTop())).toBeGreaterThan(second);
    await expect.poll(() => probe.page.url()).toContain("fig-weights-live=beta:0.6,n:39");
    await finish(probe);
  });

  it("a link sets β and N; garbage is clamped with a notice", async () => {
    const probe = await open("ml-weights", "?fig-weights-live=beta:0.5,n:10");
    expect(await readout(probe.live, 0)).toBe(show(partialWeightSum(0.5, 11), 3));
    // The first readout's label names the window it sums over.
    expect(await probe.live.locator("[data-readouts] dt").first().textContent()).toContain("τ = 0…10");
    expect(await probe.live.locator("[data-notice]").isVisible()).toBe(false);
    // Reset returns to the link's settings, as on every figure (the book's β are the presets).
    await probe.live.locator("button[data-preset='beta:0.9']").click();
    await expect.poll(() => probe.live.locator("[data-number='beta']").inputValue()).toBe("0.9");
    await probe.live.locator("[data-preset='reset']").click();
    await expect.poll(() => probe.live.locator("[data-number='beta']").inputValue()).toBe("0.5");
    expect(await probe.live.locator("[data-number='n']").inputValue()).toBe("10");
    await probe.context.close();

    const bad = await open("ml-weights", "?fig-weights-live=beta:7,n:abc,zz");
    expect(await bad.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await bad.live.locator("[data-number='beta']").inputValue()).toBe("0.99");
    expect(await bad.live.locator("[data-number='n']").inputValue()).toBe("39");
    expect(await readout(bad.live, 1)).toBe(show(effectiveWeightSum(0.99), 3));
    await finish(bad);
  });
});

describe("noisy gradients", () => {
  it("σ moves with the keyboard; the spreads are the core's over 64 seeds; re-roll changes the seed", async () => {
    const probe = await open("ml-noise");
    // The spreads' heading is set like the readouts under it.
    const size = (selector: string) =>
      probe.live
        .locator(selector)
        .first()
        .evaluate((node) => getComputedStyle(node).fontSize);
    expect(await size("[data-spread-head]")).toBe(await size("[data-readouts] > li"));
    await probe.live.locator("[data-control='sigma']").focus();
    await probe.page.keyboard.press("ArrowRight");
    const v = { ...noiseBook, sigma: 1.1 };
    const lines = noiseView(v, basicsStrings(strings("en"))).lines;
    await expect.poll(() => probe.live.locator("[data-readout]").nth(0).textContent()).toBe(lines[0][1]);
    expect(await probe.live.locator("[data-readout]").nth(1).textContent()).toBe(lines[1][1]);
    const direct = iterateSpread(bookObjective, momentum({ eta: 0.2, beta: 0.5 }), {
      start: [-5, -2],
      steps: 100,
      sigma: 1.1,
      seed: 1,
      runs: 64,
    });
    expect(lines[1][1]).toContain(`rms ${showSig(direct.rms)}`);
    const sgd = iterateSpread(bookObjective, gd({ eta: 0.4 }), {
      start: [-5, -2],
      steps: 100,
      sigma: 1.1,
      seed: 1,
      runs: 64,
    });
    expect(lines[0][1]).toContain(`rms ${showSig(sgd.rms)}`);
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain("σ = 1.1, seed 1");
    expect(await probe.live.locator("svg[role='img']").count()).toBe(1);
    // One run and one distance a method, re-plotted over each panel's base.
    for (const panel of ["runs", "distances"]) {
      expect(await probe.live.locator(`[data-panel='${panel}'] .ml-overlay g.ml-runs path`).count()).toBe(2);
    }
    const distances = probe.live.locator("[data-panel='distances'] .ml-overlay g.ml-runs path").first();
    const before = await distances.getAttribute("d");
    await probe.live.locator('[data-action="reroll"]').click();
    await expect.poll(() => probe.live.locator("[data-number='seed']").inputValue()).toBe("65");
    await expect.poll(() => distances.getAttribute("d")).not.toBe(before);
    await expect
      .poll(() => probe.page.url())
      .toContain("fig-noise=sigma:1.1,eta:0.2,beta:0.5,steps:100,seed:65");
    await finish(probe);
  });

  it("held down, σ draws drafts; once the input settles the spreads are the core's again (src/live/figure.ts drafts)", async () => {
    const probe = await open("ml-noise");
    const list = probe.live.locator("[data-readouts]");
    await probe.live.locator("[data-control='sigma']").focus();
    // Every value the spreads' busy mark takes while the key is held and after.
    await list.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { busy: string[] }).busy = seen;
      new MutationObserver(() => seen.push(el.getAttribute("aria-busy") ?? "")).observe(el, {
        attributeFilter: ["aria-busy"],
      });
    });
    // Keys faster than the input settles: the later ones are drafts (the spreads wait, busy).
    await holdKey(probe.page, "ArrowRight", 5);
    const lines = noiseView({ ...noiseBook, sigma: 1.5 }, basicsStrings(strings("en"))).lines;
    // Settled: drawn again in full, without another input.
    await expect.poll(() => list.getAttribute("aria-busy")).toBe("false");
    expect(await probe.page.evaluate(() => (window as unknown as { busy: string[] }).busy)).toContain("true");
    expect(await probe.live.locator("[data-readout]").nth(0).textContent()).toBe(lines[0][1]);
    expect(await probe.live.locator("[data-readout]").nth(1).textContent()).toBe(lines[1][1]);
    await finish(probe);
  });

  it("a link sets the run; garbage is clamped with a notice; a diverging SGD is reported, not drawn off the page", async () => {
    const probe = await open("ml-noise", "?fig-noise=sigma:0.5,eta:0.3,beta:0.5,steps:60,seed:3");
    const v = { sigma: 0.5, eta: 0.3, beta: 0.5, steps: 60, seed: 3 };
    const lines = noiseView(v, basicsStrings(strings("en"))).lines;
    expect(lines[0][1]).toContain("diverged"); // SGD at η = 0.6 > 2/λ₂
    expect(await probe.live.locator("[data-readout]").nth(0).textContent()).toBe(lines[0][1]);
    expect(await probe.live.locator("[data-readout]").nth(1).textContent()).toBe(lines[1][1]);
    expect(await probe.live.locator("[data-notice]").isVisible()).toBe(false);
    await finish(probe);

    const bad = await open("ml-noise", "?fig-noise=sigma:-3,eta:x,steps:1e9,seed:2.5,what:1");
    expect(await bad.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await bad.live.getAttribute("data-state")).toBe("sigma:0,eta:0.2,beta:0.5,steps:200,seed:3");
    await finish(bad);
  });
});

describe("the momentum update, term by term", () => {
  it("focusing or hovering a term highlights its element in the figure and its description", async () => {
    const probe = await open("ml-step");
    const terms = probe.live.locator(".ml-eq [data-term]");
    expect(await terms.count()).toBe(6);
    // Tab from the first term through the others; each one lights up its own mark
    await terms.first().focus();
    for (const name of ["v", "betav", "g", "x", "xprev", "step"]) {
      await expect.poll(() => probe.live.getAttribute("data-active")).toBe(name);
      const description = await probe.live.locator(`#${await focusedDescription(probe.live)}`).textContent();
      expect(description?.length ?? 0).toBeGreaterThan(10);
      const opacity = (selector: string) =>
        probe.live
          .locator(selector)
          .first()
          .evaluate((e) => Number(getComputedStyle(e).opacity));
      const other = name === "g" ? "v" : "g";
      await expect.poll(() => opacity(`.figure-plot .ml-term-${other}`)).toBe(0.25); // after the fade
      await expect.poll(() => opacity(`.figure-plot .ml-term-${name}`)).toBe(1); // faded back in
      await probe.page.keyboard.press("Tab");
    }
    await probe.live.locator(".ml-eq [data-term='g']").hover();
    await expect.poll(() => probe.live.getAttribute("data-active")).toBe("g");
    await probe.page.mouse.move(0, 0);
    await expect.poll(() => probe.live.getAttribute("data-active")).toBeNull();
    await finish(probe);
  });

  it("a step shown again, or drawn ahead, is the drawing kept, not plotted again (src/live/plot.ts liveKey, ahead)", async () => {
    const probe = await open("ml-step");
    const plot = probe.live.locator(".figure-plot");
    const plots = async () => Number((await plot.getAttribute("data-plots")) ?? 0);
    const ahead = async () => Number((await plot.getAttribute("data-plots-ahead")) ?? 0);
    const drawing = () => plot.evaluate((el) => Array.from(el.querySelectorAll("svg"), (s) => s.innerHTML));
    const slider = probe.live.locator("[data-control='t']");
    await slider.focus();
    const shown: string[][] = [];
    const woke = await plots(); // t = 3's live marks (and its base, when drawn at another size than the build's)
    // t = 4 is plotted (base and live marks); then, in the background, 5 and 6 are drawn ahead (and
    // 3's base, if the build's is still the one it has); then 3, 4 and 3 again: kept.
    const press = async (key: string, t: number) => {
      await probe.page.keyboard.press(key);
      await expect.poll(() => probe.live.getAttribute("data-state")).toBe(`t:${t}`);
      // Past the frame that drew it, and the drawings ahead after it.
      await probe.page.waitForTimeout(250);
    };
    for (const [key, t] of [
      ["ArrowRight", 4],
      ["ArrowLeft", 3],
      ["ArrowRight", 4],
      ["ArrowLeft", 3],
    ] as const) {
      await press(key, t);
      shown.push(await drawing());
      if (shown.length === 1) {
        expect(await plots()).toBe(woke + 2);
        await expect.poll(ahead).toBeGreaterThanOrEqual(4);
      }
    }
    expect(await plots()).toBe(woke + 2);
    expect(shown[2]).toEqual(shown[0]);
    expect(shown[3]).toEqual(shown[1]);
    // t = 5 was drawn ahead after 3 → 4: shown, not plotted.
    await press("ArrowRight", 4);
    await press("ArrowRight", 5);
    expect(await plots()).toBe(woke + 2);
    await finish(probe);
  });

  it("the step slider moves by keyboard; readout and caption follow the core's run; URL round trip", async () => {
    const probe = await open("ml-step");
    await probe.live.locator("[data-control='t']").focus();
    await probe.page.keyboard.press("ArrowRight");
    const s = stepVectors(4);
    await expect
      .poll(() => probe.live.locator("[data-readout]").textContent())
      .toContain(`xₜ = ${showPointFixed(s.x)}`);
    const run4 = run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), { start: [-5, -2], steps: 4 });
    expect(s.x).toEqual(run4.points[4].x);
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain("step t = 4");
    await expect.poll(() => probe.page.url()).toContain("fig-momentum-step=t:4");
    await probe.page.goto(probe.page.url(), { waitUntil: "load" });
    await probe.page.locator("ml-step").scrollIntoViewIfNeeded();
    await probe.page.waitForSelector('ml-step[data-live="ready"]');
    expect(await probe.page.locator("ml-step [data-number='t']").inputValue()).toBe("4");
    expect(await probe.page.locator("ml-step [data-readout]").textContent()).toContain(showPointFixed(s.x));
    await finish(probe);

    const bad = await open("ml-step", "?fig-momentum-step=t:99");
    expect(await bad.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await bad.live.locator("[data-number='t']").inputValue()).toBe("20");
    await finish(bad);
  });
});

async function focusedDescription(live: Locator): Promise<string> {
  return live.evaluate(() => document.activeElement?.getAttribute("aria-describedby") ?? "");
}

describe("without JavaScript", () => {
  it("every figure is drawn with its caption, and the equation terms are there", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + basics, { waitUntil: "load" });
    await inlineDrawings(page);
    for (const tag of ["ml-weights", "ml-step", "ml-noise"]) {
      const svg = page.locator(`${tag} svg[role='img']`);
      expect(await svg.count(), tag).toBeGreaterThanOrEqual(1);
      expect((await svg.first().getAttribute("aria-label"))?.length ?? 0).toBeGreaterThan(10);
      expect((await page.locator(`${tag} [data-state-caption]`).textContent())?.length ?? 0).toBeGreaterThan(
        10,
      );
      expect(await page.locator(`${tag} .ml-controls`).isVisible()).toBe(false);
    }
    expect(await page.locator("ml-step .ml-eq [data-term]").count()).toBe(6);
    await page.goto(server.url + pagePath("en", "experiments"), { waitUntil: "load" });
    await inlineDrawings(page);
    expect(await page.locator("ml-own-data svg[role='img'] path").count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("the Chinese edition", () => {
  it("wakes the same figures with Chinese controls and captions", async () => {
    const probe = await open("ml-weights", "", pagePath("zh", "basics"));
    expect(await probe.live.locator("label[for='fig-weights-live-beta']").textContent()).toBe("动量 β");
    await probe.live.locator("[data-control='beta']").focus();
    await probe.page.keyboard.press("ArrowLeft");
    await expect
      .poll(() => probe.live.locator("[data-state-caption]").textContent())
      .toContain("当前显示：β = 0.89");
    await finish(probe);
    const data = await open("ml-own-data", "", pagePath("zh", "experiments"));
    expect(await data.live.locator('[data-action="train"]').textContent()).toBe("训练");
    expect(await data.live.locator(".ml-data-local").textContent()).toContain("从不上传");
    await finish(data);
  });
});

describe("accessibility of the awake figures", () => {
  it.skipIf(axeSource === null)(
    "no axe violations in light and dark mode, with a term highlighted",
    async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const probe = await openFigure({ browser, server }, basics, "ml-noise", "", { colorScheme });
        for (const tag of ["ml-weights", "ml-step"]) {
          await probe.page.locator(tag).scrollIntoViewIfNeeded();
          await probe.page.waitForSelector(`${tag}[data-live="ready"]`);
        }
        await probe.page.locator("ml-step [data-term='g']").focus();
        // One axe run over the three figures (a violation names its element): each run of axe
        // first walks the whole page, which on this page took longer than checking a figure.
        expect(await axeViolations(probe.page, "ml-weights, ml-noise, ml-step"), colorScheme).toEqual([]);
        await finish(probe);
        const data = await openFigure({ browser, server }, pagePath("en", "experiments"), "ml-own-data", "", {
          colorScheme,
        });
        expect(await axeViolations(data.page, "ml-own-data"), colorScheme).toEqual([]);
        await finish(data);
      }
    },
  );
});
