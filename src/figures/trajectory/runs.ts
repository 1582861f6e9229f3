/**
 * The runs of a live trajectory figure for a state, computed by the core, and the readouts printed
 * under it. Used by the build (the figure's first readouts) and by the island (on every input), so
 * the two always agree.
 */
import {
  bookObjective,
  gd,
  matrixEigenvalues,
  momentum,
  nesterov,
  type Objective,
  run,
  type Trajectory,
} from "momentum-live/core";
import { type RunStyle, runStyles } from "../../draw/theme.ts";
import { fill, showPoint, showValue, stepsText } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import {
  type LiveConfig,
  type LiveState,
  optimizerText,
  type Readout,
  runOptimizer,
  runsOf,
} from "./state.ts";

export { type Readout, readoutText } from "./state.ts";

const objectives: Record<string, Objective> = { [bookObjective.name]: bookObjective };

export function objectiveOf(config: LiveConfig): Objective | null {
  return objectives[config.objective] ?? null;
}

/**
 * A 2-D objective as ½(x − x*)ᵀQ(x − x*) + f*, for drawing its level sets in the browser
 * (src/draw/ellipses.ts): Q from differences of the gradient, exact for the quadratics that are
 * live; null for an objective without a minimizer.
 */
export function objectiveQuadratic(f: Objective | null) {
  if (!f?.minimizer || f.dim !== 2) return null;
  const center = [f.minimizer[0], f.minimizer[1]] as const;
  const g = (dx: number, dy: number) => {
    const out = [0, 0];
    f.gradient([center[0] + dx, center[1] + dy], out);
    return out;
  };
  const [e1, e2] = [g(1, 0), g(0, 1)];
  return { Q: [e1, [e1[1], e2[1]]], center, minimum: f.minimum ?? f.value(center) };
}

/** The figure's objective as a quadratic (`objectiveQuadratic`). */
export const quadraticOf = (config: LiveConfig) => objectiveQuadratic(objectiveOf(config));

/** The curvatures [λmin, λmax] of a 2-D objective, if it is a convex quadratic. */
export function objectiveCurvatures(f: Objective | null): readonly [number, number] | null {
  const q = objectiveQuadratic(f);
  if (!q) return null;
  const [[q11, q12], [, q22]] = q.Q;
  const [a, b] = matrixEigenvalues([
    [q11, q12],
    [q12, q22],
  ]).map((z) => z.re);
  return Math.min(a, b) > 0 ? [Math.min(a, b), Math.max(a, b)] : null;
}

/** The curvatures [λmin, λmax] of the figure's objective, if it is a convex quadratic. */
export const curvaturesOf = (config: LiveConfig) => objectiveCurvatures(objectiveOf(config));

/** Every run of the figure under state `s` (run 0 follows the controls). */
export function computeRuns(config: LiveConfig, s: LiveState): Trajectory[] {
  const objective = objectiveOf(config);
  if (!objective) return [];
  return runsOf(config, s).map((_, r) => {
    const o = runOptimizer(config, s, r);
    const optimizer =
      o.method === "gd" ? gd({ eta: o.eta }) : o.method === "momentum" ? momentum(o) : nesterov(o);
    return run(objective, optimizer, {
      start: s.x0,
      steps: s.steps,
      ...(config.noise ? { noise: config.noise } : {}),
    });
  });
}

/**
 * How each run of the figure under state `s` is drawn: its method's colour (run 0's follows the
 * method menu; the comparison is gradient descent's), dashed after an earlier run of its method.
 */
export function liveRunStyles(config: LiveConfig, s: LiveState): RunStyle[] {
  return runStyles(runsOf(config, s).map((_, r) => runOptimizer(config, s, r).method));
}

export function readouts(config: LiveConfig, s: LiveState, runs: Trajectory[], t: LiveStrings): Readout[] {
  const optimum = config.optimum ?? [0, 0];
  const { x: dx, y: dy } = config.domain;
  return runs.map((trajectory, r) => {
    const last = trajectory.points[trajectory.points.length - 1];
    const x: [number, number] = [last.x[0], last.x[1]];
    const out = trajectory.points.findIndex(
      (p) => p.x[0] < dx[0] || p.x[0] > dx[1] || p.x[1] < dy[0] || p.x[1] > dy[1],
    );
    return {
      label: optimizerText(runOptimizer(config, s, r), t),
      step: last.t,
      x,
      f: last.f,
      distance: Math.hypot(x[0] - optimum[0], x[1] - optimum[1]),
      divergedAt: trajectory.diverged ? trajectory.step : null,
      leavesAt: out >= 0 ? out : null,
    };
  });
}

/** For screen readers: "momentum, η = 0.6, β = 0.5: after 20 steps at (0.007, 0.003), f = 1.82e-5." */
export function summaryText(readout: Readout[], t: LiveStrings): string {
  return readout
    .map((o) => {
      const text = fill(t.summary, {
        label: o.label,
        steps: stepsText(o.step, t),
        point: showPoint(o.x),
        f: showValue(o.f),
      });
      return o.divergedAt !== null
        ? `${text}${t.gap}${fill(t.diverged, { k: o.divergedAt })}${t.stop}`
        : text;
    })
    .join(t.gap);
}
