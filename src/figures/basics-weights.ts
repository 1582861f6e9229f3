/**
 * The effective-weight figure, live (E3): the weight β^τ that the velocity gives to the gradient
 * from τ steps ago, for τ = 0…N, as stems and dots. Plain SVG markup (svg.ts): the same function
 * draws at build time and in the browser; the weights come from the core.
 */
import { effectiveWeights } from "momentum-live/core";
import { axes, type Box, dotsPath, px, scale, svgRoot } from "./svg.ts";

export interface WeightsFigureOptions {
  /** β ∈ [0, 1). */
  beta: number;
  /** N: the last τ shown. */
  n: number;
  xLabel: string;
  yLabel: string;
}

const width = 640;
const height = 250;
const box: Box = { left: 52, top: 10, right: 626, bottom: 206 };

export function weightsSvg(o: WeightsFigureOptions, name: string, description = ""): string {
  const pad = Math.min(12, (box.right - box.left) / (2 * (o.n + 1)));
  const x = scale([0, o.n], [box.left + pad, box.right - pad]);
  const y = scale([0, 1.05], [box.bottom, box.top]);
  const weights = effectiveWeights(o.beta, o.n + 1);
  const base = px(y(0));
  const stems = weights.map((w, tau) => `M${px(x(tau))},${base}V${px(y(w))}`).join("");
  const dots = dotsPath(
    weights.map((w, tau) => [tau, w] as const),
    x,
    y,
  );
  const thin = o.n > 60;
  const body =
    axes(box, x, y, { x: o.xLabel, y: o.yLabel }, { grid: true, yTicks: 5, xTicks: 8 }) +
    `<g class="ml-weights-marks" stroke="var(--ml-series-2)" fill="none">` +
    `<path d="${stems}" stroke-width="${thin ? 1 : 1.5}"/>` +
    `<path d="${dots}" stroke-width="${thin ? 3.5 : 5.5}" stroke-linecap="round"/></g>`;
  return svgRoot(width, height, name, body, description ? { "aria-description": description } : {});
}
