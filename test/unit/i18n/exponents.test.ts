/** Exponents written `^x` in our strings are raised wherever they are shown: never a caret. */
import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { weightsLayers } from "../../../src/figures/weights/figure.ts";
import { weightsBook, weightsView } from "../../../src/figures/weights/model.ts";
import { exponentRuns } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { basicsStrings } from "../../../src/i18n/views.ts";

describe("exponents", () => {
  it("cut a text into plain and raised runs", () => {
    expect(exponentRuns("weight β^τ")).toEqual([
      ["weight β", false],
      ["τ", true],
    ]);
    expect(exponentRuns("Σ β^τ (τ = 0…39)")).toEqual([
      ["Σ β", false],
      ["τ", true],
      [" (τ = 0…39)", false],
    ]);
    expect(exponentRuns("(1 − ηλ)^t·x_0")).toEqual([
      ["(1 − ηλ)", false],
      ["t", true],
      ["·x_0", false],
    ]);
    expect(exponentRuns("no exponent")).toEqual([["no exponent", false]]);
  });

  for (const locale of ["en", "zh"] as const) {
    it(`are raised in the weights figure's axis label, not shown with a caret (${locale})`, () => {
      const t = basicsStrings(strings(locale));
      const svg = renderPlot(wholePlot(weightsLayers(weightsView(weightsBook, t).options)), t.weights.name);
      expect(t.weights.weight).toContain("^τ");
      expect(svg).toMatch(/<tspan[^>]*baseline-shift="super"[^>]*>τ<\/tspan>/);
      const texts = svg.match(/<text[^>]*>.*?<\/text>/gs) ?? [];
      expect(texts.join("")).not.toContain("^");
    });
  }

  it("are raised in any plot's text, a tick or a title alike", () => {
    const svg = renderPlot(
      { marks: [Plot.text([0], { x: 0, y: 0, text: () => "x^2 and e^t" })], x: { label: "a^b" } },
      "test",
    );
    expect(svg.match(/baseline-shift="super"/g)?.length).toBe(3);
    expect(svg).not.toMatch(/>[^<]*\^/);
  });
});
