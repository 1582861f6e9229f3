/**
 * Noisy gradients on the book's problem, one SVG with two panels: SGD and momentum trajectories
 * over the level sets of f = 0.1 x₁² + 2 x₂² (analytic ellipses), and their distance to the minimum
 * over the steps. Plain SVG markup (svg.ts), the same function at build time and in the browser.
 */

import {
  axes,
  type Box,
  clipRect,
  fitBoxes,
  linePath,
  phoneShapeWidth,
  px,
  type Shapes,
  type Size,
  scale,
  svgRoot,
} from "../../draw/svg.ts";
import { type Method, methodColour } from "../../draw/theme.ts";
import { bookEllipses } from "../step/figure.ts";

type Pair = readonly [number, number];

/** The book's window for its 2-D problem. */
export const noiseDomain = { x: [-5.5, 1.5] as Pair, y: [-3, 3] as Pair };

export interface NoiseFigureOptions {
  /** x_0 … x_T of each run (SGD first, then momentum). */
  runs: readonly (readonly Pair[])[];
  /** The method of each run, which sets its colour. */
  methods: readonly Method[];
  /** ‖x_t‖ for t = 0…T of each run. */
  distances: readonly (readonly Pair[])[];
  steps: number;
  labels: { x1: string; x2: string; step: string; distance: string };
}

const natural: Size = { width: 640, height: 530 };
const naturalBoxes: Box[] = [
  { left: 52, top: 10, right: 626, bottom: 290 },
  { left: 52, top: 340, right: 626, bottom: 490 },
];
const levels = [0.1, 0.4, 1, 2, 3.5, 5.5, 8];
/**
 * On a phone, taller: at the natural aspect the distance panel was 75 px high, less than half the
 * length of its axis title.
 */
export const noiseShapes: Shapes = { natural, phone: { width: phoneShapeWidth, height: 580 } };

/**
 * The figure, at its natural size or at `size` (narrower, same text size); `idSuffix` keeps the
 * clip paths of a second drawing on the page apart.
 */
export function noiseSvg(
  o: NoiseFigureOptions,
  name: string,
  description = "",
  size?: Size,
  idSuffix = "",
): string {
  const fit = fitBoxes(natural, size, naturalBoxes);
  const clips = [`ml-noise-clip${idSuffix}`, `ml-noise-clip2${idSuffix}`];
  const [top, bottom] = fit.boxes;
  const x = scale(noiseDomain.x, [top.left, top.right]);
  const y = scale(noiseDomain.y, [top.bottom, top.top]);
  const colour = (k: number) => methodColour(o.methods[k]);
  let body = `<defs>${clipRect(clips[0], top)}${clipRect(clips[1], bottom)}</defs>`;
  body += axes(
    top,
    x,
    y,
    { x: o.labels.x1, y: o.labels.x2 },
    { xTicks: fit.ticks(7, "x"), yTicks: fit.ticks(6, "y") },
  );
  body += `<g clip-path="url(#${clips[0]})" fill="none">`;
  body += `<path d="${bookEllipses(levels)
    .map((ring) => linePath(ring, x, y))
    .join("")}" stroke="var(--ml-contour)" stroke-opacity="0.6"/>`;
  o.runs.forEach((run, k) => {
    body += `<path class="ml-noise-run" d="${linePath(run, x, y)}" stroke="${colour(k)}" stroke-width="1.5" stroke-opacity="0.9"/>`;
  });
  body += `<path d="M${px(x(0) - 5)},${px(y(0) - 5)}l10,10m0,-10l-10,10" stroke="var(--ml-optimum)" stroke-width="2"/></g>`;

  const finite = o.distances.flatMap((d) => d.map((p) => p[1]).filter((v) => Number.isFinite(v) && v < 1e3));
  const hi = Math.max(1, ...finite) * 1.05;
  const t = scale([0, o.steps], [bottom.left, bottom.right]);
  const d = scale([0, hi], [bottom.bottom, bottom.top]);
  body += axes(
    bottom,
    t,
    d,
    { x: o.labels.step, y: o.labels.distance },
    { grid: true, xTicks: fit.ticks(8, "x"), yTicks: fit.ticks(4, "y") },
  );
  body += `<g clip-path="url(#${clips[1]})" fill="none">`;
  o.distances.forEach((run, k) => {
    body += `<path class="ml-noise-distance" d="${linePath(run, t, d)}" stroke="${colour(k)}" stroke-width="1.5"/>`;
  });
  body += `</g>`;
  return svgRoot(fit.width, fit.height, name, body, description ? { "aria-description": description } : {});
}
