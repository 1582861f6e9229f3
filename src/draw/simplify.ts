/**
 * Polyline simplification (Ramer–Douglas–Peucker) measured in the figure's pixels: points that move
 * the drawn line by less than `tolerance` pixels are dropped. Marching squares gives a level curve
 * a point per grid cell it crosses — hundreds for a long ellipse — while a fraction of them draws
 * the same line on screen; the rest is inline SVG every reader downloads. Pure.
 */
import type { Point } from "./geometry.ts";

export interface PixelScale {
  /** Data window. */
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  /** Size of the plotting area in pixels. */
  width: number;
  height: number;
}

/** The points of `line` that keep it within `tolerance` pixels of the original (ends always kept). */
export function simplifyLine(line: readonly Point[], scale: PixelScale, tolerance = 0.25): Point[] {
  if (line.length <= 2) return [...line];
  const sx = scale.width / (scale.domain.x[1] - scale.domain.x[0]);
  const sy = scale.height / (scale.domain.y[1] - scale.domain.y[0]);
  const px = line.map(([x, y]) => [x * sx, y * sy] as const);
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = px[a];
    const [bx, by] = px[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = px[i];
      // Distance to the chord, or to its end point when the chord has no length (a closed ring).
      const d = length > 0 ? Math.abs(dy * (x - ax) - dx * (y - ay)) / length : Math.hypot(x - ax, y - ay);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}
