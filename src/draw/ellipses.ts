/**
 * Level sets of a positive definite 2-D quadratic, computed exactly (no grid, no d3-contour), and
 * the trimming of rings to a window that src/draw/levels.ts shares. Small on purpose: the live
 * trajectory figure draws with it in the browser.
 */
import type { LevelCurve, Point } from "./geometry.ts";

type Domain = { x: readonly [number, number]; y: readonly [number, number] };

/**
 * The parts of a ring inside the window, each extended by one point outside so that it reaches
 * the frame (where the plot clips it). Rings close along the grid's border; those runs are dropped.
 */
export function insidePieces(points: readonly Point[], domain: Domain): Point[][] {
  const inside = points.map(
    ([x, y]) => x >= domain.x[0] && x <= domain.x[1] && y >= domain.y[0] && y <= domain.y[1],
  );
  const keep = inside.map((v, k) => v || inside[k - 1] === true || inside[k + 1] === true);
  const pieces: Point[][] = [];
  let current: Point[] = [];
  points.forEach((p, k) => {
    if (keep[k]) current.push(p);
    else if (current.length) {
      pieces.push(current);
      current = [];
    }
  });
  if (current.length) pieces.push(current);
  return pieces.filter((piece) => piece.length > 1);
}

/** `count` levels between `lo` and `hi`, spread evenly in √(f − lo) (denser near the minimum). */
export function spreadLevels(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => lo + (hi - lo) * ((k + 1) / (count + 1)) ** 2);
}

/** Options of {@link ellipseLevels}: f(x) = ½(x − x*)ᵀQ(x − x*) + f* with Q symmetric positive definite. */
export interface EllipseOptions {
  Q: readonly (readonly number[])[];
  /** The minimizer x*. */
  center: readonly number[];
  /** f(x*). */
  minimum: number;
  domain: Domain;
  /** The levels c; default: `count` levels spread evenly in √(f − min) over the window. */
  values?: readonly number[];
  count?: number;
}

/**
 * Level sets of a positive definite 2-D quadratic, exactly: with Q = λ₁v₁v₁ᵀ + λ₂v₂v₂ᵀ the level
 * f(x) = c is the ellipse x = x* + √(2(c − f*)/λ₁)·cos t·v₁ + √(2(c − f*)/λ₂)·sin t·v₂. Points are
 * spaced by the curve's curvature inside the window (and skip quickly over what lies outside),
 * then trimmed to the window like {@link levelSets}. No grid, so it costs a fraction of marching
 * squares and every point lies on its level.
 */
export function ellipseLevels(options: EllipseOptions): LevelCurve[] {
  const { domain, minimum } = options;
  const [[a, b], [, d]] = options.Q;
  const [cx, cy] = options.center;
  // Closed-form eigen-decomposition of [[a, b], [b, d]]: λ₁ ≥ λ₂ > 0, v₁ at angle θ.
  const mid = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  const [l1, l2] = [mid + radius, mid - radius];
  if (!(l2 > 0)) return [];
  const theta = Math.atan2(2 * b, a - d) / 2;
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  const f = (x: number, y: number) => {
    const [u, v] = [x - cx, y - cy];
    return 0.5 * (a * u * u + 2 * b * u * v + d * v * v) + minimum;
  };
  const values = options.values ?? defaultEllipseValues(f, options, options.count ?? 8);
  const width = domain.x[1] - domain.x[0];
  const height = domain.y[1] - domain.y[0];
  // Chords stray at most `sag` from the curve (about 0.2 px on the page) and are at most `longest`.
  const sag = 6e-4 * Math.max(width, height);
  const longest = 0.05 * Math.max(width, height);
  const outside = (x: number, y: number) =>
    Math.hypot(Math.max(domain.x[0] - x, 0, x - domain.x[1]), Math.max(domain.y[0] - y, 0, y - domain.y[1]));
  const curves: LevelCurve[] = [];
  for (const value of values) {
    if (!(value > minimum)) continue;
    const [r1, r2] = [Math.sqrt((2 * (value - minimum)) / l1), Math.sqrt((2 * (value - minimum)) / l2)];
    const at = (t: number): Point => {
      const [p, q] = [r1 * Math.cos(t), r2 * Math.sin(t)];
      return [cx + p * c - q * s, cy + p * s + q * c];
    };
    const ring: Point[] = [];
    for (let t = 0; t < 2 * Math.PI; ) {
      const point = at(t);
      ring.push(point);
      // Arc length per unit t, and the chord whose sagitta s²/8R is `sag` (R = speed³/(r₁r₂), the
      // radius of curvature); outside the window the curve cannot come back sooner than its distance.
      const speed = Math.hypot(r1 * Math.sin(t), r2 * Math.cos(t));
      const chord = Math.min(longest, Math.sqrt((8 * sag * speed ** 3) / (r1 * r2)));
      t += Math.min(Math.PI / 24, Math.max(chord, outside(point[0], point[1])) / speed);
    }
    ring.push(at(0));
    const pieces = insidePieces(ring, domain);
    // A piece that runs through t = 0 was cut in two at the ring's seam: join it again.
    if (pieces.length > 1 && pieces[0][0] === ring[0] && pieces[pieces.length - 1].at(-1) === ring.at(-1)) {
      const last = pieces.pop() as Point[];
      pieces[0] = [...last, ...pieces[0].slice(1)];
    }
    for (const points of pieces) curves.push({ value, points });
  }
  return curves;
}

/** The levels {@link levelSets} would choose: between the window's least and greatest values. */
function defaultEllipseValues(
  f: (x: number, y: number) => number,
  options: EllipseOptions,
  count: number,
): number[] {
  const { x, y } = options.domain;
  const [cx, cy] = options.center;
  const corners = [f(x[0], y[0]), f(x[0], y[1]), f(x[1], y[0]), f(x[1], y[1])];
  const inside = cx >= x[0] && cx <= x[1] && cy >= y[0] && cy <= y[1];
  // A convex function is largest at a corner of a box; its least value there is x* or on an edge.
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  const [[a, b], [, d]] = options.Q;
  const edges = [
    ...x.map((u) => f(u, clamp(cy - (b * (u - cx)) / d, y))),
    ...y.map((v) => f(clamp(cx - (b * (v - cy)) / a, x), v)),
  ];
  const lo = inside ? options.minimum : Math.min(...edges);
  return spreadLevels(lo, Math.max(...corners), count);
}
