import {
  type Dataset,
  evaluateLoss,
  leastSquares,
  leastSquaresLoss,
  normal,
  prepareData,
  sgd,
  standardize,
  toDataset,
  train,
  trainingRuns,
  trainMomentum,
  xoshiro128,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";

/** y = Xw + b + σ·noise with X ~ N(0, 1), all from one seeded generator. */
function synthetic(n: number, d: number, sigma: number, seed: number) {
  const u = xoshiro128(seed);
  const w = Array.from({ length: d }, () => normal(u, 0, 1));
  const b = normal(u, 0, 1);
  const rows = Array.from({ length: n }, () => {
    const x = Array.from({ length: d }, () => normal(u, 0, 1));
    return [...x, x.reduce((s, xi, j) => s + xi * w[j], b) + sigma * normal(u, 0, 1)];
  });
  return { rows, w, b, data: toDataset(rows) };
}

const { data: table } = synthetic(1500, 5, 0.1, 42);

describe("minibatch SGD with momentum on linear regression", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = trainMomentum(table, { eta: 0.01, beta: 0.9 }, { seed: 3 });
    const b = trainMomentum(table, { eta: 0.01, beta: 0.9 }, { seed: 3 });
    const c = trainMomentum(table, { eta: 0.01, beta: 0.9 }, { seed: 4 });
    expect(a).toEqual(b);
    expect(c.w).not.toEqual(a.w);
    expect(c.losses.map((p) => p.loss)).not.toEqual(a.losses.map((p) => p.loss));
  });

  it("from scratch and with the ready-made optimizer give identical results", () => {
    for (const preset of trainingRuns) {
      for (const seed of [0, 1, 2]) {
        for (const batchSize of [preset.batchSize, 7]) {
          const options = { epochs: preset.epochs, batchSize, seed };
          const scratch = trainMomentum(table, preset, options);
          const concise = train(table, sgd({ eta: preset.eta, beta: preset.beta }), options);
          expect(concise).toEqual(scratch);
        }
      }
    }
  });

  it("comes within 0.001 of the least-squares optimum on a synthetic table", () => {
    const { w, b } = synthetic(1500, 5, 0.1, 42);
    const best = leastSquares(table);
    best.w.forEach((wj, j) => {
      expect(wj).toBeCloseTo(w[j], 1);
    });
    expect(best.b).toBeCloseTo(b, 1);
    expect(best.loss).toBeCloseTo(0.005, 3); // ½σ²
    for (const preset of trainingRuns) {
      const result = trainMomentum(table, preset, { seed: 11 });
      expect(result.diverged).toBe(false);
      expect(result.finalLoss).toBeGreaterThanOrEqual(best.loss);
      expect(result.finalLoss - best.loss).toBeLessThan(0.001);
      expect(result.initialLoss).toBeGreaterThan(1);
    }
  });

  it("records the full-data loss every 200 examples (x = epochs elapsed) and reports progress", () => {
    const seen: number[] = [];
    const result = trainMomentum(
      table,
      { eta: 0.005, beta: 0.9 },
      { epochs: 2, batchSize: 10, onProgress: (p) => seen.push(p.epoch) },
    );
    expect(result.losses.map((p) => p.examples)).toEqual(Array.from({ length: 15 }, (_, i) => 200 * (i + 1)));
    result.losses.forEach((p, i) => {
      expect(p.epoch).toBeCloseTo((2 * (i + 1)) / 15, 12);
    });
    expect(seen).toEqual(result.losses.map((p) => p.epoch));
    expect(result.finalLoss).toBe(result.losses[14].loss);
    expect(result.finalLoss).toBe(evaluateLoss(table, result.w, result.b));
  });

  it("averages the gradient over the batch: one full batch is one gradient-descent step", () => {
    const { data } = synthetic(25, 3, 0.5, 5);
    const eta = 0.1;
    const result = train(data, sgd({ eta }), { epochs: 1, batchSize: 25, seed: 9 });
    const u = xoshiro128(9); // w_0 ~ N(0, 0.01²) is drawn first, b_0 = 0
    const w0 = Array.from({ length: 3 }, () => normal(u, 0, 0.01));
    const grad = [0, 0, 0, 0];
    for (let i = 0; i < 25; i++) {
      const x = Array.from(data.features.subarray(i * 3, i * 3 + 3));
      const r = x.reduce((s, xj, j) => s + xj * w0[j], 0) - data.labels[i];
      x.forEach((xj, j) => {
        grad[j] += (r * xj) / 25;
      });
      grad[3] += r / 25;
    }
    result.w.forEach((wj, j) => {
      expect(wj).toBeCloseTo(w0[j] - eta * grad[j], 12);
    });
    expect(result.b).toBeCloseTo(-eta * grad[3], 12);
  });

  it("handles a last, smaller minibatch (25 examples in batches of 10)", () => {
    const { data } = synthetic(25, 2, 0.1, 6);
    const counts: number[] = [];
    const result = train(data, sgd({ eta: 0.05, beta: 0.5 }), {
      epochs: 3,
      batchSize: 10,
      recordEvery: 5,
      onProgress: (p) => counts.push(p.examples),
    });
    expect(counts).toEqual([10, 20, 25, 35, 45, 50, 60, 70, 75]);
    expect(result.losses.at(-1)?.epoch).toBe(3);
  });

  it("stops with diverged: true and no NaN when the learning rate is far too large", () => {
    const result = trainMomentum(table, { eta: 50, beta: 0.9 }, { epochs: 20 });
    expect(result.diverged).toBe(true);
    expect(result.finalLoss).toBe(Number.POSITIVE_INFINITY);
    expect(result.losses.every((p) => Number.isFinite(p.loss))).toBe(true);
    expect([...result.w, result.b].every(Number.isFinite)).toBe(true);
  });

  it("the ready-made optimizer keeps one velocity per parameter array, reset() forgets them", () => {
    const opt = sgd({ eta: 0.5, beta: 0.5 });
    const p = [Float64Array.from([1, 2]), Float64Array.from([3])];
    const g = [Float64Array.from([1, 1]), Float64Array.from([2])];
    opt.step(p, g); // v = g, p −= 0.5·g
    expect(p.map((a) => Array.from(a))).toEqual([[0.5, 1.5], [2]]);
    opt.step(p, g); // v = 0.5·g + g = 1.5·g
    expect(p.map((a) => Array.from(a))).toEqual([[-0.25, 0.75], [0.5]]);
    opt.reset();
    opt.step(p, g);
    expect(p.map((a) => Array.from(a))).toEqual([[-0.75, 0.25], [-0.5]]);
  });
});

