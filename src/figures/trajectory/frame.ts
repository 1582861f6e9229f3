/**
 * The pixel frame of a trajectory figure (src/figures/trajectory/figure.ts), without Plot: the browser
 * draws live runs in exactly the frame the build drew, and this module costs it a few hundred bytes.
 */
import { ellipseLevels } from "../../draw/ellipses.ts";
import { axes, esc, linePath, px, scale } from "../../draw/svg.ts";
import { defaultWidth } from "../../draw/theme.ts";

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

/**
 * The static layer of a trajectory figure drawn without Plot, for a live figure drawn at another
 * size than the build's (a narrow screen): frame and axes, the level sets of the quadratic
 * ½(x − x*)ᵀQ(x − x*) + f* (exact ellipses, the nine levels the build's marching squares spreads),
 * clipped by `clipId`, and the minimizer's cross.
 */
export function frameLayers(
  frame: TrajectoryFrame,
  domain: { x: readonly [number, number]; y: readonly [number, number] },
  options: {
    quadratic: { Q: number[][]; center: Point; minimum: number } | null;
    optimum: Point | null;
    clipId: string;
  },
): string {
  const { width, height, margin } = frame;
  const box = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const x = scale(domain.x, [box.left, box.right]);
  const y = scale(domain.y, [box.bottom, box.top]);
  const xTicks = Math.max(3, Math.round((box.right - box.left) / 60));
  const yTicks = Math.max(3, Math.round((box.bottom - box.top) / 40));
  let out = axes(box, x, y, { x: "x₁", y: "x₂" }, { xTicks, yTicks });
  if (options.quadratic) {
    const curves = ellipseLevels({ ...options.quadratic, domain, count: 9 });
    const d = curves.map((c) => linePath(c.points, x, y)).join("");
    out += `<path d="${d}" fill="none" stroke="var(--ml-contour)" stroke-opacity="0.7" clip-path="url(#${esc(options.clipId)})"/>`;
  }
  if (options.optimum) {
    const [u, v] = [x(options.optimum[0]), y(options.optimum[1])];
    out += `<path d="M${px(u - 5)},${px(v - 5)}l10,10m0,-10l-10,10" stroke="var(--ml-optimum)" stroke-width="2"/>`;
  }
  return out;
}
