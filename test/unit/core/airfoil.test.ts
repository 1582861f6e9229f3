/**
 * The book's airfoil experiment (§12.6.2) on the UCI file the project ships (data/), with the
 * reference numbers of the content spec: least-squares optimum 0.2417, and final losses of an
 * independent NumPy run over 20 seeds at (0.02, 0.5) between 0.2422 and 0.2506.
 */

import { readFileSync } from "node:fs";
import {
  airfoil,
  airfoilRows,
  leastSquares,
  parseTable,
  prepareData,
  sgd,
  train,
  trainingRuns,
  trainMomentum,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { airfoilPath } from "../../../scripts/make-datasets.ts";

describe("airfoil self-noise", () => {
  const text = readFileSync(airfoilPath, "utf8");

  it("parses as 1503 × 6 tab-separated numbers with CRLF and no header", () => {
    expect(text.includes("\r\n")).toBe(true);
    const table = parseTable(text);
    expect(table.rows).toHaveLength(airfoil.rows);
    expect(table.columns).toEqual(["column 1", "column 2", "column 3", "column 4", "column 5", "column 6"]);
    expect(table.rows[0]).toEqual([800, 0, 0.3048, 71.3, 0.00266337, 126.201]);
    const means = [2886.38, 6.7823, 0.1365, 50.8607, 0.01114, 124.836];
    means.forEach((m, j) => {
      const mean = table.rows.reduce((s, r) => s + r[j], 0) / table.rows.length;
      expect(Math.abs(mean / m - 1)).toBeLessThan(1e-3);
    });
  });

  it("the book's procedure: whiten 1503 rows, keep 1500, batch 10, 2 epochs, in the reference band", () => {
    const data = prepareData(airfoilRows, airfoil.keep);
    expect([data.n, data.d]).toEqual([1500, 5]);
    const optimum = leastSquares(data).loss;
    expect(Math.abs(optimum - airfoil.optimumLoss)).toBeLessThan(1e-4);
    for (const preset of trainingRuns) {
      for (const seed of [0, 1, 2, 3, 4]) {
        const options = { epochs: preset.epochs, batchSize: preset.batchSize, seed };
        const result =
          preset.api === "scratch"
            ? trainMomentum(data, preset, options)
            : train(data, sgd({ eta: preset.eta, beta: preset.beta }), options);
        expect(result.losses).toHaveLength(15);
        expect(result.finalLoss).toBeGreaterThan(optimum);
        expect(result.finalLoss).toBeLessThanOrEqual(0.265);
        expect(result.initialLoss).toBeCloseTo(airfoil.zeroLoss, 1);
      }
    }
  });

  it("20 seeds at (0.02, 0.5) land where an independent NumPy run did (0.2422–0.2506)", () => {
    const data = prepareData(airfoilRows, airfoil.keep);
    const finals = Array.from(
      { length: 20 },
      (_, seed) =>
        trainMomentum(data, { eta: 0.02, beta: 0.5 }, { epochs: 2, batchSize: 10, seed }).finalLoss,
    );
    const mean = finals.reduce((a, b) => a + b, 0) / finals.length;
    expect(Math.min(...finals)).toBeGreaterThan(airfoil.optimumLoss);
    expect(Math.max(...finals)).toBeLessThan(0.2506 + 0.005);
    expect(Math.abs(mean - 0.2441)).toBeLessThan(0.002);
  });
});
