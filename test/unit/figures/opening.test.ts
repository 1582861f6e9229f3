/**
 * The landing page's opening figure (src/figures/opening): its readouts are the core's runs and
 * rates (at the book's η = 0.6 gradient descent diverges and momentum with β = 0.5 converges; at
 * 0.4 both converge), its caption states the setting in both languages, its link text round-trips
 * and garbage is clamped, and its drawing has both panels, side by side or stacked on a phone, in
 * the methods' colours, even when only its base is drawn (as the island redraws it on a phone).
 */
import { parseHTML } from "linkedom";
import { bookObjective, bookRuns, gd, gdRate, momentum, momentumRate, run } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { methodColour } from "../../../src/draw/theme.ts";
import { openingLayers, openingShapes } from "../../../src/figures/opening/figure.ts";
import {
  openingBeta,
  openingBook,
  openingPresets,
  openingRanges,
  openingView,
} from "../../../src/figures/opening/model.ts";
import { show, showValue } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { openingStrings } from "../../../src/i18n/views.ts";
import { numericSettings } from "../../../src/live/settings.ts";

const t = { en: openingStrings(strings("en")), zh: openingStrings(strings("zh")) };
const curvatures = [0.2, 4];
const start = [-5, -2];

/** The core's two runs at η, as the figure runs them (the book's start and 20 steps). */
function core(eta: number) {
  const options = { start, steps: 20 };
  return {
    gd: run(bookObjective, gd({ eta }), options),
    momentum: run(bookObjective, momentum({ eta, beta: 0.5 }), options),
  };
}
const lastF = (r: ReturnType<typeof run>) => showValue(r.points[r.points.length - 1].f);

describe("the opening figure's model", () => {
  it("is the book's setting: η = 0.6, β = 0.5, 20 steps from (−5, −2); η = 0.4 is a preset", () => {
    const book = bookRuns.find((r) => r.name === "momentum-0.6-0.5");
    expect(openingBook).toEqual({ eta: book?.eta });
    expect(openingBook.eta).toBe(0.6);
    expect(openingBeta).toBe(0.5);
    expect(openingPresets).toEqual([0.4]);
  });

  it("at η = 0.6 gradient descent diverges and momentum converges, as the core says", () => {
    const view = openingView(openingBook, t.en);
    const runs = core(0.6);
    expect(gdRate(0.6, curvatures)).toBeGreaterThan(1);
    expect(momentumRate(0.5, 0.6, curvatures)).toBeLessThan(1);
    expect(view.rates).toEqual([gdRate(0.6, curvatures), momentumRate(0.5, 0.6, curvatures)]);
    expect(view.runs.map((r) => r.points)).toEqual([runs.gd.points, runs.momentum.points]);
    expect(view.readouts).toEqual([
      `diverges: f(x₂₀) = ${lastF(runs.gd)}`,
      `converges: f(x₂₀) = ${lastF(runs.momentum)}`,
    ]);
    expect(openingView(openingBook, t.zh).readouts).toEqual([
      `发散：f(x₂₀) = ${lastF(runs.gd)}`,
      `收敛：f(x₂₀) = ${lastF(runs.momentum)}`,
    ]);
    expect(view.summary).toBe(
      `With η = 0.6, gradient descent ${view.readouts[0]}; momentum (β = 0.5) ${view.readouts[1]}.`,
    );
  });

  it("at η = 0.4 both converge (gradient descent slowly); at 0.5 it neither converges nor diverges; at 1 the core stops both runs", () => {
    const slow = openingView({ eta: 0.4 }, t.en);
    const runs = core(0.4);
    expect(slow.readouts).toEqual([
      `converges: f(x₂₀) = ${lastF(runs.gd)}`,
      `converges: f(x₂₀) = ${lastF(runs.momentum)}`,
    ]);
    // Gradient descent is still far from the minimum along x₁ after 20 steps; momentum is not.
    expect(runs.gd.points[20].f).toBeGreaterThan(100 * runs.momentum.points[20].f);
    expect(openingView({ eta: 0.5 }, t.en).readouts[0]).toBe(
      `does not converge: f(x₂₀) = ${lastF(core(0.5).gd)}`,
    );
    const far = core(1);
    expect(far.gd.diverged && far.momentum.diverged).toBe(true);
    expect(openingView({ eta: 1 }, t.en).readouts).toEqual([
      `diverges: the run stops at step ${far.gd.step}`,
      `diverges: the run stops at step ${far.momentum.step}`,
    ]);
  });

  it("titles each panel with its method and parameters, and its caption states the setting", () => {
    const view = openingView({ eta: 0.45 }, t.en);
    expect(view.options.titles).toEqual(["gradient descent, η = 0.45", "momentum, η = 0.45, β = 0.5"]);
    expect(openingView({ eta: 0.45 }, t.zh).options.titles).toEqual([
      "梯度下降，η = 0.45",
      "动量法，η = 0.45，β = 0.5",
    ]);
    expect(openingView(openingBook, t.en).caption).toEqual({
      text: "Shown: the same learning rate η = 0.6 in both panels, momentum β = 0.5; 20 steps from (−5, −2).",
      changed: false,
    });
    expect(view.caption.changed).toBe(true);
    expect(openingView(openingBook, t.zh).caption.text).toBe(
      "当前显示：两幅图的学习率均为 η = 0.6，动量 β = 0.5；从 (−5, −2) 出发，共 20 步。",
    );
  });

  it("reads its link: η on its slider's grid; garbage clamped or ignored, and said so", () => {
    const settings = numericSettings(openingRanges, openingBook);
    expect(settings.format({ eta: 0.4 })).toBe("eta:0.4");
    expect(settings.parse("eta:0.4", openingBook)).toEqual({ state: { eta: 0.4 }, adjusted: false });
    expect(settings.parse("eta:7", openingBook)).toEqual({ state: { eta: 1 }, adjusted: true });
    expect(settings.parse("eta:0.01,beta:0.9", openingBook)).toEqual({
      state: { eta: 0.05 },
      adjusted: true,
    });
    expect(settings.parse("eta:abc", openingBook)).toEqual({ state: openingBook, adjusted: true });
    expect(settings.parse("eta:0.403", openingBook).state.eta).toBe(0.4);
  });
});

