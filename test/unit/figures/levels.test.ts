import { rotatedQuadratic } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { ellipseLevels } from "../../../src/draw/ellipses.ts";
import type { Point } from "../../../src/draw/geometry.ts";
import { levelSets } from "../../../src/draw/levels.ts";

const domain = { x: [-3, 3], y: [-3, 3] } as const;
const inside = ([x, y]: Point, margin = 0) =>
  x >= domain.x[0] + margin &&
  x <= domain.x[1] - margin &&
  y >= domain.y[0] + margin &&
  y <= domain.y[1] - margin;

/** The playground's quadratics: κ from round to very stretched, tilted, one off-centre. */
const cases = [
  { kappa: 1, angle: 0 },
  { kappa: 10, angle: 30 },
  { kappa: 100, angle: 137 },
  { kappa: 4, angle: 90, center: [1.2, -0.7], minimum: 2 },
].map((c) => ({
  ...c,
  objective: rotatedQuadratic({
    lambda1: 1,
    lambda2: 1 / c.kappa,
    angle: (c.angle * Math.PI) / 180,
    center: c.center,
    minimum: c.minimum,
  }),
}));

/** Distance from p to the nearest chord of any of the polylines. */
function distance(p: Point, lines: readonly (readonly Point[])[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const [a, b] = [line[k - 1], line[k]];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const t = Math.max(
        0,
        Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)),
      );
      best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
    }
  }
  return best;
}

const ellipses = (o: (typeof cases)[number]["objective"], values?: number[]) =>
  ellipseLevels({ Q: o.Q, center: o.minimizer ?? [0, 0], minimum: o.minimum ?? 0, domain, count: 9, values });

describe("analytic level sets of a quadratic", () => {
  it.each(cases)("every point lies on its level to 1e-9 (κ = $kappa, angle $angle°)", ({ objective }) => {
    const curves = ellipses(objective);
    expect(curves.length).toBeGreaterThanOrEqual(9);
    for (const curve of curves) {
      expect(curve.points.length).toBeGreaterThan(1);
      for (const p of curve.points) expect(Math.abs(objective.value(p) - curve.value)).toBeLessThan(1e-9);
    }
  });

  it.each(cases)(
    "chooses the levels marching squares chooses (κ = $kappa, angle $angle°)",
    ({ objective }) => {
      const grid = levelSets({ value: (x) => objective.value(x), domain, count: 9, resolution: 80 });
      const exact = [...new Set(ellipses(objective).map((c) => c.value))];
      const approx = [...new Set(grid.map((c) => c.value))];
      expect(exact).toHaveLength(9);
      // The grid's least value misses the minimum by a little; the greatest is a corner in both.
      for (const [k, v] of exact.entries()) expect(v).toBeCloseTo(approx[k], 1);
    },
  );

  it.each(cases)("matches the marching-squares contour (κ = $kappa, angle $angle°)", ({ objective }) => {
    const values = [0.5, 2, 4.5].map((v) => v + (objective.minimum ?? 0));
    const grid = levelSets({ value: (x) => objective.value(x), domain, values, resolution: 200 });
    const exact = ellipses(objective, values);
    for (const value of values) {
      const mine = exact.filter((c) => c.value === value).flatMap((c) => c.points.filter((p) => inside(p)));
      const theirs = grid
        .filter((c) => c.value === value)
        .flatMap((c) => c.points.filter((p) => inside(p, 0.05)));
      expect(mine.length).toBeGreaterThan(0);
      // Every grid point is near the drawn exact curve (its chords), and every exact point near the grid's.
      const mineCurves = exact.filter((c) => c.value === value).map((c) => c.points);
      const theirCurves = grid.filter((c) => c.value === value).map((c) => c.points);
      for (const p of theirs) expect(distance(p, mineCurves)).toBeLessThan(0.03);
      for (const p of mine.filter((q) => inside(q, 0.05)))
        expect(distance(p, theirCurves)).toBeLessThan(0.03);
    }
  });

  it("reaches the window's edge where a level leaves it, and closes a ring that fits", () => {
    const { objective } = cases[1];
    const curves = ellipses(objective, [0.2, 5]);
    const small = curves.filter((c) => c.value === 0.2);
    expect(small).toHaveLength(1);
    expect(small[0].points[0]).toEqual(small[0].points.at(-1));
    const big = curves.filter((c) => c.value === 5);
    expect(big.length).toBeGreaterThan(0);
    for (const c of big) {
      expect(inside(c.points[0])).toBe(false);
      expect(inside(c.points.at(-1) as Point)).toBe(false);
    }
  });

  it("draws nothing for levels at or below the minimum, or a matrix that is not positive definite", () => {
    const { objective } = cases[1];
    expect(ellipses(objective, [0, -1])).toEqual([]);
    expect(
      ellipseLevels({
        Q: [
          [1, 0],
          [0, -1],
        ],
        center: [0, 0],
        minimum: 0,
        domain,
        values: [1],
      }),
    ).toEqual([]);
  });
});
