/**
 * The theory page's live figures and the playground in Chromium: the region map and its trajectory
 * figure drive each other, the eigen panels follow each other's start point, the scalar readouts
 * are the core's rates, the playground's state survives a link and a garbage link gets a notice,
 * and without JavaScript every figure is still drawn.
 */
import {
  bookObjective,
  gdFactor,
  momentum,
  momentumRate,
  rosenbrock,
  run,
  spectralRadius,
} from "momentum-live/core";
import type { Browser, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { regionLayout } from "../../src/figures/region/figure.ts";
import { regionReadout } from "../../src/figures/region/model.ts";
import { scalarSeries } from "../../src/figures/scalar/figure.ts";
import { scalarText } from "../../src/figures/scalar/model.ts";
import { show, showValue } from "../../src/i18n/format.ts";
import { strings } from "../../src/i18n/strings.ts";
import { playgroundStrings, regionStrings, scalarStrings } from "../../src/i18n/views.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { openProbe, type PageProbe } from "./browser.ts";
import { inlineDrawings } from "./drawings.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const theory = pagePath("en", "theory");
const playground = pagePath("en", "playground");
const t = { region: regionStrings(strings("en")), scalar: scalarStrings(strings("en")) };

/** Opens `path` and wakes the islands `tags` (scrolled into view in turn). */
async function open(path: string, tags: string[], query = "") {
  const probe = await openProbe(browser, server.origin);
  await probe.page.goto(server.url + path + query, { waitUntil: "load" });
  const found: Record<string, Locator> = {};
  for (const tag of tags) {
    const live = probe.page.locator(tag).first();
    await live.scrollIntoViewIfNeeded();
    await expect.poll(() => live.getAttribute("data-live"), { timeout: 15_000 }).toBe("ready");
    found[tag] = live;
  }
  return { ...probe, found };
}

async function finish(probe: PageProbe): Promise<void> {
  await probe.page.waitForLoadState("networkidle");
  expect(probe.errors).toEqual([]);
  expect(probe.foreign).toEqual([]);
  await probe.context.close();
}

/** η and β from an element's data-state. */
async function etaBeta(live: Locator): Promise<{ eta: number; beta: number }> {
  const state = (await live.getAttribute("data-state")) ?? "";
  return {
    eta: Number(state.match(/eta:([^,]+)/)?.[1]),
    beta: Number(state.match(/beta:([^,]+)/)?.[1]),
  };
}

const lambdas = [0.2, 4];

describe("the convergence region and its trajectory figure", () => {
  it("a click on the map sets η and β of the trajectory figure; readouts are the core's", async () => {
    const probe = await open(theory, ["ml-region", "ml-trajectory"]);
    const region = probe.found["ml-region"];
    const trajectory = probe.page.locator("ml-trajectory:has(#fig-region-trajectory)");
    const svg = region.locator(".figure-plot svg:not(.ml-overlay)");
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error("no region svg");
    // Click at ηλ = 3.2, β = 0.3 (in the figure's own coordinates): the nearest point is λ = 4.
    const layout = regionLayout();
    const k = box.width / layout.width;
    // The book's setting: the caption's "changed" note is hidden until the reader moves.
    expect(await region.locator("[data-changed]").isVisible()).toBe(false);
    await probe.page.mouse.click(box.x + layout.x(3.2) * k, box.y + layout.y(0.3) * k);
    await expect.poll(async () => (await etaBeta(trajectory)).eta).not.toBe(0.6);
    const { eta, beta } = await etaBeta(trajectory);
    expect(eta).toBeCloseTo(3.2 / 4, 1);
    expect(beta).toBeCloseTo(0.3, 1);
    expect(await etaBeta(region)).toEqual({ eta, beta });
    expect(await region.locator("[data-changed]").isVisible()).toBe(true);
    // ηλ = 4η > 2 + 2β: the steep direction diverges, the map and the trajectory both say so.
    const readout = regionReadout(eta, beta, lambdas, t.region);
    expect(readout.rate).toBe(momentumRate(beta, eta, lambdas));
    await expect.poll(() => region.locator("[data-readouts]").textContent()).toContain(readout.lines[1]);
    expect(await region.locator("[data-rate]").textContent()).toBe(readout.rateText);
    expect(readout.lines[1]).toContain(t.region.regimes.divergent);
    const expected = run(bookObjective, momentum({ eta, beta }), { start: [-5, -2], steps: 20 });
    await expect
      .poll(() => trajectory.locator("[data-readout]").first().textContent())
      .toContain(`f(xₜ) = ${showValue(expected.points[expected.points.length - 1].f)}`);
    await expect.poll(() => probe.page.url()).toContain(`fig-region-trajectory=`);
    // At ηλ = 1 the nearer point is λ = 0.2's, but it would need η = 5, past the range: the λ = 4
    // point goes there instead (η = 0.25), rather than the map jumping to η's limit.
    await probe.page.mouse.click(box.x + layout.x(0.2) * k, box.y + layout.y(0.5) * k);
    await expect.poll(async () => (await etaBeta(region)).eta).toBeCloseTo(1, 2);
    await probe.page.mouse.click(box.x + layout.x(1) * k, box.y + layout.y(0.5) * k);
    await expect.poll(async () => (await etaBeta(region)).eta).toBeCloseTo(0.25, 2);
    await finish(probe);
  });

  it("dragging a point and the arrow keys move η and β; the trajectory's sliders move the points back", async () => {
    const probe = await open(theory, ["ml-region", "ml-trajectory"]);
    const region = probe.found["ml-region"];
    const trajectory = probe.page.locator("ml-trajectory:has(#fig-region-trajectory)");
    await trajectory.scrollIntoViewIfNeeded();
    await expect.poll(() => trajectory.getAttribute("data-live")).toBe("ready");
    await region.scrollIntoViewIfNeeded();
    const point = region.locator("[data-point='1']");
    const before = await point.getAttribute("transform");
    const box = await point.boundingBox();
    if (!box) throw new Error("no point");
    await probe.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await probe.page.mouse.down();
    await probe.page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 30, { steps: 5 });
    await probe.page.mouse.up();
    await expect.poll(async () => (await etaBeta(trajectory)).eta).toBeLessThan(0.6);
    const dragged = await etaBeta(trajectory);
    expect(dragged.beta).toBeLessThan(0.5);
    await expect.poll(() => point.getAttribute("transform")).not.toBe(before);
    expect(await trajectory.locator(`[data-number="eta"]`).inputValue()).toBe(String(dragged.eta));

    await point.focus();
    await probe.page.keyboard.press("ArrowUp");
    await expect.poll(async () => (await etaBeta(trajectory)).beta).toBeCloseTo(dragged.beta + 0.01, 5);

    // Back: the trajectory's η slider moves both points.
    await trajectory.locator(`[data-number="eta"]`).fill("0.45");
    await expect.poll(async () => (await etaBeta(region)).eta).toBe(0.45);
    const { beta } = await etaBeta(region);
    const readout = regionReadout(0.45, beta, lambdas, t.region);
    await expect.poll(() => region.locator("[data-state-caption]").textContent()).toBe(readout.caption);
    expect(readout.rhos[1]).toBe(spectralRadius(beta, 0.45, 4));
    await finish(probe);
  });
});

