import {
  bookObjective,
  bookOptimizer,
  bookRuns,
  formatEpochLine,
  formatFixed,
  formatTrajectory,
  run,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { golden2d } from "./fixtures/golden-2d.ts";
import { pythonFormat } from "./fixtures/python-format.ts";

describe("the book's four 2-D runs (spec §3.2)", () => {
  const printed = [
    "epoch 20, x1: -0.943467, x2: -0.000073",
    "epoch 20, x1: -0.387814, x2: -1673.365109",
    "epoch 20, x1: 0.007188, x2: 0.002553",
    "epoch 20, x1: -0.126340, x2: -0.186632",
  ];

  it.each(bookRuns.map((preset, i) => [preset.name, preset, printed[i]] as const))(
    "%s prints the book's line",
    (_, preset, line) => {
      const trajectory = run(bookObjective, bookOptimizer(preset), {
        start: preset.start,
        steps: preset.steps,
      });
      expect(formatTrajectory(trajectory)).toBe(line);
      expect(preset.printed).toBe(line);
      expect(trajectory.diverged).toBe(false);
      expect(trajectory.step).toBe(20);
    },
  );

  it.each(bookRuns.map((preset) => [preset.name, preset] as const))(
    "%s matches all 21 golden points to 1e-6",
    (name, preset) => {
      const { points } = run(bookObjective, bookOptimizer(preset), {
        start: preset.start,
        steps: preset.steps,
      });
      const golden = golden2d[name];
      expect(golden).toHaveLength(21);
      expect(points).toHaveLength(21);
      points.forEach((p, t) => {
        expect(p.t).toBe(t);
        expect(Math.abs(p.x[0] - golden[t][0])).toBeLessThanOrEqual(1e-6);
        expect(Math.abs(p.x[1] - golden[t][1])).toBeLessThanOrEqual(1e-6);
        expect(p.f).toBe(bookObjective.value(p.x));
      });
    },
  );

  it("momentum reproduces the book's per-step arithmetic bit for bit", () => {
    for (const preset of bookRuns.filter((r) => r.beta !== null)) {
      const eta = preset.eta;
      const beta = preset.beta as number;
      let [x1, x2] = preset.start;
      let v1 = 0;
      let v2 = 0;
      const { points } = run(bookObjective, bookOptimizer(preset), { start: preset.start, steps: 20 });
      for (let t = 1; t <= 20; t++) {
        v1 = beta * v1 + 0.2 * x1;
        v2 = beta * v2 + 4 * x2;
        x1 = x1 - eta * v1;
        x2 = x2 - eta * v2;
        expect(points[t].x).toEqual([x1, x2]);
        expect(points[t].v).toEqual([v1, v2]);
      }
    }
  });

  it("gradient descent stays within a few ulps of the book's x − (η·0.2)·x ordering", () => {
    for (const preset of bookRuns.filter((r) => r.beta === null)) {
      let [x1, x2] = preset.start;
      const { points } = run(bookObjective, bookOptimizer(preset), { start: preset.start, steps: 20 });
      for (let t = 1; t <= 20; t++) {
        x1 = x1 - preset.eta * 0.2 * x1;
        x2 = x2 - preset.eta * 4 * x2;
        expect(Math.abs(points[t].x[0] - x1)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(x1));
        expect(Math.abs(points[t].x[1] - x2)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(x2));
      }
    }
  });

  it("GD closed forms: x1 = (1 − 0.2η)^20·(−5), x2 = (1 − 4η)^20·(−2)", () => {
    for (const preset of bookRuns.filter((r) => r.beta === null)) {
      const last = run(bookObjective, bookOptimizer(preset), { start: preset.start, steps: 20 }).points[20];
      expect(last.x[0]).toBeCloseTo((1 - 0.2 * preset.eta) ** 20 * -5, 12);
      expect(last.x[1] / ((1 - 4 * preset.eta) ** 20 * -2)).toBeCloseTo(1, 12);
    }
  });

  it("f at step 20 matches the spec (0.089013, 5.6003e6, 1.8205e-5, 0.071259)", () => {
    const expected = [0.089013, 5.6003e6, 1.8205e-5, 0.071259];
    bookRuns.forEach((preset, i) => {
      const f = run(bookObjective, bookOptimizer(preset), { start: preset.start, steps: 20 }).points[20].f;
      expect(Math.abs(f / expected[i] - 1)).toBeLessThan(1e-4);
    });
  });
});

describe("Python-style formatting", () => {
  it.each(pythonFormat.map(([x, f6, f3]) => [String(x), x, f6, f3] as const))(
    "formats %s like Python's %%f and %%.3f",
    (_, x, f6, f3) => {
      expect(formatFixed(x)).toBe(f6);
      expect(formatFixed(x, 3)).toBe(f3);
    },
  );

  it("prints the epoch line for any dimension", () => {
    expect(formatEpochLine(20, [-0.0000725, 1])).toBe("epoch 20, x1: -0.000073, x2: 1.000000");
    expect(formatEpochLine(3, [-1e-9])).toBe("epoch 3, x1: -0.000000");
    expect(formatEpochLine(5, [1, 2, 3])).toBe("epoch 5, x1: 1.000000, x2: 2.000000, x3: 3.000000");
  });
});
