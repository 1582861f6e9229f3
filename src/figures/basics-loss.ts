/**
 * The loss curve of "bring your own data": the recorded full-data losses over epochs and, as a
 * labelled dashed line, the least-squares optimum. Plain SVG markup (svg.ts), the same function at
 * build time and in the browser.
 */
import { axes, type Box, esc, linePath, px, scale, svgRoot } from "./svg.ts";

export interface LossCurveOptions {
  /** Loss points [epoch, loss]. */
  losses: readonly (readonly [number, number])[];
  /** The least-squares optimum, or null. */
  optimum: number | null;
  epochs: number;
  labels: { epoch: string; loss: string; optimum: string };
}

const width = 640;
const height = 280;
const box: Box = { left: 60, top: 12, right: 626, bottom: 236 };

export function lossCurveSvg(o: LossCurveOptions, name: string, description = ""): string {
  const values = o.losses.map((p) => p[1]).filter(Number.isFinite);
  if (o.optimum !== null) values.push(o.optimum);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  const margin = Math.max((hi - lo) * 0.06, Math.abs(hi) * 0.01, 1e-6);
  lo -= margin;
  hi += margin;
  const x = scale([0, o.epochs], [box.left, box.right]);
  const y = scale([lo, hi], [box.bottom, box.top]);
  let body = axes(box, x, y, { x: o.labels.epoch, y: o.labels.loss }, { grid: true, yTicks: 5, xTicks: 6 });
  if (o.optimum !== null) {
    const v = px(y(o.optimum));
    body +=
      `<g class="ml-loss-optimum"><path d="M${px(box.left)},${v}H${px(box.right)}" stroke="var(--ml-optimum)" stroke-dasharray="5 4" fill="none"/>` +
      `<text x="${px(box.right - 4)}" y="${v}" dy="-6" text-anchor="end" fill="currentColor" font-size="12">${esc(o.labels.optimum)}</text></g>`;
  }
  body += `<path class="ml-loss-line" d="${linePath(o.losses, x, y)}" stroke="var(--ml-series-1)" stroke-width="1.75" fill="none"/>`;
  return svgRoot(width, height, name, body, description ? { "aria-description": description } : {});
}