describe("the eigen-coordinates figure", () => {
  it("dragging the start in the z panel moves it in the x panel, and both runs change", async () => {
    const probe = await open(theory, ["ml-eigen"]);
    const eigen = probe.found["ml-eigen"];
    const xStart = eigen.locator('.ml-handle[data-side="x"]');
    const zStart = eigen.locator('.ml-handle[data-side="z"]');
    // Each panel's run: one group a facet, x first.
    const xPath = eigen.locator(".ml-eigen-run path").nth(0);
    const zPath = eigen.locator(".ml-eigen-run path").nth(1);
    const before = {
      x: await xStart.getAttribute("transform"),
      xPath: await xPath.getAttribute("d"),
      zPath: await zPath.getAttribute("d"),
      state: await eigen.getAttribute("data-state"),
    };
    const box = await zStart.boundingBox();
    if (!box) throw new Error("no start handle");
    await probe.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await probe.page.mouse.down();
    await probe.page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 - 25, { steps: 4 });
    await probe.page.mouse.up();
    await expect.poll(() => xStart.getAttribute("transform")).not.toBe(before.x);
    expect(await eigen.getAttribute("data-state")).not.toBe(before.state);
    // The z handle followed the pointer within its own panel (the second facet of the plot).
    const moved = await zStart.boundingBox();
    expect(Math.abs((moved?.x ?? 0) + (moved?.width ?? 0) / 2 - (box.x + box.width / 2 + 40))).toBeLessThan(
      2,
    );
    expect(Math.abs((moved?.y ?? 0) + (moved?.height ?? 0) / 2 - (box.y + box.height / 2 - 25))).toBeLessThan(
      2,
    );
    expect(await xPath.getAttribute("d")).not.toBe(before.xPath);
    expect(await zPath.getAttribute("d")).not.toBe(before.zPath);
    // And the keyboard, in the x panel: the start moves right by 0.1.
    const x1 = Number((await eigen.getAttribute("data-state"))?.match(/x1:([^,]+)/)?.[1]);
    await xStart.focus();
    await probe.page.keyboard.press("ArrowRight");
    await expect
      .poll(async () => Number((await eigen.getAttribute("data-state"))?.match(/x1:([^,]+)/)?.[1]))
      .toBeCloseTo(x1 + 0.1, 5);
    await finish(probe);
  });
});

