/**
 * A Plot figure in layers. `base` holds the marks no control changes (frame, axes, level sets,
 * shading): the build draws them and a live figure keeps that drawing, drawing it again only at
 * another size or when its key changes. `live` holds the marks a control changes (runs, dots,
 * notes): a live figure re-plots only these, in the same scales (src/live/plot.ts). A figure whose
 * base changes with a slider (level sets that follow κ) splits off `fixed`: the marks under the
 * base that change only with the size (frame, titles, and the axes: with `fixed`, the axes the
 * options imply are drawn in this layer alone), so a redrawn base leaves them be. The build draws
 * all of them (`wholePlot`). `options` fixes the size and margins, so the layers share one pixel frame.
 */
import type { Markish, PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { baseStyle, colors } from "./theme.ts";

export interface LayeredPlot {
  options: Omit<PlotOptions, "marks"> & {
    width: number;
    height: number;
    marginTop: number;
    marginRight: number;
    marginBottom: number;
    marginLeft: number;
  };
  /** Marks under the base that change only with the size; with them, the options' axes are drawn here alone. */
  fixed?: Markish[];
  base: Markish[];
  live: Markish[];
}

/** Class of the live marks in the build's drawing (a live figure removes them and draws its own). */
export const liveMarkClass = "ml-runs";

export function wholePlot(plot: LayeredPlot): PlotOptions {
  return { ...plot.options, marks: [...(plot.fixed ?? []), ...plot.base, ...plot.live] };
}

/** Margins around a plot's frame, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The margins that put a figure `width` × `height` pixels' frame at `box` (its pixel edges). */
export function marginsOf(
  width: number,
  height: number,
  box: { left: number; top: number; right: number; bottom: number },
): Margin {
  return { top: box.top, right: width - box.right, bottom: height - box.bottom, left: box.left };
}

/** The options every layered figure shares: the base style, its size and its margins. */
export function frameOptions(width: number, height: number, margin: Margin) {
  return {
    style: { ...baseStyle },
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
  };
}

/**
 * Notes in the frame's top-right corner, one a line, on a halo of the page's background (a run
 * that leaves the window, say where it went). Null when there is nothing to say.
 */
export function cornerNote(lines: readonly string[], options: { className: string; fontSize?: number }) {
  return lines.length
    ? Plot.text([lines.join("\n")], {
        frameAnchor: "top-right",
        dx: -6,
        dy: 6,
        lineHeight: 1.25,
        text: (d: string) => d,
        fill: colors.ink,
        stroke: "var(--sl-color-bg, white)",
        strokeWidth: 4,
        paintOrder: "stroke",
        textAnchor: "end",
        ...options,
      })
    : null;
}
