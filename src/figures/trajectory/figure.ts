/**
 * Trajectories of 2-D optimizers over the level sets of their objective (the book's figures of the
 * ill-conditioned problem, (12.6.4)–(12.6.5)). Options in, Plot options out; the same function draws
 * at build time and in the browser.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import type { LevelCurve, Point } from "../../draw/geometry.ts";
import { cornerNote, frameOptions, type LayeredPlot, liveMarkClass, wholePlot } from "../../draw/layers.ts";
import { plainNumber } from "../../draw/svg.ts";
import {
  colors,
  type Method,
  runStyles,
  runWidth,
  stackedStyles,
  type TipPunctuation,
} from "../../draw/theme.ts";
import { fill, show } from "../../i18n/format.ts";
import { trajectoryFrame } from "./frame.ts";

export { type TrajectoryFrame, trajectoryFrame } from "./frame.ts";

export interface TrajectoryRun {
  label: string;
  /** Its method, which sets its colour (src/draw/theme.ts `runStyles`). */
  method: Method;
  /** x_0 … x_T. */
  points: readonly Point[];
  /** Step at which the run diverged, if it did. */
  divergedAt?: number | null;
}

export interface TrajectoryFigureOptions {
  runs: readonly TrajectoryRun[];
  levels: readonly LevelCurve[];
  /** The visible window; points outside are clipped and reported in `offChart`. */
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  /** The minimizer, marked with a cross. */
  optimum?: Point | null;
  width?: number;
  /** Plot height; default: equal scales in x and y (level sets keep their true shape), at most 480. */
  height?: number;
  /** With a `height`: keep the scales equal, the frame centred across the width (`trajectoryFrame`). */
  equal?: boolean;
  /**
   * Runs of different methods drawn in a stack (src/draw/theme.ts `stackedStyles`): each wider and
   * lighter than the runs over it, so none hides another. Default: one width, dashes by method.
   */
  stacked?: boolean;
  xLabel?: string;
  yLabel?: string;
  punctuation: TipPunctuation;
  /** Draw a dot at every iterate (default true). */
  dots?: boolean;
  /**
   * Each dot tells its step and point on hover (a `<title>`; default true). A live figure's draft
   * (src/live/figure.ts `drafts`) leaves them out: no one hovers a dot while dragging a slider, and
   * they were half of a redraw's time.
   */
  tips?: boolean;
  /** Text shown when a run leaves the window; receives the run, first step outside and last point. */
  offChart?: (run: TrajectoryRun, firstOutside: number, last: Point) => string;
}

const inside = ([x, y]: Point, d: TrajectoryFigureOptions["domain"]) =>
  x >= d.x[0] && x <= d.x[1] && y >= d.y[0] && y <= d.y[1];

/** Notes for runs that leave the window (a diverging run must not squash the plot). */
export function offChartNotes(options: TrajectoryFigureOptions): string[] {
  const notes: string[] = [];
  for (const run of options.runs) {
    const first = run.points.findIndex((p) => !inside(p, options.domain));
    if (first >= 0 && options.offChart) {
      notes.push(options.offChart(run, first, run.points[run.points.length - 1]));
    }
  }
  return notes;
}

/**
 * The note of a run that leaves the window, from the locale's `template` (its label, the first step
 * outside, and the coordinate that went furthest at the end).
 */
export function offChartNote(template: string): NonNullable<TrajectoryFigureOptions["offChart"]> {
  return (run, first, last) => {
    const coord = Math.abs(last[1]) > Math.abs(last[0]) ? "x₂" : "x₁";
    const value = coord === "x₂" ? last[1] : last[0];
    return fill(template, { label: run.label, t: first, coord, value: show(value, 1) });
  };
}

/** The level sets of a trajectory figure and its minimizer, marked with a cross (base marks). */
export function levelMarks(levels: readonly LevelCurve[], optimum?: Point | null) {
  const levelData = levels.flatMap((level, l) =>
    level.points.map(([x, y]) => ({ l, value: level.value, x, y })),
  );
  return [
    Plot.line(levelData, {
      x: "x",
      y: "y",
      z: "l",
      stroke: colors.contour,
      strokeWidth: 1,
      strokeOpacity: 0.7,
      clip: true,
      ariaHidden: "true",
    }),
    optimum
      ? Plot.dot([optimum], {
          x: (d: Point) => d[0],
          y: (d: Point) => d[1],
          symbol: "times",
          r: 5,
          stroke: colors.optimum,
          strokeWidth: 2,
          ariaDescription: "minimum",
        })
      : null,
  ];
}

