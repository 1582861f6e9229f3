/**
 * The scalar problem f(x) = λ/2·x² (E11, E12) on a log scale: gradient descent's |1 − ηλ|^t next to
 * momentum's |x_t| (run by the core from x_0 = 1) and the rate ρ^t that bounds it, drawn with Plot
 * in two layers (src/draw/layers.ts): base = frame and axes (the x axis follows the number of
 * steps), and on a phone the legend under the plot; live = the three curves, and at the natural
 * size the legend in the plot (drawn over the curves).
 */
import * as Plot from "@observablehq/plot";
import {
  gdFactor,
  momentum,
  momentumMatrix,
  run,
  scalarQuadratic,
  spectralRadius,
  type Trajectory,
} from "momentum-live/core";
import { legendUnder } from "../../draw/labels.ts";
import { frameOptions, type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import { type KeyEntry, legendMarks } from "../../draw/legend.ts";
import { onPhone, type Pair, phoneShapeWidth, type Shapes, type Size, tickText } from "../../draw/svg.ts";
import { colors, methodColour } from "../../draw/theme.ts";

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

/** The three curves: each method in its colour, the rate ρ^t dashed in the text's colour. */
const curves = [
  { key: "gd", stroke: methodColour("gd") },
  { key: "momentum", stroke: methodColour("momentum") },
  { key: "rate", stroke: colors.ink, dash: "5 4", opacity: 0.6 },
] as const;

/** Fewer ticks on an axis drawn shorter than its natural `full` pixels (a narrow screen). */
const ticks = (n: number, length: number, full: number) =>
  Math.max(3, Math.min(n, Math.round((n * length) / full)));

/** Powers of ten over the window, about `count` of them. */
function decades(count: number): number[] {
  const [lo, hi] = [Math.log10(floor), Math.log10(ceiling)];
  const every = Math.ceil((hi - lo) / count);
  return Array.from({ length: Math.floor((hi - lo) / every) + 1 }, (_, k) => 10 ** (lo + k * every));
}

/**
 * The figure of `series` over `steps` steps at `size` (default: natural): on a phone the legend
 * goes under the plot and the y axis's name moves out of the way of the tick labels (10⁻⁴, 0.01).
 */
export function scalarLayers(
  labels: ScalarLabels,
  series: ScalarSeries,
  steps = scalarSteps,
  size?: Size,
): LayeredPlot {
  const { width, height } = size ?? scalarShapes.natural;
  const phone = onPhone(size);
  const keys: KeyEntry[] = curves.map((c) => ({ ...c, label: labels[c.key] }));
  const margin = {
    top: 12,
    right: 16,
    left: phone ? 60 : 52,
    bottom: 40 + (phone ? legendUnder(keys, width).room : 0),
  };
  const options: LayeredPlot["options"] = {
    ...frameOptions(width, height, margin),
    x: {
      domain: [0, steps],
      ticks: ticks(8, width - margin.left - margin.right, 572),
      label: labels.x,
      // Under the ticks, where the natural figure has it (Plot would put it under a phone's legend).
      labelOffset: 37,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      type: "log",
      domain: [floor, ceiling],
      ticks: decades(ticks(7, height - margin.top - margin.bottom, 228)),
      tickFormat: (v: number) => tickText(v, "log"),
      grid: true,
      label: labels.y,
      labelAnchor: "center",
      labelArrow: "none",
    },
  };
  const lines = curves.map((c) =>
    Plot.line(series[c.key], {
      stroke: c.stroke,
      strokeWidth: 2,
      ...("dash" in c ? { strokeDasharray: c.dash, strokeOpacity: c.opacity } : {}),
      clip: true,
      className: liveMarkClass,
      ariaDescription: c.key,
    }),
  );
  const legend = legendMarks(keys, options, phone, phone ? {} : { className: liveMarkClass });
  return {
    options,
    // Under the plot (a phone) the legend never changes; in it, it is drawn over the curves, on
    // its halo, so it is re-plotted with them.
    base: [
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" }),
      ...(phone ? legend : []),
    ],
    live: [...lines, ...(phone ? [] : legend)],
  };
}
