import {
  effectiveStep,
  effectiveWeightBetas,
  effectiveWeightSum,
  effectiveWeights,
  eigenvalues,
  gdConverges,
  gdFactor,
  gdRate,
  matrixEigenvalues,
  momentumMatrix,
  momentumRate,
  momentumStabilityBound,
  nesterovSpectralRadius,
  optimalFor,
  optimalGd,
  optimalMomentum,
  optimalNesterov,
  partialWeightSum,
  regime,
  ripplingBounds,
  scalarFigure,
  spectralRadius,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";

describe("R(β, η, λ) (E12)", () => {
  it("is [[β, λ], [−ηβ, 1 − ηλ]]", () => {
    expect(momentumMatrix(0.5, 0.6, 4)).toEqual([
      [0.5, 4],
      [-0.3, 1 - 0.6 * 4],
    ]);
  });

  it("reproduces the spec's spectral radii for the book's runs", () => {
    expect(spectralRadius(0.5, 0.6, 0.2)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(spectralRadius(0.5, 0.6, 4)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(spectralRadius(0.25, 0.6, 0.2)).toBeCloseTo(0.828106, 6);
    expect(spectralRadius(0.25, 0.6, 4)).toBeCloseTo(0.858945, 6);
    expect(spectralRadius(0, 0.6, 4)).toBeCloseTo(1.4, 12);
    expect(eigenvalues(0.5, 0.6, 4)[0].im).toBeGreaterThan(0);
  });

  it("agrees with the generic 2×2 eigenvalue routine", () => {
    for (const [beta, eta, lambda] of [
      [0.9, 0.1, 3],
      [0.2, 1, 0.5],
      [0, 0.5, 1],
      [0.5, 0.6, 4],
    ]) {
      const a = eigenvalues(beta, eta, lambda);
      const b = matrixEigenvalues(momentumMatrix(beta, eta, lambda));
      a.forEach((mu, i) => {
        expect(mu.re).toBeCloseTo(b[i].re, 12);
        expect(mu.im).toBeCloseTo(b[i].im, 12);
      });
    }
  });
});

describe("regimes of (ηλ, β)", () => {
  it.each([
    [0.12, 0.5, "rippling"], // the book's x1 at (η, β) = (0.6, 0.5)
    [2.4, 0.5, "rippling"],
    [0.5, 0, "monotone"],
    [1, 0, "monotone"], // GD's one-step optimum: both eigenvalues 0
    [1.5, 0, "oscillating"],
    [0.01, 0.9, "rippling"], // real only below (1 − √0.9)² ≈ 0.0026
    [0.002, 0.9, "monotone"],
    [3.595, 0.8, "oscillating"], // between (1 + √0.8)² ≈ 3.589 and 2 + 2β = 3.6
    [2, 0, "divergent"],
    [3, 0.5, "divergent"], // exactly on 2 + 2β
    [0, 0.5, "divergent"],
    [-0.1, 0.2, "divergent"],
  ] as const)("ηλ = %s, β = %s is %s", (etaLambda, beta, expected) => {
    expect(regime(etaLambda, beta)).toBe(expected);
  });

  it("critical damping (1 + β − ηλ)² = 4β counts as monotone", () => {
    const beta = 0.25; // √β = 0.5, so ηλ = (1 − √β)² = 0.25 gives trace 1 = 2√β
    expect(regime(0.25, beta)).toBe("monotone");
    expect(regime(2.25, beta)).toBe("oscillating"); // (1 + √β)²
  });
});

describe("the rippling band's edges", () => {
  it.each([0, 0.04, 0.25, 0.5, 0.81, 0.99])("β = %s: complex eigenvalues exactly between them", (beta) => {
    const [lo, hi] = ripplingBounds(beta);
    expect(lo).toBeLessThanOrEqual(1);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(hi).toBeLessThanOrEqual(momentumStabilityBound(beta));
    if (beta > 0) {
      expect(regime(lo * 0.999, beta)).toBe("monotone");
      expect(regime(lo * 1.001, beta)).toBe("rippling");
      expect(regime(hi * 0.999, beta)).toBe("rippling");
      expect(regime(Math.min(hi * 1.001, momentumStabilityBound(beta) - 1e-9), beta)).toBe("oscillating");
    } else expect([lo, hi]).toEqual([1, 1]); // gradient descent: real, 1 − ηλ
  });
});

describe("gradient descent on λ/2·x² (E11)", () => {
  it("factor 1 − ηλ and the scalar figure's values at t = 19", () => {
    const { eta, lambdas } = scalarFigure;
    const at19 = lambdas.map((lambda) => gdFactor(eta, lambda) ** 19);
    expect(at19[0]).toBeCloseTo(0.826, 3);
    expect(at19[1]).toBeCloseTo(0.135, 3);
    expect(at19[2]).toBe(0);
    expect(at19[3]).toBeCloseTo(-0.135, 3);
  });

  it("converges iff 0 < ηλ < 2", () => {
    expect(gdConverges(0.1, 19)).toBe(true);
    expect(gdConverges(0.1, 20)).toBe(false);
    expect(gdConverges(0.6, 4)).toBe(false);
    expect(gdConverges(0.1, -1)).toBe(false);
    expect(gdRate(0.4, [0.2, 4])).toBeCloseTo(0.92, 12);
  });
});

describe("effective sample weights (E3)", () => {
  it("β^τ with 0⁰ = 1, and the spec's values", () => {
    expect(effectiveWeights(0, 3)).toEqual([1, 0, 0]);
    const [w95, w90, w60] = effectiveWeightBetas.map((beta) => effectiveWeights(beta, 40)[39]);
    expect(w95).toBeCloseTo(0.1353, 4);
    expect(w90).toBeCloseTo(0.01642, 5);
    expect(w60).toBeCloseTo(2.2e-9, 10);
    expect(partialWeightSum(0.95, 40)).toBeCloseTo(17.43, 2);
    expect(partialWeightSum(0.9, 40)).toBeCloseTo(9.85, 2);
  });

  it("1/(1 − β) = 10 for β = 0.9, effective step η/(1 − β)", () => {
    expect(effectiveWeightSum(0.9)).toBeCloseTo(10, 12);
    expect(effectiveStep(0.005, 0.9)).toBeCloseTo(0.05, 12);
    expect(partialWeightSum(0.5, 0)).toBe(0);
  });
});

describe("optimal parameters for the book's spectrum λ ∈ {0.2, 4}", () => {
  it("heavy ball: κ = 20, rate (√20 − 1)/(√20 + 1)", () => {
    const { eta, beta, rate } = optimalMomentum(0.2, 4);
    const r = (Math.sqrt(20) - 1) / (Math.sqrt(20) + 1);
    expect(rate).toBeCloseTo(r, 12);
    expect(beta).toBeCloseTo(r * r, 12);
    expect(eta).toBeCloseTo(4 / (2 + Math.sqrt(0.2)) ** 2, 12);
    expect(momentumRate(beta, eta, [0.2, 1, 4])).toBeCloseTo(rate, 6);
  });

  it("gradient descent: η = 2/4.2, rate 19/21", () => {
    const { eta, rate, beta } = optimalGd(0.2, 4);
    expect(eta).toBeCloseTo(2 / 4.2, 12);
    expect(rate).toBeCloseTo(19 / 21, 12);
    expect(beta).toBe(0);
    expect(gdRate(eta, [0.2, 4])).toBeCloseTo(rate, 12);
  });

  it("Nesterov: rate 1 − 2/√61 over the whole spectrum, and no (η, β) does better", () => {
    const { eta, beta, rate } = optimalNesterov(0.2, 4);
    expect(eta).toBeCloseTo(4 / 12.2, 12);
    expect(rate).toBeCloseTo(1 - 2 / Math.sqrt(61), 12);
    const grid = Array.from({ length: 401 }, (_, k) => 0.2 + (3.8 * k) / 400);
    const worst = (b: number, e: number) => Math.max(...grid.map((l) => nesterovSpectralRadius(b, e, l)));
    expect(worst(beta, eta)).toBeCloseTo(rate, 6);
    let best = Number.POSITIVE_INFINITY;
    for (let e = 0.05; e <= 0.5; e += 0.005)
      for (let b = 0; b < 1; b += 0.01) best = Math.min(best, worst(b, e));
    expect(best).toBeGreaterThan(rate - 1e-9);
    // Polyak's heavy-ball values, which suit momentum, make Nesterov diverge here.
    const heavy = optimalMomentum(0.2, 4);
    expect(worst(heavy.beta, heavy.eta)).toBeGreaterThan(1);
  });

  it("optimalFor picks each method's optimum", () => {
    expect(optimalFor("gd", 0.2, 4)).toEqual(optimalGd(0.2, 4));
    expect(optimalFor("momentum", 0.2, 4)).toEqual(optimalMomentum(0.2, 4));
    expect(optimalFor("nesterov", 0.2, 4)).toEqual(optimalNesterov(0.2, 4));
  });

  it("κ = 1 makes one step enough", () => {
    for (const p of [optimalMomentum(2, 2), optimalGd(2, 2), optimalNesterov(2, 2)]) {
      expect(p.eta).toBeCloseTo(0.5, 15);
      expect(p.beta).toBe(0);
      expect(p.rate).toBe(0);
    }
  });
});
