/**
 * Gradient noise and the spread of the iterates (exercise 4, the "with noise" reading of E2/E3):
 * run an optimizer with noisy gradients g + σ·N(0, 1) from many seeds and measure how widely the
 * iterates scatter around their mean in the last half of the run. Deterministic: run k uses seed
 * `seed + k`.
 */
import { checkNonNegative, checkSteps, ParameterError } from "./errors.ts";
import type { Optimizer } from "./momentum.ts";
import type { Objective } from "./objectives.ts";
import { run } from "./run.ts";

/** Options of {@link iterateSpread}. */
export interface SpreadOptions {
  /** x_0. */
  readonly start: ArrayLike<number>;
  /** T, steps per run (at least 2). */
  readonly steps: number;
  /** σ ≥ 0, the standard deviation of the noise added to each gradient component. */
  readonly sigma: number;
  /** First seed; run k uses `seed + k` (default 0). */
  readonly seed?: number;
  /** Number of runs (default 64, at most 1000). */
  readonly runs?: number;
}

/** How widely the iterates scatter in the last half of noisy runs. */
export interface Spread {
  /**
   * Root-mean-square distance of the iterates x_t, t > T/2, from their mean over all those steps and
   * runs: √(mean ‖x_t − x̄‖²). Infinity when a run diverged.
   */
  readonly rms: number;
  /** The same per coordinate (standard deviations, ddof 0). */
  readonly perCoordinate: number[];
  /** Mean of f(x_t) − f* over the same steps and runs (f* = 0 when the objective's minimum is unknown). */
  readonly meanExcess: number;
  /** Runs that diverged. */
  readonly diverged: number;
  /** Steps pooled per run: the t with T/2 < t ≤ T. */
  readonly window: number;
}

/** The spread of the iterates of `optimizer` on `objective` over `runs` noisy runs (see {@link Spread}). */
export function iterateSpread(objective: Objective, optimizer: Optimizer, options: SpreadOptions): Spread {
  const steps = checkSteps(options.steps, "steps", 2);
  const sigma = checkNonNegative(options.sigma, "sigma");
  const runs = options.runs ?? 64;
  if (!Number.isInteger(runs) || runs < 1 || runs > 1000) {
    throw new ParameterError("runs", "an integer in [1, 1000]", runs);
  }
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed)) throw new ParameterError("seed", "an integer", seed);
  const dim = objective.dim;
  const first = Math.floor(steps / 2) + 1;
  const window = steps - first + 1;
  const sum = new Float64Array(dim);
  const sumSq = new Float64Array(dim);
  let excess = 0;
  let diverged = 0;
  const minimum = objective.minimum ?? 0;
  for (let k = 0; k < runs; k++) {
    const trajectory = run(objective, optimizer, {
      start: options.start,
      steps,
      noise: { sigma, seed: seed + k },
    });
    if (trajectory.diverged) {
      diverged += 1;
      continue;
    }
    for (let t = first; t <= steps; t++) {
      const p = trajectory.points[t];
      for (let i = 0; i < dim; i++) {
        sum[i] += p.x[i];
        sumSq[i] += p.x[i] * p.x[i];
      }
      excess += p.f - minimum;
    }
  }
  if (diverged > 0) {
    return {
      rms: Infinity,
      perCoordinate: Array.from({ length: dim }, () => Infinity),
      meanExcess: Infinity,
      diverged,
      window,
    };
  }
  const count = runs * window;
  const perCoordinate = Array.from(sum, (s, i) =>
    Math.sqrt(Math.max(0, sumSq[i] / count - (s / count) ** 2)),
  );
  const rms = Math.sqrt(perCoordinate.reduce((a, s) => a + s * s, 0));
  return { rms, perCoordinate, meanExcess: excess / count, diverged: 0, window };
}
