/**
 * The figure for whatever an example exports (`export default …`), chosen by its shape:
 *   - a 2-D trajectory, an array of them, or `{ objective, runs, domain? }` → trajectories over level sets;
 *   - a training result (has `losses`) or an array of them → loss curves;
 *   - a chart `{ series: [{ label, method?, points }], x?, y? }` → line chart (a series with a
 *     `method`, "gd" | "momentum" | "nesterov", in that method's colour).
 * Used at build time and, with the same inputs, in the browser.
 */
import type { PlotOptions } from "@observablehq/plot";
import { bookObjective, type Objective, type Trajectory } from "momentum-live/core";
import type { Point } from "../../draw/geometry.ts";
import { levelSets } from "../../draw/levels.ts";
import { type Axis, linesFigure, linesShapes, type Series } from "../../draw/lines.ts";
import { simplifyLine } from "../../draw/simplify.ts";
import { phoneShapeWidth, type Shapes, type Size } from "../../draw/svg.ts";
import { fill, fixed, optimizerLabel, showPointFixed, stepsText } from "../../i18n/format.ts";
import type { ExampleFigureStrings } from "../../i18n/views.ts";
import { offChartNote, type TrajectoryFigureOptions, trajectoryFigure } from "../trajectory/figure.ts";
import { bookWindow, trajectoryFrame } from "../trajectory/frame.ts";

export interface AutoFigure {
  options: PlotOptions;
  /** Text alternative summarising the data (for screen readers). */
  summary: string;
  /** Notes to print under the figure (e.g. a run that leaves the frame). */
  notes: string[];
  /** For trajectories over level sets: the window and minimizer (what a live figure draws over). */
  trajectory?: { domain: Window; optimum: Point | null };
  /** The sizes the figure can be drawn at (`figureFor`'s `size`): line charts have a phone shape. */
  shapes?: Shapes;
}

type Window = TrajectoryFigureOptions["domain"];

/** Windows for objectives the chapter draws often (the book's window for its 2-D problem). */
const knownWindows = new Map<string, { objective: Objective; domain: Window }>([
  [bookObjective.name, { objective: bookObjective, domain: bookWindow }],
]);

interface ChartSpec {
  series: Series[];
  x?: Axis;
  y?: Axis;
  /** Include y = 0 (default true). */
  zero?: boolean;
}

