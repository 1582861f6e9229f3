/**
 * Property-based tests (fast-check) of the optimizers against the theory of §12.6.3.
 */
import fc from "fast-check";
import {
  bookObjective,
  diagonalQuadratic,
  effectiveWeightSum,
  effectiveWeights,
  eigenvalues,
  gd,
  gdFactor,
  momentum,
  momentumConverges,
  momentumMatrix,
  nesterov,
  nesterovConverges,
  nesterovMatrix,
  nesterovSpectralRadius,
  type Objective,
  optimalGd,
  optimalMomentum,
  partialWeightSum,
  quadratic,
  regime,
  rosenbrock,
  rotatedQuadratic,
  run,
  scalarQuadratic,
  spectralRadius,
  type Trajectory,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/** A start away from zero (subnormal starts lose all relative precision in the matrix products). */
const start = fc.tuple(real(1e-3, 10), fc.boolean()).map(([m, negative]) => (negative ? -m : m));

/**
 * Every number of a trajectory as its raw 64-bit pattern, after reading −0 as +0: β·v_{t−1} + g_t
 * with β = 0 turns g_t = −0 into +0 when v_{t−1} ≥ 0, the one (IEEE-equal) difference from v_t = g_t.
 */
function bits(trajectory: Trajectory): bigint[] {
  const numbers = trajectory.points.flatMap((p) => [p.t, ...p.x, p.f, ...p.v]).map((x) => x + 0);
  return Array.from(new BigUint64Array(Float64Array.from(numbers).buffer));
}

const objectives: fc.Arbitrary<Objective> = fc.oneof(
  fc.constant(bookObjective),
  real(-3, 10).map((lambda) => scalarQuadratic(lambda)),
  fc.array(real(0.01, 5), { minLength: 1, maxLength: 5 }).map((l) => diagonalQuadratic(l)),
  fc
    .tuple(real(0.01, 5), real(0.01, 5), real(-Math.PI, Math.PI), real(-3, 3), real(-3, 3))
    .map(([lambda1, lambda2, angle, c1, c2]) =>
      rotatedQuadratic({ lambda1, lambda2, angle, center: [c1, c2] }),
    ),
  fc.constant(rosenbrock()),
);

describe("momentum with β = 0 is gradient descent", () => {
  it("bit for bit, on every objective, including runs that diverge", () => {
    fc.assert(
      fc.property(
        objectives.chain((f) =>
          fc.tuple(
            fc.constant(f),
            fc.array(real(-10, 10), { minLength: f.dim, maxLength: f.dim }),
            real(1e-4, 2),
            fc.integer({ min: 0, max: 60 }),
          ),
        ),
        ([f, start, eta, steps]) => {
          const reference = run(f, gd({ eta }), { start, steps });
          for (const other of [momentum({ eta, beta: 0 }), nesterov({ eta, beta: 0 })]) {
            const trajectory = run(f, other, { start, steps });
            expect(bits(trajectory)).toEqual(bits(reference));
            expect([trajectory.diverged, trajectory.step]).toEqual([reference.diverged, reference.step]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("scalar momentum is the linear map R(β, η, λ) of E12", () => {
  it("[v_t, x_t] = R^t·[v_0, x_0] with v_0 = 0", () => {
    fc.assert(
      fc.property(
        real(0, 0.99),
        real(0.001, 2),
        real(-2, 10),
        start,
        fc.integer({ min: 1, max: 40 }),
        (beta, eta, lambda, x0, steps) => {
          const [[r11, r12], [r21, r22]] = momentumMatrix(beta, eta, lambda);
          const { points } = run(scalarQuadratic(lambda), momentum({ eta, beta }), { start: [x0], steps });
          let v = 0;
          let x = x0;
          let scale = Math.abs(x0);
          expect(points.length).toBeGreaterThan(1);
          let error = 0;
          for (let t = 1; t < points.length; t++) {
            [v, x] = [r11 * v + r12 * x, r21 * v + r22 * x];
            scale = Math.max(scale, Math.abs(v), Math.abs(x));
            error = Math.max(error, Math.abs(points[t].v[0] - v), Math.abs(points[t].x[0] - x));
          }
          expect(error).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("one step from (v_0, x_0) = (0, x_0) gives v_1 = λx_0 and x_1 = (1 − ηλ)x_0", () => {
    const [[, lambda], [, decay]] = momentumMatrix(0.5, 0.6, 4);
    expect(lambda).toBe(4);
    expect(decay).toBeCloseTo(1 - 0.6 * 4, 15);
    const { points } = run(scalarQuadratic(4), momentum({ eta: 0.6, beta: 0.5 }), { start: [-2], steps: 1 });
    expect(points[1].v[0]).toBe(-8);
    expect(points[1].x[0]).toBeCloseTo(2.8, 14);
  });
});

describe("convergence conditions", () => {
  it("ρ(R) < 1 ⇔ 0 < ηλ < 2 + 2β (away from the boundary)", () => {
    fc.assert(
      fc.property(real(0, 0.99), real(0.01, 2), real(-2, 10), (beta, eta, lambda) => {
        const etaLambda = eta * lambda;
        fc.pre(Math.abs(etaLambda) > 1e-6 && Math.abs(etaLambda - (2 + 2 * beta)) > 1e-6);
        const inside = etaLambda > 0 && etaLambda < 2 + 2 * beta;
        expect(spectralRadius(beta, eta, lambda) < 1).toBe(inside);
        expect(momentumConverges(beta, eta, lambda)).toBe(inside);
        expect(regime(etaLambda, beta) !== "divergent").toBe(inside);
      }),
      { numRuns: 2000 },
    );
  });

  it("gradient descent: |1 − ηλ| < 1 ⇔ 0 < ηλ < 2, and it is R with β = 0", () => {
    fc.assert(
      fc.property(real(0.01, 2), real(-2, 10), (eta, lambda) => {
        const etaLambda = eta * lambda;
        fc.pre(Math.abs(etaLambda) > 1e-9 && Math.abs(etaLambda - 2) > 1e-9);
        expect(Math.abs(gdFactor(eta, lambda)) < 1).toBe(etaLambda > 0 && etaLambda < 2);
        expect(spectralRadius(0, eta, lambda)).toBeCloseTo(Math.abs(1 - etaLambda), 12);
      }),
    );
  });

  it("in the complex regime |μ| = √β and the regime is rippling", () => {
    fc.assert(
      fc.property(real(0.001, 0.99), real(0.001, 0.999), real(0.1, 3), (beta, u, eta) => {
        const root = Math.sqrt(beta);
        const etaLambda = (1 - root) ** 2 + u * 4 * root; // inside ((1 − √β)², (1 + √β)²)
        const [mu1, mu2] = eigenvalues(beta, eta, etaLambda / eta);
        expect(mu1.im).toBeGreaterThan(0);
        expect(mu2).toEqual({ re: mu1.re, im: -mu1.im });
        expect(Math.hypot(mu1.re, mu1.im)).toBeCloseTo(root, 12);
        expect(regime(etaLambda, beta)).toBe("rippling");
      }),
    );
  });

  it("eigenvalues have trace 1 + β − ηλ and product β", () => {
    fc.assert(
      fc.property(real(0, 0.99), real(0.01, 2), real(-2, 10), (beta, eta, lambda) => {
        const [a, b] = eigenvalues(beta, eta, lambda);
        expect(a.re + b.re).toBeCloseTo(1 + beta - eta * lambda, 9);
        expect(a.im + b.im).toBeCloseTo(0, 12);
        expect(a.re * b.re - a.im * b.im).toBeCloseTo(beta, 9);
        expect(Math.hypot(a.re, a.im)).toBeGreaterThanOrEqual(Math.hypot(b.re, b.im));
      }),
    );
  });
});

describe("effective sample weights", () => {
  it("partial sums of β^τ increase towards 1/(1 − β)", () => {
    fc.assert(
      fc.property(real(0, 0.99), real(1e-12, 1e-3), (beta, epsilon) => {
        const limit = effectiveWeightSum(beta);
        expect(limit).toBeCloseTo(1 / (1 - beta), 12);
        const t = beta === 0 ? 1 : Math.ceil(Math.log(epsilon) / Math.log(beta));
        expect(limit - partialWeightSum(beta, t)).toBeLessThanOrEqual(epsilon * limit + 1e-12);
        expect(partialWeightSum(beta, t)).toBeLessThanOrEqual(limit + 1e-12);
        const weights = effectiveWeights(beta, 40);
        const sum = weights.reduce((s, w) => s + w, 0);
        expect(sum).toBeCloseTo(partialWeightSum(beta, 40), 10);
        expect(partialWeightSum(beta, 41)).toBeGreaterThanOrEqual(partialWeightSum(beta, 40));
      }),
    );
  });
});

/** A random orthogonal n×n matrix (Gram–Schmidt of random rows), or null if they are nearly dependent. */
function orthogonal(rows: number[][]): number[][] | null {
  const out: number[][] = [];
  for (const row of rows) {
    const u = [...row];
    for (const q of out) {
      const d = q.reduce((s, qi, i) => s + qi * u[i], 0);
      for (let i = 0; i < u.length; i++) u[i] -= d * q[i];
    }
    const norm = Math.hypot(...u);
    if (!(norm > 0.05 * Math.hypot(...row) && norm > 1e-3)) return null;
    out.push(u.map((x) => x / norm));
  }
  return out;
}

describe("decoupling (E8–E10): a quadratic run equals independent scalar runs in eigen-coordinates", () => {
  const optimizers = fc.tuple(fc.constantFrom("gd", "momentum", "nesterov"), real(0, 0.95));

  it("on rotated 2-D quadratics with an offset minimizer", () => {
    fc.assert(
      fc.property(
        real(0.05, 5),
        real(0.05, 5),
        real(-Math.PI, Math.PI),
        fc.tuple(real(-3, 3), real(-3, 3)),
        fc.tuple(real(-5, 5), real(-5, 5)),
        real(0.05, 1),
        optimizers,
        (lambda1, lambda2, angle, center, start, etaScale, [method, beta]) => {
          const f = rotatedQuadratic({ lambda1, lambda2, angle, center });
          const eta = etaScale / Math.max(lambda1, lambda2);
          checkDecoupling(f, start, method, eta, beta);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("on random n-D quadratics Q = OᵀΛO", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.array(real(0.05, 5), { minLength: n, maxLength: n }),
              fc.array(fc.array(real(-1, 1), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
              fc.array(real(-3, 3), { minLength: n, maxLength: n }),
              fc.array(real(-5, 5), { minLength: n, maxLength: n }),
            ),
          ),
        real(0.05, 1),
        optimizers,
        ([lambdas, raw, c, start], etaScale, [method, beta]) => {
          const n = lambdas.length;
          const o = orthogonal(raw);
          fc.pre(o !== null);
          if (o === null) return;
          const Q = Array.from({ length: n }, (_, i) =>
            Array.from({ length: n }, (_, j) => lambdas.reduce((s, l, k) => s + o[k][i] * l * o[k][j], 0)),
          );
          const f = quadratic({ Q, c, b: 1 });
          expect(f.eigen.values).toHaveLength(n);
          [...lambdas]
            .sort((a, b) => a - b)
            .forEach((l, k) => {
              expect(f.eigen.values[k]).toBeCloseTo(l, 9);
            });
          checkDecoupling(f, start, method, etaScale / Math.max(...lambdas), beta);
        },
      ),
      { numRuns: 200 },
    );
  });

  function checkDecoupling(
    f: ReturnType<typeof quadratic>,
    start: number[],
    method: string,
    eta: number,
    beta: number,
  ): void {
    const make = (e: number) =>
      method === "gd"
        ? gd({ eta: e })
        : method === "momentum"
          ? momentum({ eta: e, beta })
          : nesterov({ eta: e, beta });
    const steps = 30;
    const full = run(f, make(eta), { start, steps });
    expect(full.diverged).toBe(false);
    const xStar = f.minimizer as number[];
    const z0 = f.toEigen(start);
    const scalar = f.eigen.values.map((lambda, k) =>
      run(scalarQuadratic(lambda), make(eta), { start: [z0[k]], steps }),
    );
    const scale = 1 + Math.hypot(...start.map((s, i) => s - xStar[i])) * Math.max(...f.eigen.values);
    for (let t = 0; t <= steps; t++) {
      const z = f.toEigen(full.points[t].x);
      const vz = f.eigen.vectors.map((o) => o.reduce((s, oi, i) => s + oi * full.points[t].v[i], 0));
      scalar.forEach((s, k) => {
        expect(Math.abs(z[k] - s.points[t].x[0])).toBeLessThan(1e-8 * scale);
        expect(Math.abs(vz[k] - s.points[t].v[0])).toBeLessThan(1e-8 * scale);
      });
      const fz = (f.minimum as number) + f.eigen.values.reduce((s, l, k) => s + 0.5 * l * z[k] * z[k], 0);
      expect(Math.abs(full.points[t].f - fz)).toBeLessThan(1e-8 * scale * (1 + Math.abs(fz)));
    }
  }
});

describe("optimal parameters", () => {
  it("Polyak's heavy ball reaches ρ = (√κ − 1)/(√κ + 1) at λmin and λmax and no worse inside", () => {
    fc.assert(
      fc.property(real(0.01, 10), real(1, 1e4), real(0, 1), (lambdaMin, kappa, u) => {
        const lambdaMax = lambdaMin * kappa;
        const { eta, beta, rate } = optimalMomentum(lambdaMin, lambdaMax);
        const rootKappa = Math.sqrt(kappa);
        expect(rate).toBeCloseTo((rootKappa - 1) / (rootKappa + 1), 9);
        expect(beta).toBeCloseTo(rate * rate, 12);
        expect(Math.abs(spectralRadius(beta, eta, lambdaMin) - rate)).toBeLessThan(1e-6);
        expect(Math.abs(spectralRadius(beta, eta, lambdaMax) - rate)).toBeLessThan(1e-6);
        const inside = lambdaMin + u * (lambdaMax - lambdaMin);
        expect(spectralRadius(beta, eta, inside)).toBeLessThan(rate + 1e-6);
        const best = optimalGd(lambdaMin, lambdaMax);
        expect(rate).toBeLessThanOrEqual(best.rate + 1e-12);
      }),
    );
  });

  it("optimal gradient descent η = 2/(λmin + λmax) has rate (κ − 1)/(κ + 1) at both ends", () => {
    fc.assert(
      fc.property(real(0.01, 10), real(1, 1e4), (lambdaMin, kappa) => {
        const lambdaMax = lambdaMin * kappa;
        const { eta, rate } = optimalGd(lambdaMin, lambdaMax);
        expect(rate).toBeCloseTo((kappa - 1) / (kappa + 1), 12);
        expect(Math.abs(gdFactor(eta, lambdaMin))).toBeCloseTo(rate, 9);
        expect(Math.abs(gdFactor(eta, lambdaMax))).toBeCloseTo(rate, 9);
      }),
    );
  });
});

describe("Nesterov on the scalar problem is the linear map N(β, η, λ)", () => {
  it("[v_t, x_t] = N^t·[0, x_0], and ρ(N) < 1 ⇔ 0 < ηλ < (2 + 2β)/(1 + 2β)", () => {
    fc.assert(
      fc.property(real(0, 0.99), real(0.001, 2), real(-2, 10), start, (beta, eta, lambda, x0) => {
        const [[n11, n12], [n21, n22]] = nesterovMatrix(beta, eta, lambda);
        const { points } = run(scalarQuadratic(lambda), nesterov({ eta, beta }), { start: [x0], steps: 25 });
        let [v, x, scale] = [0, x0, Math.abs(x0)];
        let error = 0;
        for (let t = 1; t < points.length; t++) {
          [v, x] = [n11 * v + n12 * x, n21 * v + n22 * x];
          scale = Math.max(scale, Math.abs(v), Math.abs(x));
          error = Math.max(error, Math.abs(points[t].v[0] - v), Math.abs(points[t].x[0] - x));
        }
        expect(error).toBeLessThanOrEqual(1e-9 * scale);
        const etaLambda = eta * lambda;
        const bound = (2 + 2 * beta) / (1 + 2 * beta);
        fc.pre(Math.abs(etaLambda) > 1e-6 && Math.abs(etaLambda - bound) > 1e-6);
        const inside = etaLambda > 0 && etaLambda < bound;
        expect(nesterovConverges(beta, eta, lambda)).toBe(inside);
        expect(nesterovSpectralRadius(beta, eta, lambda) < 1).toBe(inside);
      }),
      { numRuns: 500 },
    );
  });
});
