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

/**
 * How a run is drawn: its method's colour, and a dash when an earlier run has the same method; in
 * a stack of runs (`stackedStyles`), its line's width and opacity too.
 */
export interface RunStyle {
  colour: string;
  dash: string;
  /** The line's width in px (default: `runWidth`). */
  width?: number;
  /** The line's opacity (default 1). */
  opacity?: number;
}

/** The width of a run's line, px. */
export const runWidth = 1.75;

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
 * Runs of different methods drawn one over another, in order (the playground's): each is wider and
 * lighter the more runs are drawn over it, so a run that coincides with later ones still shows, as
 * a band on each side of theirs (1.25 px a run), and the one on top is drawn as any run.
 */
export function stackedStyles(methods: readonly Method[]): RunStyle[] {
  return methods.map((method, k) => {
    const over = methods.length - 1 - k;
    return { colour: methodColour(method), dash: "", width: runWidth + 2.5 * over, opacity: over ? 0.55 : 1 };
  });
}

/**
 * The inline style of a run's key in a readout (src/styles/figures.css `.ml-run-label`, a bar in its
 * colour, and `.ml-keyed`, a square): a dashed run's bar is broken by the same dash pattern,
 * vertically; a run of a stack (`stackedStyles`) gets a stroke of its line's width and opacity.
 */
export function keyStyle({ colour, dash, width, opacity }: RunStyle): string {
  if (width !== undefined)
    return `--ml-run: ${colour}; --ml-run-width: ${width}px; --ml-run-opacity: ${opacity ?? 1}`;
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