describe("the scalar figure", () => {
  it("the λ slider changes the readouts to the core's factor and spectral radius", async () => {
    const probe = await open(theory, ["ml-scalar"]);
    const scalar = probe.found["ml-scalar"];
    // The live curves, re-plotted over the build's axes (one path each, momentum's among them).
    const momentumCurve = scalar.locator(".ml-overlay g.ml-runs[stroke='var(--ml-momentum)'] path");
    const before = await momentumCurve.getAttribute("d");
    const changed = scalar.locator("[data-changed]");
    expect(await changed.isVisible()).toBe(false);
    await probe.page.locator("#fig-scalar-rates-lambda").focus();
    await probe.page.keyboard.press("ArrowLeft"); // λ: 4 → 3.95
    const v = { lambda: 3.95, eta: 0.6, beta: 0.5, steps: 40 };
    const text = scalarText(v, t.scalar, t.region.regimes, scalarSeries(v.lambda, v.eta, v.beta).ends);
    await expect.poll(() => scalar.locator("[data-line='0']").textContent()).toBe(text.lines[0]);
    expect(await scalar.locator("[data-line='1']").textContent()).toBe(text.lines[1]);
    expect(text.lines[0]).toContain(show(gdFactor(0.6, 3.95), 4));
    expect(text.lines[1]).toContain(show(spectralRadius(0.5, 0.6, 3.95), 4));
    expect(await scalar.locator("[data-state-caption]").textContent()).toContain("λ = 3.95");
    expect(await changed.textContent()).toBe(t.scalar.changed);
    expect(await changed.isVisible()).toBe(true);
    expect(await scalar.locator(".ml-overlay g.ml-runs path").count()).toBe(3);
    expect(await momentumCurve.getAttribute("d")).not.toBe(before);
    await expect.poll(() => probe.page.url()).toContain("fig-scalar-rates=lambda:3.95,eta:0.6,beta:0.5");
    // More steps: the x axis reaches them, and the readout is the core's |x_T| after that many.
    await scalar.locator('[data-number="steps"]').fill("120");
    const longer = scalarText(
      { ...v, steps: 120 },
      t.scalar,
      t.region.regimes,
      scalarSeries(3.95, 0.6, 0.5, 120).ends,
    );
    await expect.poll(() => scalar.locator("[data-state-caption]").textContent()).toBe(longer.caption);
    expect(await scalar.locator(".figure-plot svg text").allTextContents()).toContain("120");
    // Back to the book's setting: the note goes (and the caption keeps its place).
    await scalar.locator('[data-preset="book"]').click();
    await expect.poll(() => changed.isVisible()).toBe(false);
    await finish(probe);
  });
});

