/**
 * The effective-weight figure, live (E3): the weight β^τ that the velocity gives to the gradient
 * from τ steps ago, for τ = 0…N, as stems and dots, drawn with Plot in two layers
 * (src/draw/layers.ts): base = frame and axes (the x axis follows N); live = the stems and dots.
 * The weights come from the core.
 */
import * as Plot from "@observablehq/plot";
import { effectiveWeights } from "momentum-live/core";
import { frameOptions, type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import { phoneShapeWidth, type Shapes, type Size } from "../../draw/svg.ts";
import { colors, palette } from "../../draw/theme.ts";

export interface WeightsFigureOptions {
  /** β ∈ [0, 1). */
  beta: number;
  /** N: the last τ shown. */
  n: number;
  xLabel: string;
  yLabel: string;
}

/** On a phone, a taller plot: a 640 × 250 figure scaled to a phone's width has a 100 px plot. */
export const weightsShapes: Shapes = {
  natural: { width: 640, height: 250 },
  phone: { width: phoneShapeWidth, height: 270 },
};
type Weight = readonly [tau: number, weight: number];
const margin = { top: 10, right: 14, bottom: 44, left: 52 };

/** The figure, at its natural size or at `size` (narrower, same text size). */
export function weightsLayers(o: WeightsFigureOptions, size?: Size): LayeredPlot {
  const { width, height } = size ?? weightsShapes.natural;
  // Half a stem's spacing (at most 12 px) between the frame and the first and last stems.
  const inset = Math.min(12, (width - margin.left - margin.right) / (2 * (o.n + 1)));
  const weights = effectiveWeights(o.beta, o.n + 1).map((w, tau) => [tau, w] as const);
  const thin = o.n > 60;
  const live = { x: (d: Weight) => d[0], className: liveMarkClass } as const;
  return {
    options: {
      ...frameOptions(width, height, margin),
      x: { domain: [0, o.n], inset, label: o.xLabel, labelAnchor: "center", labelArrow: "none" },
      y: { domain: [0, 1.05], grid: true, label: o.yLabel, labelAnchor: "center", labelArrow: "none" },
    },
    base: [Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" })],
    live: [
      Plot.ruleX(weights, {
        y1: 0,
        y2: (d: Weight) => d[1],
        stroke: palette[0],
        strokeWidth: thin ? 1 : 1.5,
        ...live,
      }),
      Plot.dot(weights, { y: (d: Weight) => d[1], r: thin ? 1.75 : 2.75, fill: palette[0], ...live }),
    ],
  };
}
