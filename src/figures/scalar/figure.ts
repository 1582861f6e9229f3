/**
 * The scalar problem f(x) = λ/2·x² (E11, E12) on a log scale: gradient descent's |1 − ηλ|^t next to
 * momentum's |x_t| (run by the core from x_0 = 1) and the rate ρ^t that bounds it. Pure markup; the
 * browser rewrites the three paths' `d` only.
 */
import {
  gdFactor,
  momentum,
  momentumMatrix,
  run,
  scalarQuadratic,
  spectralRadius,
  type Trajectory,
} from "momentum-live/core";
import { type LegendEntry, legendUnder, legendUnderMarkup } from "../../draw/labels.ts";
import {
  axes,
  clipRect,
  esc,
  linePath,
  onPhone,
  type Pair,
  type Panel,
  panelOf,
  phoneShapeWidth,
  type Shapes,
  type Size,
  svgRoot,
} from "../../draw/svg.ts";
import { methodColour } from "../../draw/theme.ts";

/** The panel, and on a phone the legend's entries, drawn under the x axis (none: the legend is in the plot). */
export type ScalarLayout = Panel & { legend?: LegendEntry[] };

/** On a phone, a taller figure with the legend under the plot (in it, it would cover the curves). */
export const scalarShapes: Shapes = {
  natural: { width: 640, height: 280 },
  phone: { width: phoneShapeWidth, height: 310 },
};

/**
 * Steps drawn (the book's setting; the reader's slider changes it), and the window of |x_t| (values
 * outside are clipped at the frame).
 */
export const scalarSteps = 40;
const floor = 1e-8;
const ceiling = 1e4;

/**
 * The layout of `steps` steps at `size` (default: natural); on a phone the plot makes room for the
 * legend below.
 */
export function scalarLayout(labels: ScalarLabels, size?: Size, steps = scalarSteps): ScalarLayout {
  const { width, height } = size ?? scalarShapes.natural;
  const legend = onPhone(size) ? legendEntries(labels) : undefined;
  const below = legend ? legendUnder(legend, width).room : 0;
  // On a phone the y axis's name moves out of the way of the tick labels (10⁻⁴, 0.01).
  const box = { left: legend ? 60 : 52, top: 12, right: width - 16, bottom: height - 40 - below };
  return { ...panelOf(width, height, box, [0, steps], [floor, ceiling], "log"), legend };
}

export interface ScalarSeries {
  /** |1 − ηλ|^t. */
  gd: Pair[];
  /** |x_t| of momentum from x_0 = 1 (ends early if the core stops a diverging run). */
  momentum: Pair[];
  /** ρ^t, ρ the spectral radius of R(β, η, λ). */
  rate: Pair[];
  /** |x_T| of each method after the last step T, unclipped (see {@link momentumEnd}). */
  ends: { gd: number; momentum: number };
}

/** Keeps log-scale values finite: 0 (GD at ηλ = 1) is drawn at the bottom of the window. */
const visible = (v: number) => Math.min(ceiling * 10, Math.max(floor / 10, Math.abs(v)));

export function scalarSeries(lambda: number, eta: number, beta: number, steps = scalarSteps): ScalarSeries {
  const factor = Math.abs(gdFactor(eta, lambda));
  const rho = spectralRadius(beta, eta, lambda);
  const trajectory = run(scalarQuadratic(lambda), momentum({ eta, beta }), { start: [1], steps });
  const ts = Array.from({ length: steps + 1 }, (_, t) => t);
  return {
    gd: ts.map((t) => [t, visible(factor ** t)] as Pair),
    momentum: trajectory.points.map((p) => [p.t, visible(p.x[0])] as Pair),
    rate: ts.map((t) => [t, visible(rho ** t)] as Pair),
    ends: { gd: factor ** steps, momentum: momentumEnd(trajectory, lambda, eta, beta, steps) },
  };
}

/**
 * |x_T| of momentum: the core's last point, continued to step T by E12's [v, x] ← R(β, η, λ)·[v, x]
 * when the core stopped a diverging run early (at |x| > 2·10⁶). Within the sliders' ranges
 * |x_T| < 10²⁰⁰; beyond 1.8·10³⁰⁸ it is ∞.
 */
function momentumEnd(
  trajectory: Trajectory,
  lambda: number,
  eta: number,
  beta: number,
  steps: number,
): number {
  const last = trajectory.points[trajectory.points.length - 1];
  const [[a, b], [c, d]] = momentumMatrix(beta, eta, lambda);
  let v = last.v[0];
  let x = last.x[0];
  for (let t = last.t; t < steps; t++) [v, x] = [a * v + b * x, c * v + d * x];
  return Math.abs(x);
}

export interface ScalarLabels {
  name: string;
  x: string;
  y: string;
  gd: string;
  momentum: string;
  rate: string;
}

const series = [
  { key: "gd", colour: methodColour("gd"), dash: "" },
  { key: "momentum", colour: methodColour("momentum"), dash: "" },
  { key: "rate", colour: "currentColor", dash: ' stroke-dasharray="5 4" stroke-opacity="0.6"' },
] as const;

const legendEntries = (labels: ScalarLabels): LegendEntry[] =>
  series.map((o) => ({ label: labels[o.key], stroke: `stroke="${o.colour}" stroke-width="2"${o.dash}` }));

export function scalarPaths(
  layout: ScalarLayout,
  s: ScalarSeries,
): Record<"gd" | "momentum" | "rate", string> {
  return {
    gd: linePath(s.gd, layout.x, layout.y),
    momentum: linePath(s.momentum, layout.x, layout.y),
    rate: linePath(s.rate, layout.x, layout.y),
  };
}

/** Fewer ticks on an axis drawn shorter than its natural `full` pixels (a narrow screen). */
const ticks = (n: number, length: number, full: number) =>
  Math.max(3, Math.min(n, Math.round((n * length) / full)));

export function scalarSvg(layout: ScalarLayout, labels: ScalarLabels, s: ScalarSeries, id: string): string {
  const d = scalarPaths(layout, s);
  const { box } = layout;
  const lines = series
    .map(
      (o) =>
        `<path data-series="${o.key}" d="${d[o.key]}" fill="none" stroke="${o.colour}" stroke-width="2"${o.dash}/>`,
    )
    .join("");
  const legend = layout.legend
    ? legendUnderMarkup(layout.legend, layout.width, box.bottom)
    : series
        .map(
          (o, k) =>
            `<g transform="translate(${box.right - 150},${box.top + 14 + 18 * k})"><path d="M0,0h22" stroke="${o.colour}" stroke-width="2"${o.dash}/><text x="28" dy="0.32em">${esc(labels[o.key])}</text></g>`,
        )
        .join("");
  return svgRoot(
    layout.width,
    layout.height,
    labels.name,
    `<defs>${clipRect(`${id}-clip`, box)}</defs>${axes(box, layout.x, layout.y, labels, { xTicks: ticks(8, box.right - box.left, 572), yTicks: ticks(7, box.bottom - box.top, 228), grid: true, yLabelOffset: box.left - 14 })}<g clip-path="url(#${esc(id)}-clip)" aria-hidden="true">${lines}</g><g fill="currentColor" font-size="12" aria-hidden="true" paint-order="stroke" stroke="var(--sl-color-bg, white)" stroke-width="3">${legend}</g>`,
  );
}
