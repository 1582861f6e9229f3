/**
 * Colours and type for every figure, as CSS custom properties (defined in src/styles/site.css for
 * light and dark themes), so a figure follows Starlight's theme switch without being redrawn.
 */

/** Categorical palette for series and runs, in order. */
export const palette = [
  "var(--ml-series-1)",
  "var(--ml-series-2)",
  "var(--ml-series-3)",
  "var(--ml-series-4)",
  "var(--ml-series-5)",
  "var(--ml-series-6)",
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
