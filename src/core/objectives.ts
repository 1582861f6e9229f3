/**
 * Objectives f with value and gradient. Gradients are allocation-free: `gradient(x, out)` writes
 * ∇f(x) into `out`. Functions never use `this`, so `const { gradient } = f` is safe.
 */
import { checkFinite, checkVector, ParameterError } from "./errors.ts";
import {
  choleskySolve,
  dot,
  flatten,
  matVec,
  type SymmetricEigen,
  symmetricEigen,
  unflatten,
} from "./linalg.ts";

/** A writable vector: a Float64Array or a number[]. */
export type MutableVector = Float64Array | number[];

/** A differentiable objective f: ℝⁿ → ℝ. */
export interface Objective {
  /** Short name for legends and logs. */
  readonly name: string;
  /** n, the dimension of x. */
  readonly dim: number;
  /** f(x). */
  readonly value: (x: ArrayLike<number>) => number;
  /** Writes ∇f(x) into `out` (no allocation). */
  readonly gradient: (x: ArrayLike<number>, out: MutableVector) => void;
  /** x* = argmin f, when known. */
  readonly minimizer?: readonly number[];
  /** f(x*), when known. */
  readonly minimum?: number;
}

/** E4: the book's ill-conditioned f(x) = 0.1·x1² + 2·x2², ∇f = (0.2·x1, 4·x2); curvatures 0.2 and 4. */
export const bookObjective: Objective = Object.freeze({
  name: "ill-conditioned",
  dim: 2,
  value: (x: ArrayLike<number>) => 0.1 * x[0] * x[0] + 2 * x[1] * x[1],
  gradient: (x: ArrayLike<number>, out: MutableVector) => {
    out[0] = 0.2 * x[0];
    out[1] = 4 * x[1];
  },
  minimizer: Object.freeze([0, 0]),
  minimum: 0,
});

/** E11: the scalar quadratic f(x) = λ/2·x², f'(x) = λx (minimizer 0 when λ > 0). */
export function scalarQuadratic(lambda: number): Objective {
  checkFinite(lambda, "lambda");
  return {
    name: `scalar quadratic (lambda = ${lambda})`,
    dim: 1,
    value: (x) => (lambda / 2) * x[0] * x[0],
    gradient: (x, out) => {
      out[0] = lambda * x[0];
    },
    ...(lambda > 0 ? { minimizer: [0], minimum: 0 } : {}),
  };
}

/** Exercise 2: f(x) = ½·Σᵢ λᵢxᵢ², ∇f = (λᵢxᵢ)ᵢ (minimizer 0 when every λᵢ > 0). */
export function diagonalQuadratic(lambdas: ArrayLike<number>): Objective {
  const l = Float64Array.from(checkVector(lambdas, "lambdas"));
  if (l.length === 0) throw new ParameterError("lambdas", "a non-empty array of finite numbers", lambdas);
  const n = l.length;
  return {
    name: "diagonal quadratic",
    dim: n,
    value: (x) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += l[i] * x[i] * x[i];
      return s / 2;
    },
    gradient: (x, out) => {
      for (let i = 0; i < n; i++) out[i] = l[i] * x[i];
    },
    ...(l.every((v) => v > 0) ? { minimizer: new Array<number>(n).fill(0), minimum: 0 } : {}),
  };
}

/** Exercise 2's spectrum: λᵢ = 2^−i for i = 1..n. */
export function exerciseSpectrum(n: number): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new ParameterError("n", "an integer in [1, 1000]", n);
  return Array.from({ length: n }, (_, i) => 2 ** -(i + 1));
}

/** E6: h(x) = ½xᵀQx + cᵀx + b with its eigen-decomposition Q = OᵀΛO (E8). */
export interface Quadratic extends Objective {
  readonly Q: number[][];
  readonly c: number[];
  readonly b: number;
  /** Λ (ascending) and the rows of O. */
  readonly eigen: SymmetricEigen;
  /** E8: z = O(x − x*), the eigen-coordinates (z = Ox when Q is not positive definite). */
  readonly toEigen: (x: ArrayLike<number>) => number[];
}

/** Options of {@link quadratic}: Q symmetric n×n, c of length n (default 0), b (default 0). */
export interface QuadraticOptions {
  readonly Q: ArrayLike<ArrayLike<number>>;
  readonly c?: ArrayLike<number>;
  readonly b?: number;
  readonly name?: string;
}

/**
 * E6: h(x) = ½xᵀQx + cᵀx + b, ∇h = Qx + c. When Q ≻ 0: x* = −Q⁻¹c and h(x*) = b − ½cᵀQ⁻¹c
 * (so h(x) = ½(x − x*)ᵀQ(x − x*) + h(x*), with the sign D2L's E7 gets wrong).
 */