describe("the playground", () => {
  it("its whole state survives a link", async () => {
    const probe = await open(playground, ["ml-playground"]);
    const pg = probe.found["ml-playground"];
    await pg.locator('[data-select="obj"]').selectOption("1");
    await pg.locator('[data-flag="gd"]').uncheck();
    await pg.locator('[data-number="momEta"]').fill("0.004");
    await pg.locator('[data-number="steps"]').fill("120");
    await expect.poll(() => probe.page.url()).toContain("steps:120");
    await expect.poll(() => probe.page.url()).toContain("momEta:0.004");
    const state = await pg.getAttribute("data-state");
    const readouts = await pg.locator("[data-readouts]").textContent();
    const caption = await pg.locator("[data-state-caption]").textContent();
    expect(state).toContain("obj:1,");
    expect(state).toContain("gd:0,");
    // The momentum readout is the core's run on the Rosenbrock function.
    const b = Number(state?.match(/,b:([^,]+)/)?.[1]);
    const expected = run(rosenbrock({ a: 1, b }), momentum({ eta: 0.004, beta: 0.9 }), {
      start: [-1.5, 2],
      steps: 120,
    });
    expect(readouts).toContain(`f(xₜ) = ${expected.points[120].f.toPrecision(3).replace("-", "−")}`);

    const reload = await openProbe(browser, server.origin);
    await reload.page.goto(probe.page.url(), { waitUntil: "load" });
    const again = reload.page.locator("ml-playground");
    await again.scrollIntoViewIfNeeded();
    await expect.poll(() => again.getAttribute("data-live")).toBe("ready");
    expect(await again.getAttribute("data-state")).toBe(state);
    expect(await again.locator("[data-readouts]").textContent()).toBe(readouts);
    expect(await again.locator("[data-readouts] li:not([hidden])").count()).toBe(2); // GD is off
    expect(await again.locator("[data-state-caption]").textContent()).toBe(caption);
    expect(await again.locator('[data-flag="gd"]').isChecked()).toBe(false);
    expect(await again.locator('[data-select="obj"]').inputValue()).toBe("1");
    expect(await again.locator("[data-notice]").isVisible()).toBe(false);
    // Opened from a link to a setting of the reader's, the caption says it is not the book's.
    expect(await again.locator("[data-changed]").isVisible()).toBe(true);
    await finish(reload);
    await finish(probe);
  });

  it("each readout and each method's checkbox carries its run's colour, also after a method is switched off", async () => {
    const probe = await open(playground, ["ml-playground"]);
    const pg = probe.found["ml-playground"];
    /** Per visible readout: its text's method and its key's colour; per method: its path's and checkbox's. */
    const colours = () =>
      pg.evaluate((el) => {
        const css = (e: Element | null, pseudo?: string) =>
          e ? getComputedStyle(e, pseudo)[pseudo ? "backgroundColor" : "stroke"] : null;
        return {
          lines: Array.from(el.querySelectorAll("[data-readouts] li:not([hidden])"), (li) => ({
            text: li.textContent ?? "",
            key: css(li, "::before"),
          })),
          paths: Object.fromEntries(
            ["gd", "momentum", "nesterov"].map((m) => [m, css(el.querySelector(`.ml-overlay .ml-run-${m}`))]),
          ),
          dots: Object.fromEntries(
            ["gd", "momentum", "nesterov"].map((m) => {
              const dots = el.querySelector(`.ml-overlay .ml-dots-${m}`);
              return [m, dots ? getComputedStyle(dots).fill : null];
            }),
          ),
          losses: Object.fromEntries(
            ["gd", "momentum", "nesterov"].map((m) => [
              m,
              css(el.querySelector(`.ml-overlay .ml-loss-${m}`)),
            ]),
          ),
          boxes: Array.from(
            el.querySelectorAll(".ml-check"),
            (label) => getComputedStyle(label.querySelector(".ml-swatch") as Element).backgroundColor,
          ),
          // Each method's one colour for the whole site (src/draw/theme.ts), as the page resolves it.
          own: Object.fromEntries(
            ["gd", "momentum", "nesterov"].map((m) => {
              const span = el.appendChild(document.createElement("span"));
              span.style.color = `var(--ml-${m})`;
              const colour = getComputedStyle(span).color;
              span.remove();
              return [m, colour];
            }),
          ),
        };
      });
    const check = async (methods: string[]) => {
      const c = await colours();
      expect(c.lines.map((l) => l.text.split(",")[0])).toEqual(
        methods.map((m) => ({ gd: "GD", momentum: "momentum", nesterov: "Nesterov" })[m]),
      );
      for (const [k, line] of c.lines.entries()) expect(line.key, line.text).toBe(c.paths[methods[k]]);
      expect(c.boxes).toEqual([c.own.gd, c.own.momentum, c.own.nesterov]);
      expect(new Set(Object.values(c.own)).size).toBe(3);
      // The paths (and so the keys) are the methods' colours of every other figure; a method
      // switched off has none.
      const drawn = (m: string) => (methods.includes(m) ? c.own[m] : null);
      for (const m of ["gd", "momentum", "nesterov"]) {
        expect(c.paths[m], m).toBe(drawn(m));
        expect(c.dots[m], m).toBe(drawn(m));
        expect(c.losses[m], m).toBe(drawn(m));
      }
    };
    await check(["gd", "momentum", "nesterov"]);
    await pg.locator('[data-flag="gd"]').uncheck();
    await expect.poll(() => pg.locator("[data-readouts] li:not([hidden])").count()).toBe(2);
    await check(["momentum", "nesterov"]);
    // In the other theme too.
    await probe.page.evaluate(() => {
      const root = document.documentElement;
      root.dataset.theme = root.dataset.theme === "light" ? "dark" : "light";
    });
    await check(["momentum", "nesterov"]);
    await finish(probe);
  });

  it("a garbage link is clamped or ignored with a notice, and nothing crashes", async () => {
    const probe = await open(
      playground,
      ["ml-playground"],
      "?fig-playground=obj:7,kappa:1e9,momEta:abc,steps:-5,x1:NaN,zz:1,<script>",
    );
    const pg = probe.found["ml-playground"];
    expect(await pg.locator("[data-notice]").isVisible()).toBe(true);
    const state = (await pg.getAttribute("data-state")) ?? "";
    expect(state).toContain("obj:1,"); // clamped
    expect(state).toContain("kappa:100,");
    expect(state).toContain("momEta:1,"); // unreadable: the default
    expect(state).toContain("steps:1,");
    expect(state).toContain("x1:-2.5,");
    expect(await pg.locator("[data-readouts] li").count()).toBe(3);
    await finish(probe);
  });

  it("the Chinese playground wakes with Chinese controls", async () => {
    const probe = await open(pagePath("zh", "playground"), ["ml-playground"]);
    expect(
      await probe.found["ml-playground"].locator('label[for="fig-playground-kappa"]').textContent(),
    ).toBe(playgroundStrings(strings("zh")).kappa);
    await finish(probe);
  });
});

