/**
 * Line charts of one or more series over time or epochs: effective weights β^τ, GD's (1 − ηλ)^t,
 * loss curves. Options in, Plot options out.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { frameOptions } from "./layers.ts";
import { phoneShapeWidth, plainNumber, type Shapes } from "./svg.ts";
import {
  colors,
  defaultWidth,
  isMethod,
  type Method,
  palette,
  type RunStyle,
  runStyles,
  type TipPunctuation,
} from "./theme.ts";

export interface Series {
  label: string;
  /** The method whose run this is, if any: it then takes the method's colour (theme.ts). */
  method?: Method;
  points: readonly (readonly [number, number])[];
}

export interface Axis {
  label?: string;
  domain?: readonly [number, number];
  type?: "linear" | "log";
}

export interface LinesFigureOptions {
  series: readonly Series[];
  x?: Axis;
  y?: Axis;
  /** Include y = 0 with a baseline (default true; loss curves zoom in on their data instead). */
  zero?: boolean;
  /** Draw a dot at every point (default: when a series has at most 40 points). */
  dots?: boolean;
  width?: number;
  height?: number;
  punctuation: TipPunctuation;
}

/**
 * A line chart's shapes: a desktop column, and a phone's (drawn at about its width, so the text
 * keeps its size rather than shrinking to 7 px with the 640 px drawing).
 */
export const linesShapes: Shapes = {
  natural: { width: defaultWidth, height: 300 },
  phone: { width: phoneShapeWidth, height: 300 },
};

/**
 * Each series' colour and dash: a method's run in the method's colour (dashed after an earlier run of
 * that method), any other series in the palette's next colour, solid.
 */
export function seriesStyles(series: readonly Series[]): RunStyle[] {
  const methods = runStyles(series.flatMap((s) => (isMethod(s.method) ? [s.method] : [])));
  let [m, k] = [0, 0];
  return series.map((s) =>
    isMethod(s.method) ? methods[m++] : { colour: palette[k++ % palette.length], dash: "" },
  );
}

export function linesFigure(options: LinesFigureOptions): PlotOptions {
  const data = options.series.flatMap((s, k) => s.points.map(([x, y]) => ({ series: s.label, k, x, y })));
  const styles = seriesStyles(options.series);
  const dashes = [...new Set(styles.map((s) => s.dash))];
  const dots = options.dots ?? options.series.every((s) => s.points.length <= 40);
  const { colon } = options.punctuation;
  // The live figures' look (src/draw/layers.ts `frameOptions`): a faint frame, the y axis's title
  // upright beside it, the x axis's under it.
  return {
    ...frameOptions(
      options.width ?? linesShapes.natural.width,
      options.height ?? linesShapes.natural.height,
      {
        top: 12,
        right: 16,
        bottom: 40,
        left: options.y?.label ? 60 : 52,
      },
    ),
    x: {
      label: options.x?.label ?? null,
      domain: options.x?.domain && [...options.x.domain],
      type: options.x?.type,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      label: options.y?.label ?? null,
      domain: options.y?.domain && [...options.y.domain],
      type: options.y?.type,
      grid: true,
      labelAnchor: "center",
      labelArrow: "none",
      // Plain numbers on a log axis (Plot's default SI prefixes would print 0.3 as "300m").
      ...(options.y?.type === "log" ? { tickFormat: "~g", ticks: 6 } : {}),
    },
    color: {
      type: "ordinal",
      domain: options.series.map((s) => s.label),
      range: styles.map((s) => s.colour),
      legend: options.series.length > 1,
    },
    marks: [
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" }),
      options.zero === false ? null : Plot.ruleY([0], { stroke: colors.muted, strokeOpacity: 0.6 }),
      // One line mark per dash pattern (a mark's dash is constant), coloured by series.
      ...dashes.map((dash) =>
        Plot.line(
          data.filter((d) => styles[d.k].dash === dash),
          {
            x: "x",
            y: "y",
            z: "series",
            stroke: "series",
            strokeWidth: 1.75,
            ...(dash ? { strokeDasharray: dash } : {}),
            clip: true,
          },
        ),
      ),
      dots
        ? Plot.dot(data, {
            x: "x",
            y: "y",
            fill: "series",
            r: 2.25,
            clip: true,
            title: (d: { series: string; x: number; y: number }) =>
              `${d.series}${colon}(${plainNumber(d.x, 4)}, ${plainNumber(d.y, 4)})`,
          })
        : null,
    ],
  } as PlotOptions;
}
