/**
 * The size of a trajectory figure (src/figures/trajectory/figure.ts) and its margins: equal scales
 * in x₁ and x₂, so level sets keep their true shape.
 */
import { defaultWidth } from "../../draw/theme.ts";

export type Point = readonly [number, number];

/** The book's window for its 2-D problem f(x) = 0.1·x₁² + 2·x₂² (its figures of §12.6.1). */
export const bookWindow = { x: [-5.5, 1.5] as Point, y: [-3, 3] as Point };

export interface TrajectoryFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * The frame `trajectoryFigure` draws in: `width` (default: the column's), the height that keeps the
 * scales equal (at most 480). Given a `height` too and `equal`, the frame of equal scales that fits
 * that box, centred in it (a map shorter than it is wide, say).
 */
export function trajectoryFrame(options: {
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  width?: number;
  height?: number;
  equal?: boolean;
}): TrajectoryFrame {
  const { domain } = options;
  const width = options.width ?? defaultWidth;
  const margin = { top: 16, right: 16, bottom: 40, left: 48 };
  const plotWidth = width - margin.left - margin.right;
  const aspect = (domain.y[1] - domain.y[0]) / (domain.x[1] - domain.x[0]);
  const height = options.height ?? Math.min(480, Math.round(plotWidth * aspect) + margin.top + margin.bottom);
  if (options.equal) {
    // Room the frame of equal scales leaves across (> 0) or down (< 0), shared by both sides.
    const spare = plotWidth - (height - margin.top - margin.bottom) / aspect;
    const [across, down] = spare > 0 ? [spare / 2, 0] : [0, (-spare * aspect) / 2];
    Object.assign(margin, {
      left: margin.left + across,
      right: margin.right + across,
      top: margin.top + down,
      bottom: margin.bottom + down,
    });
  }
  return { width, height, margin };
}