describe("the opening figure's drawing", () => {
  const draw = (eta: number, size?: { width: number; height: number }, only?: "base") => {
    const layers = openingLayers(openingView({ eta }, t.en).options, size);
    const plot = only ? { ...layers, live: [] } : layers;
    return parseHTML(renderPlot(wholePlot(plot), "opening")).document;
  };
  /** The offset of the facet a run is drawn in. */
  const offset = (document: Document, method: string) =>
    document.querySelector(`.ml-run-${method}`)?.parentElement?.getAttribute("transform");

  it("draws both panels: each run in its method's colour, titles and readouts; side by side, or stacked on a phone", () => {
    for (const [size, across] of [
      [undefined, true],
      [openingShapes.phone, false],
    ] as const) {
      const document = draw(0.6, size);
      const view = openingView(openingBook, t.en);
      for (const method of ["gd", "momentum"] as const) {
        const line = document.querySelector(`.ml-run-${method}`);
        expect(line?.getAttribute("stroke")).toBe(methodColour(method));
        expect(document.querySelectorAll(`.ml-dots-${method} circle`).length).toBeGreaterThan(1);
      }
      const texts = Array.from(document.querySelectorAll("text")).map((n) => n.textContent);
      for (const words of [...view.options.titles, ...view.readouts]) expect(texts).toContain(words);
      expect(offset(document, "gd")).toBe("translate(0,0)");
      const [dx, dy] = (offset(document, "momentum") ?? "").match(/[\d.]+/g)?.map(Number) ?? [];
      expect(across ? dx > 250 && dy === 0 : dx === 0 && dy > 250).toBe(true);
    }
  });

  it("has its two panels in the base alone (the island redraws only the base on a phone)", () => {
    for (const size of [undefined, openingShapes.phone]) {
      const document = draw(0.6, size, "base");
      // One frame and one axis title a panel.
      expect(document.querySelectorAll('[data-mark="frame"] rect').length).toBe(2);
      expect(
        Array.from(document.querySelectorAll("text")).filter((n) => n.textContent === "x₁"),
      ).toHaveLength(2);
    }
  });

  it("cuts a diverging run at its first point outside the window (the η = 0.6 gradient descent)", () => {
    const document = draw(0.6);
    const gdRun = core(0.6).gd;
    const outside = gdRun.points.findIndex((p) => Math.abs(p.x[1]) > 3);
    expect(document.querySelectorAll(".ml-dots-gd circle")).toHaveLength(outside + 1);
    expect(document.querySelectorAll(".ml-dots-momentum circle")).toHaveLength(21);
    expect(show(openingBook.eta)).toBe("0.6");
  });
});
