import {
  bookObjective,
  diagonalQuadratic,
  exerciseSpectrum,
  type Objective,
  quadratic,
  rosenbrock,
  rotatedQuadratic,
  scalarQuadratic,
  symmetricEigen,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";

/** Central finite differences of f at x. */
function numericGradient(f: Objective, x: number[]): number[] {
  return x.map((_, i) => {
    const h = 1e-6 * Math.max(1, Math.abs(x[i]));
    const plus = [...x];
    const minus = [...x];
    plus[i] += h;
    minus[i] -= h;
    return (f.value(plus) - f.value(minus)) / (2 * h);
  });
}

const Q3 = [
  [4, 1, 0.5],
  [1, 3, -0.25],
  [0.5, -0.25, 2],
];

describe("every objective's gradient is the derivative of its value", () => {
  const cases: [string, Objective][] = [
    ["book", bookObjective],
    ["scalar", scalarQuadratic(3)],
    ["diagonal", diagonalQuadratic(exerciseSpectrum(6))],
    ["quadratic", quadratic({ Q: Q3, c: [1, -2, 0.5], b: 3 })],
    ["rotated", rotatedQuadratic({ lambda1: 0.5, lambda2: 4, angle: 0.7, center: [1, -2], minimum: 1 })],
    ["rosenbrock", rosenbrock({ a: 1, b: 10 })],
  ];
  it.each(cases)("%s", (_, f) => {
    for (const seed of [0.3, -1.7, 2.2]) {
      const x = Array.from({ length: f.dim }, (_, i) => seed * (i + 1) - 0.5 * i);
      const g = new Float64Array(f.dim);
      f.gradient(x, g);
      const fd = numericGradient(f, x);
      g.forEach((gi, i) => {
        expect(gi).toBeCloseTo(fd[i], 4);
      });
      const asArray = new Array<number>(f.dim).fill(Number.NaN);
      f.gradient(x, asArray); // number[] output works too
      expect(asArray).toEqual(Array.from(g));
    }
  });

  it.each(cases)("%s: the gradient vanishes at the stated minimizer, where f equals the minimum", (_, f) => {
    const xStar = f.minimizer as number[];
    const g = new Float64Array(f.dim);
    f.gradient(xStar, g);
    for (const gi of g) expect(Math.abs(gi)).toBeLessThan(1e-12);
    expect(f.value(xStar)).toBeCloseTo(f.minimum as number, 12);
  });
});

describe("the book's objective (E4)", () => {
  it("is 0.1·x1² + 2·x2² with gradient (0.2·x1, 4·x2)", () => {
    expect(bookObjective.value([-5, -2])).toBe(10.5);
    const g = [0, 0];
    bookObjective.gradient([-5, -2], g);
    expect(g).toEqual([-1, -8]);
    expect(bookObjective.dim).toBe(2);
    expect(bookObjective.name).toBe("ill-conditioned");
  });
});

describe("general quadratic (E6)", () => {
  const c = [1, -2, 0.5];
  const b = 3;
  const f = quadratic({ Q: Q3, c, b });

  it("minimizer −Q⁻¹c: Q·x* = −c", () => {
    const xStar = f.minimizer as number[];
    Q3.forEach((row, i) => {
      expect(row.reduce((s, q, j) => s + q * xStar[j], 0)).toBeCloseTo(-c[i], 12);
    });
  });

  it("minimum value b − ½cᵀQ⁻¹c = b + ½cᵀx*, and no grid point is lower", () => {
    const xStar = f.minimizer as number[];
    expect(f.minimum).toBeCloseTo(b + 0.5 * c.reduce((s, ci, i) => s + ci * xStar[i], 0), 12);
    let lowest = Number.POSITIVE_INFINITY;
    for (let i = -10; i <= 10; i++) {
      for (let j = -10; j <= 10; j++) {
        for (let k = -10; k <= 10; k++) {
          lowest = Math.min(lowest, f.value([xStar[0] + i * 0.05, xStar[1] + j * 0.05, xStar[2] + k * 0.05]));
        }
      }
    }
    expect(lowest).toBeCloseTo(f.minimum as number, 12);
    expect(f.value([0, 0, 0])).toBeGreaterThan(f.minimum as number);
  });

  it("completed square with the correct sign: h(x) = ½(x − x*)ᵀQ(x − x*) + h(x*)", () => {
    const xStar = f.minimizer as number[];
    const x = [0.3, -1.1, 2.4];
    const d = x.map((xi, i) => xi - xStar[i]);
    const quad = 0.5 * Q3.reduce((s, row, i) => s + d[i] * row.reduce((t, q, j) => t + q * d[j], 0), 0);
    expect(f.value(x)).toBeCloseTo(quad + (f.minimum as number), 12);
  });

  it("eigen-decomposition Q = OᵀΛO reconstructs Q, with orthonormal O", () => {
    const { values, vectors: o } = f.eigen;
    expect([...values].sort((a, z) => a - z)).toEqual(values);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const qij = values.reduce((s, l, k) => s + o[k][i] * l * o[k][j], 0);
        expect(qij).toBeCloseTo(Q3[i][j], 12);
        expect(o[i].reduce((s, v, k) => s + v * o[j][k], 0)).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
    const trace = Q3[0][0] + Q3[1][1] + Q3[2][2];
    expect(values.reduce((s, l) => s + l, 0)).toBeCloseTo(trace, 12);
  });

  it("eigen-coordinates z = O(x − x*) turn h into ½zᵀΛz + b′ (E8)", () => {
    const x = [1, 2, 3];
    const z = f.toEigen(x);
    const h = 0.5 * f.eigen.values.reduce((s, l, k) => s + l * z[k] * z[k], 0) + (f.minimum as number);
    expect(f.value(x)).toBeCloseTo(h, 12);
  });

  it("Jacobi handles larger and degenerate matrices", () => {
    const n = 8;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = 1 / (i + j + 1); // Hilbert
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const aij = values.reduce((s, l, k) => s + vectors[k][i] * l * vectors[k][j], 0);
        expect(aij).toBeCloseTo(a[i * n + j], 12);
      }
    }
    const identity = symmetricEigen(Float64Array.from([2, 0, 0, 2]), 2);
    expect(identity.values).toEqual([2, 2]);
  });

  it("an indefinite Q has no minimizer", () => {
    const saddle = quadratic({
      Q: [
        [1, 0],
        [0, -1],
      ],
    });
    expect(saddle.minimizer).toBeUndefined();
    expect(saddle.minimum).toBeUndefined();
    expect(saddle.eigen.values).toEqual([-1, 1]);
  });
});

