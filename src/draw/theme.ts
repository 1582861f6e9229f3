/**
 * Colours and type for every figure, as CSS custom properties (defined in src/styles/site.css for
 * light and dark themes), so a figure follows Starlight's theme switch without being redrawn.
 */
import type { Optimizer } from "momentum-live/core";

/** A run's method: gradient descent, momentum or Nesterov's look-ahead (the core's `Optimizer.method`). */
export type Method = Optimizer["method"];

/**
 * Each method's one colour, in every figure, legend, readout key and swatch, whatever else the
 * figure shows (src/styles/site.css defines them for both themes; each has at least 3:1 contrast
 * with the page and they stay apart for colour-blind readers).
 */
const methodColours: Readonly<Record<Method, string>> = {
  gd: "var(--ml-gd)",
  momentum: "var(--ml-momentum)",
  nesterov: "var(--ml-nesterov)",
};

/** Whether `m` names a method (a reader's chart may say anything). */
export const isMethod = (m: unknown): m is Method => typeof m === "string" && Object.hasOwn(methodColours, m);

/** The colour of a method's runs: `var(--ml-gd)`, `var(--ml-momentum)` or `var(--ml-nesterov)`. */
export const methodColour = (method: Method): string => methodColours[method];

/**
 * Dash patterns of runs of one method with different parameters in one figure: the first is solid,
 * the next dashed, then dotted, then dash-dot (SVG `stroke-dasharray`; "" for solid).
 */
export const runDashes = ["", "6 3", "1.5 3", "8 3 2 3"] as const;

/** How a run is drawn: its method's colour, and a dash when an earlier run has the same method. */
export interface RunStyle {
  colour: string;
  dash: string;
}

/** The style of each run, in order: colour by method, dashes counting the runs of each method. */
export function runStyles(methods: readonly Method[]): RunStyle[] {
  const seen = new Map<Method, number>();
  return methods.map((method) => {
    const k = seen.get(method) ?? 0;
    seen.set(method, k + 1);
    return { colour: methodColour(method), dash: runDashes[k % runDashes.length] };
  });
}

/**
 * The inline style of a run's key in a readout (src/styles/figures.css `.ml-run-label`, a bar in its colour): a
 * dashed run's bar is broken by the same dash pattern, vertically.
 */
export function keyStyle({ colour, dash }: RunStyle): string {
  if (!dash) return `--ml-run: ${colour}`;
  let at = 0;
  const stops = dash
    .split(" ")
    .map(Number)
    .map((length, k) => {
      const paint = k % 2 ? "transparent" : "var(--ml-run)";
      const stop = `${paint} ${at}px ${at + length}px`;
      at += length;
      return stop;
    });
  return `--ml-run: ${colour}; --ml-run-dash: repeating-linear-gradient(${stops.join(", ")}) 1`;
}

/**
 * Categorical palette for series that are not methods (β values, curvatures, loss runs, the terms
 * of a step), in order. None of them is a method's colour, so the two can share a figure.
 */
export const palette = [
  "var(--ml-series-1)",
  "var(--ml-series-2)",
  "var(--ml-series-3)",
  "var(--ml-series-4)",
] as const;

export const colors = {
  ink: "currentColor",
  muted: "var(--ml-muted)",
  contour: "var(--ml-contour)",
  optimum: "var(--ml-optimum)",
} as const;

/** Base options shared by every plot: transparent background, inherited text colour, font. */
export const baseStyle = {
  background: "transparent",
  color: "currentColor",
  fontSize: "13px",
  fontFamily: "var(--sl-font, system-ui, sans-serif)",
  overflow: "visible",
} as const;

/** A locale's punctuation in the points' tooltips ("momentum, t = 3: (…)"). */
export interface TipPunctuation {
  comma: string;
  colon: string;
}

/** Default plot width in CSS pixels; the SVG scales down to its container. */
export const defaultWidth = 640;
