/**
 * The playground figure: an objective (a rotated quadratic of any condition number and angle, or a
 * stretched Rosenbrock), up to three optimizers from one start, drawn over level sets, and their
 * loss f(x_t) − f* per step on a log scale. Pure; the build draws the default state, the browser
 * rewrites the paths (the level sets only when the objective changes).
 */
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
import { levelSets } from "../../draw/levels.ts";
import {
  axes,
  clipRect,
  dotsPath,
  esc,
  linePath,
  type Pair,
  type Panel,
  panelOf,
  px,
  svgRoot,
} from "../../draw/svg.ts";
import { type Method, methodColour } from "../../draw/theme.ts";

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

export interface PlaygroundLayout {
  map: Panel;
  loss: Panel;
}

const lossRange: Pair = [1e-10, 1e4];

export function playgroundLayout(window: Window, steps: number): PlaygroundLayout {
  const size = 340;
  const box = { left: 44, top: 12, right: size - 12, bottom: size - 40 };
  const side = box.right - box.left;
  const mapBox = {
    ...box,
    bottom: box.top + side * ((window.y[1] - window.y[0]) / (window.x[1] - window.x[0])),
  };
  // Room left of the frame for tick labels as wide as 10⁻¹⁰ and, clear of them, the axis title.
  const lossBox = { left: 62, top: 12, right: size - 12, bottom: size - 40 };
  return {
    map: panelOf(size, mapBox.bottom + 40, mapBox, window.x, window.y),
    loss: panelOf(size, size, lossBox, [0, steps], lossRange, "log"),
  };
}

/**
 * Level sets of the objective as one path: a quadratic's are ellipses, computed exactly; the
 * Rosenbrock's come from marching squares, spaced geometrically for its valley.
 */
export function playgroundContours(objective: Objective, window: Window, layout: PlaygroundLayout): string {
  const Q = (objective as Partial<Quadratic>).Q;
  const curves =
    Q && objective.minimizer
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
  return curves.map((c) => linePath(c.points, layout.map.x, layout.map.y)).join("");
}

/** Per run: its path and dots on the map, its loss line (f − f*, clipped to the window). */
export function playgroundPaths(
  runs: readonly Trajectory[],
  objective: Objective,
  window: Window,
  layout: PlaygroundLayout,
) {
  const fStar = objective.minimum ?? 0;
  const far = (p: readonly number[]) =>
    p[0] < window.x[0] - 10 || p[0] > window.x[1] + 10 || p[1] < window.y[0] - 10 || p[1] > window.y[1] + 10;
  return runs.map((r) => {
    const out = r.points.findIndex((p) => far(p.x));
    const shown = (out < 0 ? r.points : r.points.slice(0, out + 1)).map((p) => [p.x[0], p.x[1]] as Pair);
    const loss = r.points.map(
      (p) => [p.t, Math.min(lossRange[1] * 10, Math.max(lossRange[0] / 10, p.f - fStar))] as Pair,
    );
    return {
      path: linePath(shown, layout.map.x, layout.map.y),
      dots: shown.length <= 120 ? dotsPath(shown, layout.map.x, layout.map.y) : "",
      loss: linePath(loss, layout.loss.x, layout.loss.y),
    };
  });
}

export interface PlaygroundLabels {
  name: string;
  lossName: string;
  x1: string;
  x2: string;
  step: string;
  loss: string;
}

/** Axes of both panels (redrawn when the window or the number of steps changes). */
export function playgroundAxes(
  layout: PlaygroundLayout,
  labels: PlaygroundLabels,
): { map: string; loss: string } {
  const { map, loss } = layout;
  return {
    map: axes(map.box, map.x, map.y, { x: labels.x1, y: labels.x2 }, { xTicks: 6, yTicks: 6 }),
    loss: axes(
      loss.box,
      loss.x,
      loss.y,
      { x: labels.step, y: labels.loss },
      { xTicks: 6, yTicks: 7, grid: true, yLabelOffset: 50 },
    ),
  };
}

/** Both panels (build time); every method has its paths, empty when it is switched off. */
export function playgroundSvg(s: PlaygroundSetting, labels: PlaygroundLabels, id: string): string {
  const { runs, objective, window } = playgroundRuns(s);
  const layout = playgroundLayout(window, s.steps);
  const paths = playgroundPaths(runs, objective, window, layout);
  const on = playgroundOn(s);
  const byMethod = (m: Method) => paths[on.indexOf(m)] ?? { path: "", dots: "", loss: "" };
  const { map, loss } = layout;
  const start = playgroundStart(s, window);
  const optimum = objective.minimizer ?? [0, 0];
  const mapBody = [
    `<defs>${clipRect(`${id}-map`, map.box)}</defs>`,
    `<g clip-path="url(#${esc(id)}-map)" aria-hidden="true"><path data-layer="contours" d="${playgroundContours(objective, window, layout)}" fill="none" stroke="var(--ml-contour)" stroke-opacity="0.7"/>`,
    ...playgroundMethods.map(
      (m) =>
        `<path data-run="${m}" d="${byMethod(m).path}" fill="none" stroke="${methodColour(m)}" stroke-width="1.75"/><path data-dots="${m}" d="${byMethod(m).dots}" fill="none" stroke="${methodColour(m)}" stroke-width="4.5" stroke-linecap="round"/>`,
    ),
    `</g><path data-layer="optimum" d="M${px(map.x(optimum[0]) - 5)},${px(map.y(optimum[1]) - 5)}l10,10m0,-10l-10,10" stroke="var(--ml-optimum)" stroke-width="2"/>`,
    `<g data-layer="axes">${playgroundAxes(layout, labels).map}</g>`,
    `<g class="ml-point" data-layer="start" transform="translate(${px(map.x(start[0]))},${px(map.y(start[1]))})"><circle r="14" class="ml-handle-hit"/><circle r="6" fill="currentColor" fill-opacity="0.25" stroke="currentColor" stroke-width="1.5"/></g>`,
  ].join("");
  const lossBody = [
    `<defs>${clipRect(`${id}-loss`, loss.box)}</defs>`,
    `<g data-layer="axes">${playgroundAxes(layout, labels).loss}</g>`,
    `<g clip-path="url(#${esc(id)}-loss)" aria-hidden="true">`,
    ...playgroundMethods.map(
      (m) =>
        `<path data-loss="${m}" d="${byMethod(m).loss}" fill="none" stroke="${methodColour(m)}" stroke-width="1.75"/>`,
    ),
    "</g>",
  ].join("");
  return `<div class="ml-panels">${svgRoot(map.width, map.height, labels.name, mapBody, { "data-panel": "map" })}${svgRoot(loss.width, loss.height, labels.lossName, lossBody, { "data-panel": "loss" })}</div>`;
}
