/**
 * The playground figure: an objective (a rotated quadratic of any condition number and angle, or a
 * stretched Rosenbrock), up to three optimizers from one start, drawn over level sets, and their
 * loss f(x_t) − f* per step on a log scale. Pure; the build draws the default state, the browser
 * rewrites the paths (the level sets only when the objective changes).
 */

import * as Plot from "@observablehq/plot";
import {
  gd,
  momentum,
  nesterov,
  type Objective,
  type Optimizer,
  type Quadratic,
  rosenbrock,
  rotatedQuadratic,
  run,
  type Trajectory,
} from "momentum-live/core";
import { ellipseLevels } from "../../draw/ellipses.ts";
import type { LevelCurve, Point } from "../../draw/geometry.ts";
import { frameOptions, type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import { levelSets } from "../../draw/levels.ts";
import { onPhone, type Pair, phoneShapeWidth, type Shapes, type Size, tickText } from "../../draw/svg.ts";
import { colors, type Method, stackedStyles, type TipPunctuation } from "../../draw/theme.ts";
import { trajectoryLayers } from "../trajectory/figure.ts";

export type { Method };
export const playgroundMethods: readonly Method[] = ["gd", "momentum", "nesterov"];

/** Everything the playground shows, as numbers (so it fits the URL): obj 0 = quadratic, 1 = Rosenbrock. */
export interface PlaygroundSetting {
  obj: number;
  kappa: number;
  angle: number;
  b: number;
  steps: number;
  x1: number;
  x2: number;
  gd: number;
  gdEta: number;
  mom: number;
  momEta: number;
  momBeta: number;
  nes: number;
  nesEta: number;
  nesBeta: number;
}

export type Window = { x: Pair; y: Pair };

/** The objective of a setting and the window it is drawn in. */
export function playgroundObjective(s: Pick<PlaygroundSetting, "obj" | "kappa" | "angle" | "b">): {
  objective: Objective;
  window: Window;
} {
  if (s.obj === 1) return { objective: rosenbrock({ a: 1, b: s.b }), window: { x: [-2, 2], y: [-1, 3] } };
  return {
    objective: rotatedQuadratic({ lambda1: 1, lambda2: 1 / s.kappa, angle: (s.angle * Math.PI) / 180 }),
    window: { x: [-3, 3], y: [-3, 3] },
  };
}

/** The methods switched on, in the fixed order of `playgroundMethods` (the order of the runs). */
export function playgroundOn(s: PlaygroundSetting): Method[] {
  return playgroundMethods.filter((_, k) => Boolean([s.gd, s.mom, s.nes][k]));
}

/** The optimizers switched on, in the order of `playgroundOn`. */
export function playgroundOptimizers(s: PlaygroundSetting): Optimizer[] {
  const make: Record<Method, () => Optimizer> = {
    gd: () => gd({ eta: s.gdEta }),
    momentum: () => momentum({ eta: s.momEta, beta: s.momBeta }),
    nesterov: () => nesterov({ eta: s.nesEta, beta: s.nesBeta }),
  };
  return playgroundOn(s).map((m) => make[m]());
}

/** The start clamped into the window. */
export function playgroundStart(s: PlaygroundSetting, window: Window): Pair {
  const c = (v: number, [lo, hi]: Pair) => Math.min(hi, Math.max(lo, v));
  return [c(s.x1, window.x), c(s.x2, window.y)];
}

export function playgroundRuns(s: PlaygroundSetting): {
  runs: Trajectory[];
  objective: Objective;
  window: Window;
} {
  const { objective, window } = playgroundObjective(s);
  const start = playgroundStart(s, window);
  const runs = playgroundOptimizers(s).map((o) => run(objective, o, { start, steps: s.steps }));
  return { runs, objective, window };
}

const lossRange: Pair = [1e-10, 1e4];

/**
 * The two drawings' shapes (src/draw/svg.ts): one above the other, each as wide as the figure's
 * column of drawings (src/figures/playground/playground.css: 42.5rem at most), the map square in
 * its frame; on a phone, lower, so the map can stay in view above the controls.
 */
export const playgroundShapes = {
  map: { natural: { width: 680, height: 672 }, phone: { width: phoneShapeWidth, height: 270 } },
  loss: { natural: { width: 680, height: 320 }, phone: { width: phoneShapeWidth, height: 260 } },
} as const satisfies Record<string, Shapes>;

/**
 * Level sets of the objective: a quadratic's are ellipses, computed exactly; the Rosenbrock's come
 * from marching squares, spaced geometrically for its valley.
 */
export function playgroundLevels(objective: Objective, window: Window): LevelCurve[] {
  const Q = (objective as Partial<Quadratic>).Q;
  return Q && objective.minimizer
    ? ellipseLevels({
        Q,
        center: objective.minimizer,
        minimum: objective.minimum ?? 0,
        domain: window,
        count: 9,
      })
    : levelSets({
        value: (x) => objective.value(x),
        domain: window,
        resolution: 80,
        values: Array.from({ length: 9 }, (_, k) => 0.05 * 3 ** k),
      });
}

export interface PlaygroundLabels {
  name: string;
  lossName: string;
  x1: string;
  x2: string;
  step: string;
  loss: string;
  /** Each method's name in the points' tooltips. */
  runLabels: Record<Method, string>;
  punctuation: TipPunctuation;
}

/** Dots on the map for runs of at most this many steps (more would blur into the line). */
const dotsUpTo = 120;

/**
 * The map: the objective's level sets (the base, computed only `withBase`), the runs switched on
 * and the minimizer, as a trajectory figure (src/figures/trajectory/figure.ts); a `draft` without
 * the iterates' hover tips.
 */
export function playgroundMapLayers(
  s: PlaygroundSetting,
  runs: readonly Trajectory[],
  objective: Objective,
  window: Window,
  labels: PlaygroundLabels,
  withBase = true,
  size: Size = playgroundShapes.map.natural,
  draft = false,
): LayeredPlot {
  return trajectoryLayers({
    runs: playgroundOn(s).map((method, k) => ({
      label: labels.runLabels[method],
      method,
      points: runs[k].points.map((p) => [p.x[0], p.x[1]] as const),
    })),
    levels: withBase ? playgroundLevels(objective, window) : [],
    domain: window,
    optimum: (objective.minimizer as Point | undefined) ?? null,
    ...size,
    equal: true,
    stacked: true,
    xLabel: labels.x1,
    yLabel: labels.x2,
    dots: s.steps <= dotsUpTo,
    tips: !draft,
    punctuation: labels.punctuation,
  });
}

/** The loss panel: f(x_t) − f* per step of each run switched on, on a log scale (clipped to its window). */
export function playgroundLossLayers(
  s: PlaygroundSetting,
  runs: readonly Trajectory[],
  objective: Objective,
  labels: PlaygroundLabels,
  size: Size = playgroundShapes.loss.natural,
): LayeredPlot {
  const fStar = objective.minimum ?? 0;
  const visible = (v: number) => Math.min(lossRange[1] * 10, Math.max(lossRange[0] / 10, v));
  const methods = playgroundOn(s);
  return {
    options: {
      // Room left of the frame for tick labels as wide as 10⁻¹⁰ and, clear of them, the axis title.
      ...frameOptions(size.width, size.height, { top: 12, right: 12, bottom: 40, left: 62 }),
      x: {
        domain: [0, s.steps],
        label: labels.step,
        labelAnchor: "center",
        labelArrow: "none",
        ticks: onPhone(size) ? 6 : 10,
      },
      y: {
        type: "log",
        domain: lossRange,
        label: labels.loss,
        labelAnchor: "center",
        labelArrow: "none",
        grid: true,
        ticks: 7,
        tickFormat: (v: number) => tickText(v, "log"),
      },
    },
    base: [Plot.frame({ stroke: colors.muted, strokeOpacity: 0.4, ariaHidden: "true" })],
    // Stacked as on the map: a run under another that falls alike shows on each side of it.
    live: stackedStyles(methods).map(({ colour, width, opacity }, k) =>
      Plot.line(
        runs[k].points.map((p) => [p.t, visible(p.f - fStar)] as const),
        {
          x: "0",
          y: "1",
          stroke: colour,
          strokeWidth: width,
          strokeOpacity: opacity,
          clip: true,
          className: `${liveMarkClass} ml-loss-${methods[k]}`,
        },
      ),
    ),
  };
}
