/**
 * Run loops: apply an optimizer for T steps and record the trajectory (x_t, f(x_t), v_t) for
 * t = 0..T as plain data (numbers and arrays of numbers), ready for Plot or postMessage.
 */
import { checkBeta, checkEta, checkNonNegative, checkSteps, checkVector, ParameterError } from "./errors.ts";
import { type Gradient, initialState, type Optimizer, type State, step } from "./momentum.ts";
import type { Objective } from "./objectives.ts";
import { normal, xoshiro128 } from "./random.ts";

/** Additive Gaussian gradient noise: each component of g gets σ·N(0, 1) from a seeded generator. */
export interface GradientNoise {
  /** σ ≥ 0. */
  readonly sigma: number;
  /** Seed of the generator (default 0); the same seed gives the same run. */
  readonly seed?: number;
}

/** Options of {@link run}. */
export interface RunOptions {
  /** x_0. */
  readonly start: ArrayLike<number>;
  /** T, the number of steps: an integer in [0, 100000]. */
  readonly steps: number;
  /** Optional gradient noise (stochastic gradients). */
  readonly noise?: GradientNoise;
}

/** One recorded step. */
export interface TrajectoryPoint {
  /** t. */
  readonly t: number;
  /** x_t. */
  readonly x: number[];
  /** f(x_t). */
  readonly f: number;
  /** v_t (v_0 = 0). */
  readonly v: number[];
}

/** The result of a run. Every number in it is finite. */
export interface Trajectory {
  readonly objective: string;
  readonly optimizer: Optimizer;
  /** Points t = 0..step (the last one omitted if it was not finite). */
  readonly points: TrajectoryPoint[];
  /** True when the run stopped early because the iterate left the divergence bound. */
  readonly diverged: boolean;
  /** The last step computed: T for a finished run, the step k that diverged otherwise. */
  readonly step: number;
}

/** Divergence factor: the run stops when some |x_i| > DIVERGENCE_FACTOR·(1 + max_j |x0_j|). */
export const DIVERGENCE_FACTOR = 1e6;

/**
 * The divergence bound for a start x0: 1e6·(1 + ‖x0‖∞). From (−5, −2) that is 6e6, which the book's
 * diverging GD run (|x2| = 2·1.4^t) first exceeds at t = 45, so its 20 printed steps are all kept.
 */
export function divergenceBound(start: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < start.length; i++) m = Math.max(m, Math.abs(start[i]));
  return DIVERGENCE_FACTOR * (1 + m);
}

/** Checks an optimizer given as data (for values that did not come from gd/momentum/nesterov). */
export function checkOptimizer(optimizer: Optimizer): Optimizer {
  const method = optimizer?.method;
  if (method !== "gd" && method !== "momentum" && method !== "nesterov") {
    throw new ParameterError("optimizer.method", `"gd", "momentum" or "nesterov"`, method);
  }
  checkEta(optimizer.eta);
  if (method === "gd" && optimizer.beta !== 0) {
    throw new ParameterError("beta", "0 for gradient descent", optimizer.beta);
  }
  checkBeta(optimizer.beta);
  return optimizer;
}

/**
 * Runs `optimizer` on `objective` from `start` for `steps` steps. Never throws once the arguments
 * are valid: if x_k leaves the divergence bound (see {@link divergenceBound}) or x_k, v_k or f(x_k)
 * is not finite, the run ends with `{ diverged: true, step: k }`; point k is kept only if finite.
 */
export function run(objective: Objective, optimizer: Optimizer, options: RunOptions): Trajectory {
  checkOptimizer(optimizer);
  const start = checkVector(options?.start, "start", objective.dim);
  const steps = checkSteps(options.steps);
  const state = initialState(start);
  const gradient = options.noise ? noisyGradient(objective, options.noise) : (objective.gradient as Gradient);
  const bound = divergenceBound(start);
  const value = objective.value;
  const points: TrajectoryPoint[] = [];
  const f0 = value(state.x);
  const base = { objective: objective.name, optimizer, points };
  if (!Number.isFinite(f0)) return { ...base, diverged: true, step: 0 };
  points.push(point(0, state, f0));
  const { x, velocity } = state;
  for (let t = 1; t <= steps; t++) {
    step(optimizer, state, gradient);
    const f = value(x);
    const status = check(x, f, bound);
    if (status !== NOT_FINITE) points.push({ t, x: toArray(x), f, v: toArray(velocity) });
    if (status !== OK) return { ...base, diverged: true, step: t };
  }
  return { ...base, diverged: false, step: steps };
}

const OK = 0;
const OUT_OF_BOUNDS = 1;
const NOT_FINITE = 2;

/**
 * OK, OUT_OF_BOUNDS (finite but some |x_i| > bound) or NOT_FINITE. Checking x suffices for v:
 * x_t = x_{t−1} − η·v_t with finite x_{t−1}, x_t and η > 0 forces v_t to be finite.
 */
function check(x: Float64Array, f: number, bound: number): number {
  let inside = f - f === 0; // f is finite
  for (let i = 0; i < x.length; i++) inside = inside && Math.abs(x[i]) <= bound;
  if (inside) return OK;
  if (f - f !== 0) return NOT_FINITE;
  for (let i = 0; i < x.length; i++) if (x[i] - x[i] !== 0) return NOT_FINITE;
  return OUT_OF_BOUNDS;
}

/** The recorded point (x_t and v_t copied into plain arrays). */
function point(t: number, state: State, f: number): TrajectoryPoint {
  return { t, x: toArray(state.x), f, v: toArray(state.velocity) };
}

function toArray(a: Float64Array): number[] {
  const n = a.length;
  if (n === 2) return [a[0], a[1]];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = a[i];
  return out;
}

/** ∇f plus σ·N(0, 1) per component, from a generator seeded once per run. */
function noisyGradient(objective: Objective, noise: GradientNoise): Gradient {
  const sigma = checkNonNegative(noise.sigma, "noise.sigma");
  const uniform = xoshiro128(noise.seed ?? 0);
  const exact = objective.gradient;
  return (x, out) => {
    exact(x, out);
    for (let i = 0; i < out.length; i++) out[i] += sigma * normal(uniform);
  };
}