describe("rotated 2-D quadratic", () => {
  it("has curvature λ1 along the angle and λ2 across it, minimum at the center", () => {
    const angle = Math.PI / 6;
    const f = rotatedQuadratic({ lambda1: 0.2, lambda2: 4, angle, center: [1, -1], minimum: 2 });
    expect(f.eigen.values[0]).toBeCloseTo(0.2, 12);
    expect(f.eigen.values[1]).toBeCloseTo(4, 12);
    const u = f.eigen.vectors[0];
    expect(Math.abs(u[0] * Math.cos(angle) + u[1] * Math.sin(angle))).toBeCloseTo(1, 12);
    expect(f.minimizer?.[0]).toBeCloseTo(1, 12);
    expect(f.minimizer?.[1]).toBeCloseTo(-1, 12);
    expect(f.minimum).toBeCloseTo(2, 12);
    const s = 0.5;
    expect(f.value([1 + s * Math.cos(angle), -1 + s * Math.sin(angle)])).toBeCloseTo(2 + 0.1 * s * s, 12);
  });

  it("with angle 0 and λ = (0.2, 4) it is the book's objective", () => {
    const f = rotatedQuadratic({ lambda1: 0.2, lambda2: 4 });
    for (const x of [
      [-5, -2],
      [1, 3],
    ]) {
      expect(f.value(x)).toBeCloseTo(bookObjective.value(x), 12);
    }
  });
});

describe("scalar, diagonal and Rosenbrock", () => {
  it("scalar λ/2·x²", () => {
    const f = scalarQuadratic(10);
    expect(f.value([2])).toBe(20);
    const g = [0];
    f.gradient([2], g);
    expect(g).toEqual([20]);
    expect(scalarQuadratic(-1).minimizer).toBeUndefined();
  });

  it("exercise 2 spectrum λᵢ = 2^−i, i = 1..n", () => {
    expect(exerciseSpectrum(4)).toEqual([0.5, 0.25, 0.125, 0.0625]);
    const f = diagonalQuadratic(exerciseSpectrum(3));
    expect(f.value([1, 1, 1])).toBe(0.4375);
    expect(f.minimizer).toEqual([0, 0, 0]);
  });

  it("Rosenbrock minimum 0 at (a, a²)", () => {
    const f = rosenbrock({ a: 2, b: 5 });
    expect(f.minimizer).toEqual([2, 4]);
    expect(f.value([2, 4])).toBe(0);
    expect(f.value([0, 0])).toBe(4);
  });
});
