import { describe, expect, it } from "vitest";
import {
  bookObjective,
  gd,
  iterateSpread,
  momentum,
  ParameterError,
  prepareData,
  prepareTable,
  run,
} from "../../../src/core/index.ts";

describe("iterateSpread", () => {
  const options = { start: [-5, -2], steps: 100, sigma: 2, seed: 1, runs: 16 };

  it("is deterministic by seed and pools the last half of every run", () => {
    const a = iterateSpread(bookObjective, gd({ eta: 0.4 }), options);
    const b = iterateSpread(bookObjective, gd({ eta: 0.4 }), options);
    expect(a).toEqual(b);
    expect(a.window).toBe(50);
    expect(iterateSpread(bookObjective, gd({ eta: 0.4 }), { ...options, seed: 2 }).rms).not.toBe(a.rms);
  });

  it("matches a direct computation from the core's noisy runs", () => {
    const runs = Array.from({ length: 3 }, (_, k) =>
      run(bookObjective, momentum({ eta: 0.2, beta: 0.5 }), {
        start: [-5, -2],
        steps: 10,
        noise: { sigma: 1, seed: 5 + k },
      }),
    );
    const tail = runs.flatMap((r) => r.points.filter((p) => p.t > 5));
    const mean = [0, 1].map((i) => tail.reduce((s, p) => s + p.x[i], 0) / tail.length);
    const sd = [0, 1].map((i) =>
      Math.sqrt(tail.reduce((s, p) => s + (p.x[i] - mean[i]) ** 2, 0) / tail.length),
    );
    const spread = iterateSpread(bookObjective, momentum({ eta: 0.2, beta: 0.5 }), {
      start: [-5, -2],
      steps: 10,
      sigma: 1,
      seed: 5,
      runs: 3,
    });
    expect(spread.perCoordinate[0]).toBeCloseTo(sd[0], 10);
    expect(spread.perCoordinate[1]).toBeCloseTo(sd[1], 10);
    expect(spread.rms).toBeCloseTo(Math.hypot(sd[0], sd[1]), 10);
    expect(spread.meanExcess).toBeCloseTo(tail.reduce((s, p) => s + p.f, 0) / tail.length, 10);
  });

  it("momentum at the same effective step scatters less across the steep direction", () => {
    const sgd = iterateSpread(bookObjective, gd({ eta: 0.4 }), { ...options, runs: 64 });
    const heavy = iterateSpread(bookObjective, momentum({ eta: 0.2, beta: 0.5 }), { ...options, runs: 64 });
    expect(heavy.perCoordinate[1]).toBeLessThan(0.7 * sgd.perCoordinate[1]);
  });

  it("without noise there is no spread once converged, and divergence is reported", () => {
    const calm = iterateSpread(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), {
      ...options,
      steps: 400,
      sigma: 0,
    });
    expect(calm.rms).toBeLessThan(1e-6);
    const wild = iterateSpread(bookObjective, gd({ eta: 0.6 }), {
      ...options,
      steps: 200,
      sigma: 0.1,
      runs: 2,
    });
    expect(wild.diverged).toBe(2);
    expect(wild.rms).toBe(Infinity);
  });

  it("rejects bad arguments with a ParameterError", () => {
    expect(() => iterateSpread(bookObjective, gd({ eta: 0.1 }), { ...options, runs: 0 })).toThrow(
      ParameterError,
    );
    expect(() => iterateSpread(bookObjective, gd({ eta: 0.1 }), { ...options, sigma: -1 })).toThrow(
      ParameterError,
    );
    expect(() => iterateSpread(bookObjective, gd({ eta: 0.1 }), { ...options, steps: 1 })).toThrow(
      ParameterError,
    );
  });
});

describe("prepareTable", () => {
  const rows = [
    [1, 10, 3],
    [2, 20, 1],
    [4, 25, 2],
    [3, 5, 7],
  ];

  it("with the last column as target it is the book's preparation", () => {
    expect(prepareTable(rows)).toEqual(prepareData(rows));
    expect(prepareTable(rows, { n: 3 })).toEqual(prepareData(rows, 3));
  });

  it("moves the chosen target column last", () => {
    const moved = rows.map(([a, b, c]) => [b, c, a]);
    expect(prepareTable(rows, { target: 0 })).toEqual(prepareData(moved));
  });

  it("rejects a target outside the table and a table of one column", () => {
    expect(() => prepareTable(rows, { target: 3 })).toThrow(ParameterError);
    expect(() => prepareTable([[1], [2]])).toThrow(ParameterError);
    expect(() => prepareTable(rows, { n: 9 })).toThrow(ParameterError);
  });
});
