/**
 * The effective-weight figure, live (E3): the weight β^τ that the velocity gives to the gradient
 * from τ steps ago, for τ = 0…N, as stems and dots. Options in, Plot options out; the weights come
 * from the core. The same function draws at build time and in the browser.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { effectiveWeights } from "momentum-live/core";
import { baseStyle, colors, defaultWidth, palette } from "./theme.ts";

export interface WeightsFigureOptions {
  /** β ∈ [0, 1). */
  beta: number;
  /** N: the last τ shown. */
  n: number;
  xLabel?: string;
  yLabel?: string;
  width?: number;
  height?: number;
}

export function weightsFigure(options: WeightsFigureOptions): PlotOptions {
  const weights = effectiveWeights(options.beta, options.n + 1).map((w, tau) => ({ tau, w }));
  const color = palette[1];
  return {
    style: { ...baseStyle },
    width: options.width ?? defaultWidth,
    height: options.height ?? 260,
    marginLeft: 44,
    marginRight: 16,
    marginBottom: 40,
    x: {
      domain: [-0.5, options.n + 0.5],
      label: options.xLabel ?? "τ",
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: { domain: [0, 1.05], label: options.yLabel ?? "β^τ", grid: true, labelArrow: "none", ticks: 5 },
    marks: [
      Plot.ruleY([0], { stroke: colors.muted, strokeOpacity: 0.6 }),
      Plot.ruleX(weights, { x: "tau", y1: 0, y2: "w", stroke: color, strokeWidth: options.n > 60 ? 1 : 1.5 }),
      Plot.dot(weights, {
        x: "tau",
        y: "w",
        fill: color,
        r: options.n > 60 ? 1.75 : 2.75,
        title: (d: { tau: number; w: number }) => `τ = ${d.tau}: ${d.w.toPrecision(4)}`,
      }),
    ],
  } as PlotOptions;
}