/** A figure whose runs are drawn in panels (Plot facets): run r in the panel `panel(r)` of the facet channel. */
export interface RunFacets {
  channel: "fx" | "fy";
  panel(r: number): string;
}

/**
 * The runs as live marks: one line a run in its method's colour (dashed when an earlier run has the
 * same method), then its iterates as dots over all lines, each telling its step and point. A run
 * that leaves the window is drawn up to its first point outside (the segment to it is clipped at
 * the frame); later segments would only streak across. With `facets`, each run in its own panel.
 */
export function runMarks(
  options: Pick<TrajectoryFigureOptions, "runs" | "domain" | "punctuation" | "dots" | "stacked" | "tips">,
  facets?: RunFacets,
) {
  const { domain } = options;
  const { comma, colon } = options.punctuation;
  const runData = options.runs.flatMap((run, r) => {
    const first = run.points.findIndex((p) => !inside(p, domain));
    const shown = first < 0 ? run.points : run.points.slice(0, first + 1);
    return shown.map(([x, y], t) => ({ run: run.label, r, t, x, y }));
  });
  const methods = options.runs.map((run) => run.method);
  const styles = options.stacked ? stackedStyles(methods) : runStyles(methods);
  const live = { className: liveMarkClass, clip: true } as const;
  // Where run r's marks are drawn: its points, in its panel (if the figure has panels).
  const at = (r: number) => ({
    x: "x",
    y: "y",
    ...(facets ? { [facets.channel]: () => facets.panel(r) } : {}),
  });
  return [
    // One line a run: its method's colour, dashed when an earlier run has the same method (or in
    // a stack, wider and lighter under later runs).
    ...styles.map(({ colour, dash, width = runWidth, opacity }, r) =>
      Plot.line(
        runData.filter((d) => d.r === r),
        {
          ...at(r),
          stroke: colour,
          strokeWidth: width,
          ...(dash ? { strokeDasharray: dash } : {}),
          ...(opacity === undefined ? {} : { strokeOpacity: opacity }),
          ariaDescription: "trajectory",
          ...live,
          className: `${liveMarkClass} ml-run-${options.runs[r].method}`,
        },
      ),
    ),
    // Its iterates as dots over all lines, in its colour (in a stack, as much wider as its line);
    // each tells its step and point.
    ...(options.dots === false ? [] : styles).map(({ colour, width = runWidth, opacity }, r) =>
      Plot.dot(
        runData.filter((d) => d.r === r),
        {
          ...at(r),
          fill: colour,
          r: 2.75 + (width - runWidth) / 2,
          ...(opacity === undefined ? {} : { fillOpacity: opacity }),
          ...(options.tips === false
            ? {}
            : {
                title: (d: { run: string; t: number; x: number; y: number }) =>
                  `${d.run}${comma}t = ${d.t}${colon}(${plainNumber(d.x, 5)}, ${plainNumber(d.y, 5)})`,
              }),
          ariaDescription: "iterates",
          ...live,
          className: `${liveMarkClass} ml-dots-${options.runs[r].method}`,
        },
      ),
    ),
  ];
}

/** The figure in layers: frame and axes (fixed); level sets and minimizer (the base); the runs and their notes. */
export function trajectoryLayers(options: TrajectoryFigureOptions): LayeredPlot {
  const { domain } = options;
  const { width, height, margin } = trajectoryFrame(options);
  return {
    options: {
      ...frameOptions(width, height, margin),
      x: { domain: [...domain.x], label: options.xLabel ?? "x₁", labelAnchor: "center", labelArrow: "none" },
      y: { domain: [...domain.y], label: options.yLabel ?? "x₂", labelAnchor: "center", labelArrow: "none" },
    },
    fixed: [Plot.frame({ stroke: colors.muted, strokeOpacity: 0.4, ariaHidden: "true" })],
    base: levelMarks(options.levels, options.optimum),
    live: [
      ...runMarks(options),
      cornerNote(offChartNotes(options), {
        className: liveMarkClass,
        width: width - margin.left - margin.right,
      }),
    ],
  };
}

export function trajectoryFigure(options: TrajectoryFigureOptions): PlotOptions {
  return wholePlot(trajectoryLayers(options));
}
