/**
 * The live configuration read from each trajectory example: in the book's state, the island's runs
 * are exactly the example's own trajectories (the live figure starts where the build's figure is).
 */
import { describe, expect, it } from "vitest";
import { liveConfig } from "../../../src/figures/trajectory/config.ts";
import { computeRuns } from "../../../src/figures/trajectory/runs.ts";
import { bookState } from "../../../src/figures/trajectory/state.ts";
import { runExample } from "../../../src/site/examples.ts";

const figure = {
  domain: { x: [-5.5, 1.5] as [number, number], y: [-3, 3] as [number, number] },
  optimum: [0, 0],
};
const trajectoryExamples: [string, unknown[] | undefined, number][] = [
  ["gd-eta-0.4", undefined, 1],
  ["gd-eta-0.6", undefined, 1],
  ["momentum-eta-0.6-beta-0.5", undefined, 1],
  ["momentum-eta-0.6-beta-0.25", undefined, 1],
  ["nesterov", undefined, 2],
  ["nesterov", [0.3, 0.5], 2],
  ["exercise-noise", undefined, 2],
];

describe("live configuration of trajectory examples", () => {
  for (const [name, args, count] of trajectoryExamples) {
    it(`${name}${args ? `(${args.join(", ")})` : ""}: the book state reproduces the example's runs`, () => {
      const config = liveConfig(runExample(name, args), `fig-${name}`, figure);
      expect(config).not.toBeNull();
      if (!config) return;
      expect(config.runs).toHaveLength(count);
      const result = runExample(name, args).result;
      const expected = (Array.isArray(result) ? result : [result]) as { points: unknown[] }[];
      const runs = computeRuns(config, bookState(config));
      expect(runs.map((r) => r.points)).toEqual(expected.map((r) => r.points));
    });
  }

  it("links runs that share the first run's η and β, and keeps the noise", () => {
    expect(liveConfig(runExample("nesterov"), "k", figure)?.runs.map((r) => r.linked)).toEqual([true, true]);
    const noisy = liveConfig(runExample("exercise-noise"), "k", figure);
    expect(noisy?.runs.map((r) => r.linked)).toEqual([true, false]);
    expect(noisy?.noise).toEqual({ sigma: 2, seed: 7 });
  });

  it("is null for examples that are not 2-D trajectories of a known objective", () => {
    expect(liveConfig(runExample("effective-weights"), "k", figure)).toBeNull();
    expect(liveConfig(runExample("train-scratch"), "k", figure)).toBeNull();
  });
});