export function quadratic(options: QuadraticOptions): Quadratic {
  const q = flatten(options.Q);
  if (q === null || options.Q.length === 0) {
    throw new ParameterError("Q", "a non-empty square matrix", options.Q);
  }
  const n = options.Q.length;
  for (let i = 0; i < n * n; i++) {
    if (!Number.isFinite(q[i])) throw new ParameterError("Q", "a matrix of finite numbers", options.Q);
  }
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(q[i]));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [q[i * n + j], q[j * n + i]];
      if (Math.abs(a - b) > 1e-10 * scale) throw new ParameterError("Q", "symmetric", options.Q);
      q[i * n + j] = q[j * n + i] = (a + b) / 2; // rounding-level asymmetry is averaged away
    }
  }
  const c = Float64Array.from(options.c === undefined ? new Float64Array(n) : checkVector(options.c, "c", n));
  const b = options.b === undefined ? 0 : checkFinite(options.b, "b");
  const eigen = symmetricEigen(q, n);
  const minusC = c.map((v) => -v);
  const xStar = eigen.values[0] > 0 ? choleskySolve(q, n, minusC) : null;
  const minimizer = xStar === null ? undefined : Array.from(xStar);
  const qx = new Float64Array(n);
  const value = (x: ArrayLike<number>): number => {
    matVec(q, x, qx);
    return 0.5 * dot(x, qx) + dot(c, x) + b;
  };
  return {
    name: options.name ?? "quadratic",
    dim: n,
    value,
    gradient: (x, out) => {
      for (let i = 0, row = 0; i < n; i++, row += n) {
        let s = c[i];
        for (let j = 0; j < n; j++) s += q[row + j] * x[j];
        out[i] = s;
      }
    },
    ...(minimizer ? { minimizer, minimum: b + 0.5 * dot(c, minimizer) } : {}),
    Q: unflatten(q, n),
    c: Array.from(c),
    b,
    eigen,
    toEigen: (x) =>
      eigen.vectors.map((o) => o.reduce((s, oi, i) => s + oi * (x[i] - (minimizer?.[i] ?? 0)), 0)),
  };
}

/** Options of {@link rotatedQuadratic}. */
export interface RotatedQuadraticOptions {
  /** Curvature along the direction at `angle`. */
  readonly lambda1: number;
  /** Curvature along the perpendicular direction. */
  readonly lambda2: number;
  /** Angle of λ1's eigenvector from the x1-axis, in radians (default 0). */
  readonly angle?: number;
  /** The minimizer x* (default (0, 0)). */
  readonly center?: ArrayLike<number>;
  /** f(x*) (default 0). */
  readonly minimum?: number;
}

/**
 * A 2-D quadratic ½(x − x*)ᵀQ(x − x*) + f* with Q = R(θ)·diag(λ1, λ2)·R(θ)ᵀ, written in
 * E6 form: c = −Qx*, b = ½x*ᵀQx* + f*.
 */
export function rotatedQuadratic(options: RotatedQuadraticOptions): Quadratic {
  const l1 = checkFinite(options.lambda1, "lambda1");
  const l2 = checkFinite(options.lambda2, "lambda2");
  const angle = options.angle === undefined ? 0 : checkFinite(options.angle, "angle");
  const center = options.center === undefined ? [0, 0] : checkVector(options.center, "center", 2);
  const minimum = options.minimum === undefined ? 0 : checkFinite(options.minimum, "minimum");
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const q11 = l1 * cos * cos + l2 * sin * sin;
  const q22 = l1 * sin * sin + l2 * cos * cos;
  const q12 = (l1 - l2) * cos * sin;
  const Q = [
    [q11, q12],
    [q12, q22],
  ];
  const qx = [q11 * center[0] + q12 * center[1], q12 * center[0] + q22 * center[1]];
  return quadratic({
    Q,
    c: [-qx[0], -qx[1]],
    b: 0.5 * (center[0] * qx[0] + center[1] * qx[1]) + minimum,
    name: "rotated quadratic",
  });
}

/** Options of {@link rosenbrock}: f(x) = (a − x1)² + b·(x2 − x1²)²; b stretches the valley. */
export interface RosenbrockOptions {
  readonly a?: number;
  readonly b?: number;
}

/** The (stretched) Rosenbrock function, non-convex, minimum 0 at (a, a²); defaults a = 1, b = 100. */
export function rosenbrock(options: RosenbrockOptions = {}): Objective {
  const a = options.a === undefined ? 1 : checkFinite(options.a, "a");
  const b = options.b === undefined ? 100 : checkFinite(options.b, "b");
  if (b <= 0) throw new ParameterError("b", "a positive finite number", b);
  return {
    name: "Rosenbrock",
    dim: 2,
    value: (x) => {
      const u = a - x[0];
      const w = x[1] - x[0] * x[0];
      return u * u + b * w * w;
    },
    gradient: (x, out) => {
      const w = x[1] - x[0] * x[0];
      out[0] = -2 * (a - x[0]) - 4 * b * x[0] * w;
      out[1] = 2 * b * w;
    },
    minimizer: [a, a * a],
    minimum: 0,
  };
}
