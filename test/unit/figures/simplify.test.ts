import { describe, expect, it } from "vitest";
import type { Point } from "../../../src/draw/geometry.ts";
import { simplifyLine } from "../../../src/draw/simplify.ts";

const scale = { domain: { x: [-6, 6] as const, y: [-3, 3] as const }, width: 576, height: 288 };
const px = ([x, y]: Point) => [(x * 576) / 12, (y * 288) / 6] as const;

/** Largest pixel distance from a point of `line` to the polyline `kept`. */
function deviation(line: readonly Point[], kept: readonly Point[]): number {
  let worst = 0;
  for (const p of line) {
    const [x, y] = px(p);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < kept.length; i++) {
      const [ax, ay] = px(kept[i]);
      const [bx, by] = px(kept[i + 1]);
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

describe("level curves thinned in the figure's pixels", () => {
  const ellipse: Point[] = Array.from({ length: 401 }, (_, k) => {
    const a = (2 * Math.PI * k) / 400;
    return [5 * Math.cos(a), 1.2 * Math.sin(a)];
  });

  it("keeps a closed ellipse within a quarter pixel with far fewer points", () => {
    const kept = simplifyLine(ellipse, scale);
    expect(kept.length).toBeLessThan(ellipse.length / 4);
    expect(kept[0]).toEqual(ellipse[0]);
    expect(kept.at(-1)).toEqual(ellipse.at(-1));
    expect(deviation(ellipse, kept)).toBeLessThanOrEqual(0.25);
  });

  it("a looser tolerance keeps fewer points; a straight line keeps only its ends", () => {
    expect(simplifyLine(ellipse, scale, 2).length).toBeLessThan(simplifyLine(ellipse, scale).length);
    const straight: Point[] = Array.from({ length: 50 }, (_, k) => [k / 10, k / 20]);
    expect(simplifyLine(straight, scale)).toEqual([straight[0], straight[49]]);
  });
});
