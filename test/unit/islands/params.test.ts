/**
 * Parameters of the theory figures and the playground: URL text round-trips, out-of-range values
 * are clamped and garbage ignored (with `adjusted`), presets are the core's optimal values, and
 * the text under each figure states what the core computes.
 */
import {
  momentumRate,
  optimalGd,
  optimalMomentum,
  optimalNesterov,
  spectralRadius,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { eigenScene } from "../../../src/figures/eigen/figure.ts";
import { eigenOptimal, eigenSpecs, eigenText } from "../../../src/figures/eigen/model.ts";
import { playgroundOptimal, playgroundSpecs } from "../../../src/figures/playground/model.ts";
import { regionReadout } from "../../../src/figures/region/model.ts";
import { scalarSeries } from "../../../src/figures/scalar/figure.ts";
import { scalarOptimal, scalarSpecs, scalarText } from "../../../src/figures/scalar/model.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { eigenStrings, regionStrings, scalarStrings } from "../../../src/i18n/views.ts";
import { clampValues, defaults, formatValues, parseValues } from "../../../src/live/settings.ts";

const ui = (locale: "en" | "zh") => ({
  region: regionStrings(strings(locale)),
  scalar: scalarStrings(strings(locale)),
  eigen: eigenStrings(strings(locale)),
});
const t = ui("en");

describe("figure parameters", () => {
  it("round-trip through their URL text", () => {
    const values = { ...defaults(playgroundSpecs), obj: 1, kappa: 37, momEta: 0.004, x1: -1.25 };
    const parsed = parseValues(
      formatValues(values, playgroundSpecs),
      defaults(playgroundSpecs),
      playgroundSpecs,
    );
    expect(parsed.values).toEqual(values);
    expect(parsed.adjusted).toBe(false);
  });

  it("clamp what is out of range and ignore what is unreadable or unknown, saying so", () => {
    const base = defaults(scalarSpecs);
    const parsed = parseValues("lambda:99,eta:abc,beta:-1,what:3,junk", base, scalarSpecs);
    expect(parsed.values).toEqual({ lambda: 5, eta: base.eta, beta: 0, steps: 40 });
    expect(parsed.adjusted).toBe(true);
    expect(parseValues("what:3", base, scalarSpecs)).toEqual({ values: base, adjusted: true });
    expect(parseValues("", base, scalarSpecs)).toEqual({ values: base, adjusted: false });
  });

  it("snap to the slider's grid, as the slider would (a value between two steps is adjusted)", () => {
    const pg = defaults(playgroundSpecs);
    expect(clampValues({ ...pg, steps: 12.6 }, playgroundSpecs).steps).toBe(13);
    expect(clampValues({ ...pg, momEta: 0.60049, momBeta: 0.456 }, playgroundSpecs)).toMatchObject({
      momEta: 0.6,
      momBeta: 0.46,
    });
    expect(parseValues("momEta:0.6004", pg, playgroundSpecs)).toEqual({
      values: { ...pg, momEta: 0.6 },
      adjusted: true,
    });
  });

  it("presets are the core's optimal parameters", () => {
    const polyak = optimalMomentum(0.1, 1);
    expect(eigenOptimal(defaults(eigenSpecs))).toMatchObject({ eta: polyak.eta, beta: polyak.beta });
    const pg = playgroundOptimal(defaults(playgroundSpecs));
    expect(pg.gdEta).toBe(optimalGd(0.1, 1).eta);
    expect(pg).toMatchObject({ momEta: polyak.eta, momBeta: polyak.beta });
    expect(pg).toMatchObject({ nesEta: optimalNesterov(0.1, 1).eta, nesBeta: optimalNesterov(0.1, 1).beta });
    // The sliders reach Polyak's η at the largest condition numbers (it tends to 4).
    expect(eigenSpecs.eta.max).toBeGreaterThanOrEqual(optimalMomentum(1 / eigenSpecs.kappa.max, 1).eta);
    expect(playgroundSpecs.momEta.max).toBeGreaterThanOrEqual(
      optimalMomentum(1 / playgroundSpecs.kappa.max, 1).eta,
    );
    const single = scalarOptimal({ lambda: 2, eta: 0.3, beta: 0.9, steps: 40 });
    expect(single.eta).toBeCloseTo(0.5, 12); // η = 1/λ, β = 0: the minimum in one step
    expect(single.beta).toBeCloseTo(0, 12);
  });
});

describe("figure text", () => {
  it("the region readout gives each direction's ρ and the overall rate", () => {
    const r = regionReadout(0.6, 0.25, [0.2, 4], t.region);
    expect(r.rhos).toEqual([spectralRadius(0.25, 0.6, 0.2), spectralRadius(0.25, 0.6, 4)]);
    expect(r.rate).toBe(momentumRate(0.25, 0.6, [0.2, 4]));
    expect(r.regimes).toEqual(["monotone", "oscillating"]);
    expect(r.caption).toContain("η = 0.6, β = 0.25");
    expect(r.caption).toContain("ηλ = 0.12, 2.4");
  });

  it("the scalar readouts say whether each method converges", () => {
    const v = { lambda: 4, eta: 0.6, beta: 0.5, steps: 40 };
    const text = scalarText(v, t.scalar, t.region.regimes, scalarSeries(4, 0.6, 0.5).ends);
    expect(text.lines[0]).toBe("GD: 1 − ηλ = −1.4, |1 − ηλ| = 1.4, diverges");
    expect(text.lines[1]).toBe(
      `momentum: ρ = ${spectralRadius(0.5, 0.6, 4).toFixed(4)}, rippling, converges`,
    );
    expect(text.caption).toContain("λ = 4, η = 0.6, β = 0.5 (ηλ = 2.4)");
  });

  it("Chinese captions and summaries use full-width punctuation between their parts", () => {
    const zh = ui("zh");
    const r = regionReadout(0.6, 0.25, [0.2, 4], zh.region);
    expect(r.caption).toContain("ηλ = 0.12，2.4");
    expect(r.summary).toContain("单调；λ = 4");
    const v = defaults(eigenSpecs);
    const e = eigenText(v, eigenScene(v), zh.eigen, zh.region);
    // Coordinates keep the math notation (x₁, x₂); only the sentence's own separators change.
    for (const text of [r.caption, r.summary, e.caption, e.summary]) {
      expect(text.replace(/\([^()]*\)/g, "")).not.toMatch(/[,;:] |\. /);
    }
    expect(e.summary).toMatch(/。$/);
    // The number of steps is the reader's, and counted in words.
    const one = { ...v, steps: 1 };
    const en = eigenText(one, eigenScene(one), t.eigen, t.region);
    expect(en.caption).toContain("; 1 step.");
    expect(eigenScene(one).z).toHaveLength(2);
  });
});
