/**
 * What the experiments page (content/docs/{en,zh}/experiments.mdx) says about its airfoil runs, checked
 * against the runs the build draws: if a seed, a setting or the core changes so that a sentence no
 * longer describes its figure, this fails.
 */
import type { TrainResult } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { runExample } from "../../../src/site/examples.ts";
import { quantity } from "../../../src/site/quantities.ts";

const curve = (eta: number, beta: number) =>
  (runExample("train-scratch", [eta, beta]).result as TrainResult).losses.map((p) => p.loss);
/** The largest rise between two consecutive recorded losses. */
const largestRise = (losses: number[]) => Math.max(...losses.slice(1).map((l, i) => l - losses[i]));

describe("the experiments page's claims", () => {
  const first = curve(0.02, 0.5);
  const second = curve(0.01, 0.9);
  const third = curve(0.005, 0.9);
  const optimum = quantity("optimum", {});

  it("(0.02, 0.5): a steep fall in the first half epoch, then small wiggles just above the floor", () => {
    // 15 records, 7.5 per epoch: the first half epoch is the first 4 records.
    expect(first[0] - first[3]).toBeGreaterThan(0.05);
    for (const l of first.slice(4)) expect(l - optimum).toBeLessThan(0.01);
  });

  it("(0.01, 0.9): falls fastest at first, then climbs back and jumps more than the others", () => {
    expect(second[0]).toBeLessThan(Math.min(first[0], third[0]));
    expect(largestRise(second)).toBeGreaterThan(2 * Math.max(largestRise(first), largestRise(third)));
  });

  it("(0.005, 0.9): starts slowest (highest first record), then reaches the same floor", () => {
    expect(third[0]).toBeGreaterThan(Math.max(first[0], second[0]));
    for (const l of third.slice(4)) expect(l - optimum).toBeLessThan(0.01);
  });

  it("over seeds, (0.01, 0.9) has the highest and widest spread; the other two are close", () => {
    const spread = [0, 1, 2].map((k) => ({
      min: quantity("seedsMin", { k }),
      max: quantity("seedsMax", { k }),
    }));
    const width = spread.map((s) => s.max - s.min);
    expect(spread[1].max).toBeGreaterThan(Math.max(spread[0].max, spread[2].max));
    expect(width[1]).toBeGreaterThan(Math.max(width[0], width[2]));
    expect(Math.abs(spread[0].max - spread[2].max)).toBeLessThan(0.002);
    // The book's own run of that setting printed the highest of its three.
    expect(quantity("bookLoss", { k: 1 })).toBeGreaterThan(
      Math.max(quantity("bookLoss", { k: 0 }), quantity("bookLoss", { k: 2 })),
    );
  });

  it("the effective steps the text compares", () => {
    expect(quantity("effectiveStep", { eta: 0.01, beta: 0.9 })).toBeGreaterThan(
      quantity("effectiveStep", { eta: 0.02, beta: 0.5 }),
    );
  });
});