interface LossResult {
  losses: readonly { epoch: number; loss: number }[];
  /** Loss before the first step, drawn at epoch 0. */
  initialLoss?: number;
  label?: string;
  /** The vertical window (the book's `ylim`); what lies outside is clipped. */
  ylim?: readonly [number, number];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isTrajectory = (v: unknown): v is Trajectory =>
  isObject(v) && Array.isArray(v.points) && isObject(v.optimizer) && typeof v.diverged === "boolean";
const isLossResult = (v: unknown): v is LossResult => isObject(v) && Array.isArray(v.losses);
const isChart = (v: unknown): v is ChartSpec => isObject(v) && Array.isArray(v.series);

/**
 * The figure of `result`, drawn at `size` when given (one of its `shapes`), else at its natural size,
 * with the locale's strings `t` (src/i18n/views.ts `exampleFigureStrings`).
 */
export function figureFor(result: unknown, t: ExampleFigureStrings, size?: Size): AutoFigure | null {
  if (isTrajectory(result)) return trajectoriesFigure([result], undefined, undefined, t, size);
  if (Array.isArray(result) && result.length > 0 && result.every(isTrajectory)) {
    return trajectoriesFigure(result, undefined, undefined, t, size);
  }
  if (isObject(result) && Array.isArray(result.runs) && result.runs.every(isTrajectory)) {
    return trajectoriesFigure(
      result.runs,
      result.objective as Objective | undefined,
      result.domain as Window | undefined,
      t,
      size,
    );
  }
  if (isLossResult(result)) return lossFigure([result], t, size);
  if (Array.isArray(result) && result.length > 0 && result.every(isLossResult)) {
    return lossFigure(result, t, size);
  }
  if (isChart(result)) return chartFigure(result, t, size);
  return null;
}

/**
 * A trajectory figure's shapes: its natural drawing and a phone's (about a phone's width, so the
 * text keeps its size instead of shrinking to 7 px), both with equal scales in x₁ and x₂.
 */
export function trajectoryShapes(domain: Window): Shapes {
  const size = (width?: number) => {
    const frame = trajectoryFrame({ domain, width });
    return { width: frame.width, height: frame.height };
  };
  return { natural: size(), phone: size(phoneShapeWidth) };
}

function trajectoriesFigure(
  runs: Trajectory[],
  objective: Objective | undefined,
  domain: Window | undefined,
  t: ExampleFigureStrings,
  size: Size | undefined,
): AutoFigure | null {
  if (runs.some((r) => r.points[0]?.x.length !== 2)) return null;
  const known = knownWindows.get(runs[0].objective);
  const f = objective ?? known?.objective;
  const window = domain ?? known?.domain ?? windowAround(runs);
  const labelled = runs.map((run) => ({
    label: optimizerLabel(run.optimizer, t),
    method: run.optimizer.method,
    points: run.points.map((p) => [p.x[0], p.x[1]] as Point),
    divergedAt: run.diverged ? run.step : null,
  }));
  // Level curves thinned to what shows at the figure's size (a quarter pixel): smaller inline SVG.
  const { width, height, margin } = trajectoryFrame({ domain: window, ...size });
  const area = {
    domain: window,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  const levels = (f ? levelSets({ value: (x) => f.value(x), domain: window, count: 9 }) : []).map(
    (level) => ({
      ...level,
      points: simplifyLine(level.points, area),
    }),
  );
  const options: TrajectoryFigureOptions = {
    runs: labelled,
    levels,
    domain: window,
    optimum: (f?.minimizer as Point | undefined) ?? null,
    ...size,
    punctuation: t.punctuation,
    offChart: offChartNote(t.offChart),
  };
  const notes: string[] = [];
  for (const run of labelled) {
    if (run.divergedAt !== null)
      notes.push(`${run.label}${t.punctuation.colon}${fill(t.diverged, { k: run.divergedAt })}`);
  }
  const summary = labelled
    .map((run) => {
      const first = run.points[0];
      const last = run.points[run.points.length - 1];
      return fill(t.trajectorySummary, {
        label: run.label,
        steps: stepsText(run.points.length - 1, t),
        from: showPointFixed(first),
        to: showPointFixed(last),
      });
    })
    .join(t.punctuation.gap);
  return {
    options: trajectoryFigure(options),
    summary,
    notes,
    trajectory: { domain: window, optimum: options.optimum ?? null },
    shapes: trajectoryShapes(window),
  };
}

/** A window around the runs: the start, the iterates near it, and a margin. */
function windowAround(runs: Trajectory[]): Window {
  const start = runs[0].points[0].x;
  const reach = Math.max(1, Math.hypot(start[0], start[1]));
  const near = runs.flatMap((r) =>
    r.points.filter((p) => Math.hypot(p.x[0] - start[0], p.x[1] - start[1]) <= 3 * reach).map((p) => p.x),
  );
  const xs = near.map((p) => p[0]);
  const ys = near.map((p) => p[1]);
  const pad = (lo: number, hi: number): [number, number] => {
    const m = Math.max(0.1 * (hi - lo), 0.25);
    return [lo - m, hi + m];
  };
  return { x: pad(Math.min(...xs), Math.max(...xs)), y: pad(Math.min(...ys), Math.max(...ys)) };
}

function lossFigure(results: LossResult[], t: ExampleFigureStrings, size: Size | undefined): AutoFigure {
  const series = results.map((r, k) => ({
    label: r.label ?? (results.length > 1 ? `${k + 1}` : t.loss),
    points: [
      ...(Number.isFinite(r.initialLoss) ? [[0, r.initialLoss as number] as const] : []),
      ...r.losses.map((p) => [p.epoch, p.loss] as const),
    ],
  }));
  const epochs = Math.max(...results.flatMap((r) => r.losses.map((p) => p.epoch)));
  const options = linesFigure({
    series,
    x: { label: t.epoch, domain: [0, Math.ceil(epochs)] },
    y: { label: t.loss, domain: results.find((r) => r.ylim)?.ylim },
    zero: false,
    ...size,
    punctuation: t.punctuation,
  });
  const summary = series
    .map((s) => {
      const last = s.points[s.points.length - 1];
      const n = s.points.length;
      return fill(n === 1 ? t.lossOnce : t.lossTimes, { n, last: fixed(last?.[1] ?? Number.NaN) });
    })
    .join(t.punctuation.gap);
  return { options, summary, notes: [], shapes: linesShapes };
}

function chartFigure(chart: ChartSpec, t: ExampleFigureStrings, size: Size | undefined): AutoFigure {
  const summary = chart.series
    .map((s) => {
      const last = s.points[s.points.length - 1];
      return fill(t.chartSummary, {
        label: s.label,
        points: s.points.length,
        last: last ? showPointFixed(last) : "–",
      });
    })
    .join(t.punctuation.gap);
  return {
    options: linesFigure({
      series: chart.series,
      x: chart.x,
      y: chart.y,
      zero: chart.zero,
      ...size,
      punctuation: t.punctuation,
    }),
    summary,
    notes: [],
    shapes: linesShapes,
  };
}
