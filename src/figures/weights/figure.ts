/**
 * The effective-weight figure, live (E3): the weight β^τ that the velocity gives to the gradient
 * from τ steps ago, for τ = 0…N, as stems and dots. Plain SVG markup (svg.ts): the same function
 * draws at build time and in the browser; the weights come from the core.
 */
import { effectiveWeights } from "momentum-live/core";
import {
  axes,
  type Box,
  dotsPath,
  fitBoxes,
  phoneShapeWidth,
  px,
  type Shapes,
  type Size,
  scale,
  svgRoot,
} from "../../draw/svg.ts";
import { palette } from "../../draw/theme.ts";

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
const naturalBox: Box = { left: 52, top: 10, right: 626, bottom: 206 };

/** The figure, at its natural size or at `size` (narrower, same text size). */
export function weightsSvg(o: WeightsFigureOptions, name: string, description = "", size?: Size): string {
  const fit = fitBoxes(weightsShapes.natural, size, [naturalBox]);
  const [box] = fit.boxes;
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
    axes(
      box,
      x,
      y,
      { x: o.xLabel, y: o.yLabel },
      { grid: true, yTicks: fit.ticks(5, "y"), xTicks: fit.ticks(8, "x") },
    ) +
    `<g class="ml-weights-marks" stroke="${palette[0]}" fill="none">` +
    `<path d="${stems}" stroke-width="${thin ? 1 : 1.5}"/>` +
    `<path d="${dots}" stroke-width="${thin ? 3.5 : 5.5}" stroke-linecap="round"/></g>`;
  return svgRoot(fit.width, fit.height, name, body, description ? { "aria-description": description } : {});
}
