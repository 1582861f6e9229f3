/**
 * Level sets {x : f(x) = c} of a 2-D objective inside a window, as polylines, by marching squares
 * (d3-contour) on a grid. Works for any objective (quadratics, Rosenbrock, a reader's own);
 * coordinates are rounded so the inline SVG stays small. Rings that meet the window's edge close
 * just outside it and are clipped by the plot.
 */
import { contours } from "d3-contour";
import type { LevelCurve, Point } from "./trajectory.ts";

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
  const nx = options.resolution ?? 120;
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
  const values =
    options.values ?? Array.from({ length: count }, (_, k) => lo + (hi - lo) * ((k + 1) / (count + 1)) ** 2);
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
        curves.push({ value: geometry.value, points });
      }
    }
  }
  return curves;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
