/**
 * The pixel frame of a trajectory figure (src/figures/trajectory.ts), without Plot: the browser
 * draws live runs in exactly the frame the build drew, and this module costs it a few hundred bytes.
 */
import { defaultWidth } from "./theme.ts";

export type Point = readonly [number, number];

/** Pixel geometry of a trajectory figure: its size and the linear maps from data to SVG coordinates. */
export interface TrajectoryFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** x₁ → horizontal pixel. */
  x: (v: number) => number;
  /** x₂ → vertical pixel. */
  y: (v: number) => number;
  /** Pixel → (x₁, x₂). */
  invert: (px: number, py: number) => Point;
}

/**
 * The frame `trajectoryFigure` draws in (Plot's linear scales with exactly these domains and ranges),
 * so the browser can draw a run over the build's SVG without Plot.
 */
export function trajectoryFrame(options: {
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  width?: number;
  height?: number;
}): TrajectoryFrame {
  const { domain } = options;
  const width = options.width ?? defaultWidth;
  const margin = { top: 16, right: 16, bottom: 40, left: 48 };
  const plotWidth = width - margin.left - margin.right;
  const aspect = (domain.y[1] - domain.y[0]) / (domain.x[1] - domain.x[0]);
  const height = options.height ?? Math.min(480, Math.round(plotWidth * aspect) + margin.top + margin.bottom);
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const left = margin.left;
  const right = width - margin.right;
  const bottom = height - margin.bottom;
  const top = margin.top;
  return {
    width,
    height,
    margin,
    x: (v) => left + ((v - x0) / (x1 - x0)) * (right - left),
    y: (v) => bottom + ((v - y0) / (y1 - y0)) * (top - bottom),
    invert: (px, py) => [
      x0 + ((px - left) / (right - left)) * (x1 - x0),
      y0 + ((py - bottom) / (top - bottom)) * (y1 - y0),
    ],
  };
}
