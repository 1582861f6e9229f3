/**
 * Level sets {x : f(x) = c} of a 2-D objective inside a window, as polylines, by marching squares
 * (d3-contour) on a grid. Works for any objective (quadratics, Rosenbrock, a reader's own);
 * coordinates are rounded so the inline SVG stays small. Rings that meet the window's edge close
 * just outside it and are clipped by the plot.
 */
import { contours } from "d3-contour";
import { insidePieces, spreadLevels } from "./ellipses.ts";
import type { LevelCurve, Point } from "./geometry.ts";

export { insidePieces };

export interface LevelOptions {
  /** f(x1, x2). */
  value: (x: readonly [number, number]) => number;
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  /** The levels c; default: `count` levels spread evenly in √(f − min) over the window. */
  values?: readonly number[];
  count?: number;
  /** Grid resolution along x (y follows the window's aspect). */
  resolution?: number;
}

export function levelSets(options: LevelOptions): LevelCurve[] {
  const { domain } = options;
  const nx = options.resolution ?? 100;
  const width = domain.x[1] - domain.x[0];
  const height = domain.y[1] - domain.y[0];
  const ny = Math.max(8, Math.round((nx * height) / width));
  const grid = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = domain.y[0] + (height * j) / (ny - 1);
    for (let i = 0; i < nx; i++) grid[j * nx + i] = options.value([domain.x[0] + (width * i) / (nx - 1), y]);
  }
  const finite = Array.from(grid).filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const count = options.count ?? 8;
  const values = options.values ?? spreadLevels(lo, hi, count);
  const toX = (i: number) => round(domain.x[0] + (width * (i - 0.5)) / (nx - 1));
  const toY = (j: number) => round(domain.y[0] + (height * (j - 0.5)) / (ny - 1));
  const generator = contours()
    .size([nx, ny])
    .thresholds(values as number[]);
  const curves: LevelCurve[] = [];
  for (const geometry of generator(Array.from(grid, (v) => (Number.isFinite(v) ? v : hi)))) {
    for (const polygon of geometry.coordinates) {
      for (const ring of polygon) {
        const points = ring.map(([i, j]) => [toX(i), toY(j)] as Point);
        for (const piece of insidePieces(points, domain)) {
          curves.push({ value: geometry.value, points: simplify(piece, 0.004 * Math.max(width, height)) });
        }
      }
    }
  }
  return curves;
}

/** Drops points closer than `tolerance` to the last kept one (the ends are kept): smaller SVG, same curve. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const kept: Point[] = [points[0]];
  for (let k = 1; k < points.length - 1; k++) {
    const [x, y] = points[k];
    const [px, py] = kept[kept.length - 1];
    if (Math.hypot(x - px, y - py) >= tolerance) kept.push(points[k]);
  }
  kept.push(points[points.length - 1]);
  return kept;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