describe("every theory figure", () => {
  it("wakes without errors in both languages, at 390 px wide too", async () => {
    for (const locale of ["en", "zh"] as const) {
      for (const page of ["theory", "playground"]) {
        const probe = await openProbe(browser, server.origin, { viewport: { width: 390, height: 800 } });
        await probe.page.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
        const figures = probe.page.locator("ml-region, ml-trajectory, ml-scalar, ml-eigen, ml-playground");
        const n = await figures.count();
        expect(n).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          await figures.nth(i).scrollIntoViewIfNeeded();
          await expect
            .poll(() => figures.nth(i).getAttribute("data-live"), { timeout: 15_000 })
            .toBe("ready");
          // Nothing sticks out of a phone's screen.
          const box = await figures.nth(i).boundingBox();
          expect(box?.width ?? 0).toBeLessThanOrEqual(390);
        }
        await finish(probe);
      }
    }
  });
});

describe("without JavaScript", () => {
  it("every figure of the theory page and the playground is drawn, in both languages", async () => {
    for (const locale of ["en", "zh"] as const) {
      for (const [page, count] of [
        ["theory", 5],
        ["playground", 1],
      ] as const) {
        const probe = await openProbe(browser, server.origin, { javaScriptEnabled: false });
        await probe.page.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
        await inlineDrawings(probe.page);
        const figures = await probe.page
          .locator("main .ml-figure")
          .evaluateAll((all) =>
            all.map(
              (f) =>
                f.querySelector(".figure-plot svg path") !== null && f.querySelector("[role=img]") !== null,
            ),
          );
        expect(figures.length, `${locale}/${page}`).toBeGreaterThanOrEqual(count);
        expect(figures.every(Boolean)).toBe(true);
        for (const tag of ["ml-region", "ml-scalar", "ml-eigen", "ml-playground", "ml-trajectory"]) {
          const live = probe.page.locator(tag);
          for (let i = 0; i < (await live.count()); i++) {
            expect(await live.nth(i).locator("svg[role=img] path").count()).toBeGreaterThan(2);
            expect(await live.nth(i).locator(".ml-controls").isVisible()).toBe(false);
          }
        }
        await finish(probe);
      }
    }
  });
});
