import { normal, shuffle, xoshiro128 } from "momentum-live/core";
import { describe, expect, it } from "vitest";

describe("seeded random numbers", () => {
  it("xoshiro128** is reproducible, seed-dependent and uniform on [0, 1)", () => {
    const a = xoshiro128(1);
    const b = xoshiro128(1);
    const c = xoshiro128(2);
    const xs = Array.from({ length: 20000 }, () => a());
    expect(Array.from({ length: 20000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const bins = new Array(10).fill(0);
    for (const x of xs) bins[Math.floor(x * 10)]++;
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it("normal deviates have the requested mean and standard deviation", () => {
    const u = xoshiro128(7);
    const xs = Array.from({ length: 40000 }, () => normal(u, 3, 0.5));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(3, 2);
    expect(sd).toBeCloseTo(0.5, 2);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it("Fisher–Yates shuffles in place to a uniformly random permutation", () => {
    const u = xoshiro128(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const a = shuffle([0, 1, 2], u);
      counts.set(a.join(""), (counts.get(a.join("")) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(120);
    const typed = shuffle(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), u);
    expect(Array.from(typed).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