describe("data preparation as the book does it", () => {
  const rows = [
    [1, 10, 5],
    [2, 20, 7],
    [3, 40, 6],
    [4, 50, 9],
    [10, 0, 1],
  ];

  it("whitens every column, the target included, with ddof 0 over all rows", () => {
    const z = standardize(rows);
    for (let j = 0; j < 3; j++) {
      const col = z.map((r) => r[j]);
      const mean = col.reduce((s, v) => s + v, 0) / col.length;
      const variance = col.reduce((s, v) => s + (v - mean) ** 2, 0) / col.length;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
    expect(z[0][0]).toBeCloseTo((1 - 4) / Math.sqrt(10), 12); // mean 4, variance (9+4+1+0+36)/5 = 10
  });

  it("then keeps the first n rows: features all but the last column, label the last", () => {
    const data: Dataset = prepareData(rows, 4);
    const z = standardize(rows);
    expect(data.n).toBe(4);
    expect(data.d).toBe(2);
    expect(Array.from(data.features)).toEqual(z.slice(0, 4).flatMap((r) => r.slice(0, 2)));
    expect(Array.from(data.labels)).toEqual(z.slice(0, 4).map((r) => r[2]));
  });

  it("least squares: residuals are orthogonal to every feature and to the intercept", () => {
    const data = prepareData(rows);
    const { w, b, loss } = leastSquares(data);
    const residuals = Array.from(
      data.labels,
      (y, i) => data.features[i * 2] * w[0] + data.features[i * 2 + 1] * w[1] + b - y,
    );
    expect(residuals.reduce((s, r) => s + r, 0)).toBeCloseTo(0, 12);
    for (let j = 0; j < 2; j++) {
      expect(residuals.reduce((s, r, i) => s + r * data.features[i * 2 + j], 0)).toBeCloseTo(0, 12);
    }
    expect(loss).toBeCloseTo(residuals.reduce((s, r) => s + r * r, 0) / 10, 12);
    expect(leastSquaresLoss(standardize(rows))).toBe(loss);
    // any perturbation is worse
    expect(evaluateLoss(data, [w[0] + 1e-3, w[1]], b)).toBeGreaterThan(loss);
  });
});
