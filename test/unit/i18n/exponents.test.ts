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
      // Raised by dy (every browser honours it; baseline-shift is not honoured everywhere).
      expect(svg).toMatch(/<tspan[^>]*dy="-0.4em"[^>]*>τ<\/tspan>/);
      expect(svg).not.toContain("baseline-shift");
      const texts = svg.match(/<text[^>]*>.*?<\/text>/gs) ?? [];
      expect(texts.join("")).not.toContain("^");
    });
  }

  it("are never in a figure's accessible name (a screen reader would say 'caret')", () => {
    const names = (value: unknown, key = ""): string[] =>
      typeof value === "string"
        ? /name$/i.test(key)
          ? [value]
          : []
        : value && typeof value === "object"
          ? Object.entries(value).flatMap(([k, v]) => names(v, k))
          : [];
    for (const locale of ["en", "zh"] as const) {
      const all = names(strings(locale));
      expect(all.length).toBeGreaterThan(10);
      expect(all.filter((n) => n.includes("^"))).toEqual([]);
    }
  });

  it("are raised in any plot's text, a tick or a title alike", () => {
    const svg = renderPlot(
      { marks: [Plot.text([0], { x: 0, y: 0, text: () => "x^2 and e^t" })], x: { label: "a^b" } },
      "test",
    );
    expect(svg.match(/<tspan[^>]*dy="-0.4em"[^>]*>(2|t|b)<\/tspan>/g)?.length).toBe(3);
    // The text after an exponent is lowered back to the line: " and e" after "x²".
    expect(svg).toMatch(/<tspan[^>]*dy="0.3em"[^>]*> and e<\/tspan>/);
    expect(svg).not.toMatch(/>[^<]*\^/);
  });
});
