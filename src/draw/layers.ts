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
 * A generous estimate of a text's width in ems (of the system sans-serif faces the figures use): a
 * CJK character or full-width punctuation is 1 em, anything else 0.55 em. Plot's own estimate
 * (its `lineWidth`) takes CJK for much narrower than it is, so a Chinese note ran out of a phone's
 * drawing.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
  return ems;
}

/**
 * `text` in lines of at most `ems` (by `textEms`), broken after a space or after CJK punctuation
 * (，；：。), greedily, but never beside an equals sign (`x₂ = −1673.4` stays whole); a piece longer
 * than a line gets a line of its own.
 */
export function wrapText(text: string, ems: number): string[] {
  const pieces = text
    .replace(/ = /g, "\u00a0=\u00a0")
    .match(/[^ ，；：。]*(?: +|[，；：。]|$)/g)
    ?.filter(Boolean) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line && textEms((line + piece).trimEnd()) > ems) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.map((l) => l.replace(/\u00a0=\u00a0/g, " = "));
}

/**
 * Notes in the frame's top-right corner, each on its own lines, on a halo of the page's background
 * (a run that leaves the window, say where it went). Null when there is nothing to say. `width`:
 * the frame's width in px, within which a long note wraps rather than run out of the drawing on a
 * phone.
 */
export function cornerNote(
  notes: readonly string[],
  options: { className: string; fontSize?: number; width?: number },
) {
  const { width, ...style } = options;
  const em = style.fontSize ?? Number.parseFloat(baseStyle.fontSize);
  // 6 px of inset from the frame on each side.
  const lines = width === undefined ? notes : notes.flatMap((n) => wrapText(n, (width - 12) / em));
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
        ...style,
      })
    : null;
}
