/**
 * The chapter's examples, run through the same runner as the build: each runs, prints what the
 * page shows, exports something a figure can draw, and the concise and from-scratch training
 * implementations agree.
 */
import { readdirSync } from "node:fs";
import * as core from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { figureFor } from "../../../src/figures/example/figure.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { exampleFigureStrings } from "../../../src/i18n/views.ts";
import { exampleNames, runExample } from "../../../src/site/examples.ts";

describe("examples", () => {
  it("lists every file in examples/", () => {
    const files = readdirSync("examples").map((f) => f.replace(/\.ts$/, ""));
    expect(exampleNames().sort()).toEqual(files.sort());
  });

  for (const name of exampleNames()) {
    it(`${name} runs and draws a figure in both languages`, () => {
      const run = runExample(name);
      for (const locale of ["en", "zh"] as const) {
        const figure = figureFor(run.result, exampleFigureStrings(strings(locale)));
        expect(figure, name).not.toBeNull();
        const svg = renderPlot(figure!.options, name, figure!.summary);
        expect(svg).toMatch(/<svg[^>]*role="img"/);
        expect(svg).not.toContain("NaN");
      }
    });
  }

  it("the 2-D examples print the book's lines", () => {
    expect(runExample("gd-eta-0.4").logs.map((l) => l.text)).toEqual([
      "epoch 20, x1: -0.943467, x2: -0.000073",
    ]);
    expect(runExample("gd-eta-0.6").logs.map((l) => l.text)).toEqual([
      "epoch 20, x1: -0.387814, x2: -1673.365109",
    ]);
    expect(runExample("momentum-eta-0.6-beta-0.5").logs.map((l) => l.text)).toEqual([
      "epoch 20, x1: 0.007188, x2: 0.002553",
    ]);
    expect(runExample("momentum-eta-0.6-beta-0.25").logs.map((l) => l.text)).toEqual([
      "epoch 20, x1: -0.126340, x2: -0.186632",
    ]);
  });

  it("a function export is called with the page's args, and only the call's output is shown", () => {
    const run = runExample("train-scratch", [0.01, 0.9]);
    expect(run.call).toBe("trainMomentum(0.01, 0.9)");
    expect(run.logs.map((l) => l.text)).toEqual([expect.stringMatching(/^loss: 0\.\d{3}$/)]);
    const defaults = runExample("train-scratch");
    expect(defaults.call).toBeNull();
    expect(defaults.result).toEqual(runExample("train-scratch", [0.02, 0.5]).result);
  });

  it("from-scratch and concise training give the same loss curve for the same settings and seed", () => {
    const scratch = runExample("train-scratch", [0.005, 0.9]).result as core.TrainResult;
    const concise = runExample("train-concise").result as core.TrainResult;
    expect(concise.losses).toEqual(scratch.losses);
  });

  it("the book's airfoil runs print losses in the reference band, on the book's axes", () => {
    // Least-squares optimum 0.2417; an independent NumPy run over 20 seeds at (0.02, 0.5): 0.2422–0.2506.
    const optimum = core.leastSquaresLoss(core.standardize(core.airfoilRows), 1500);
    expect(optimum).toBeCloseTo(0.2417, 4);
    const runs = [
      ...[
        [0.02, 0.5],
        [0.01, 0.9],
        [0.005, 0.9],
      ].map((args) => runExample("train-scratch", args)),
      runExample("train-concise"),
    ];
    for (const run of runs) {
      const result = run.result as core.TrainResult & { ylim: readonly number[] };
      expect(result.losses).toHaveLength(15);
      expect(result.losses.map((p) => p.examples)).toEqual(
        Array.from({ length: 15 }, (_, k) => 200 * (k + 1)),
      );
      expect(result.finalLoss).toBeGreaterThan(optimum);
      expect(result.finalLoss).toBeLessThan(0.2506);
      expect(run.logs.map((l) => l.text)).toEqual([core.formatLoss(result.finalLoss)]);
      expect(result.ylim).toEqual([0.22, 0.35]);
    }
  });

  it("the seeds example shows each setting's 20 final losses, sorted, above the optimum", () => {
    const run = runExample("train-seeds");
    const chart = run.result as { series: { label: string; points: [number, number][] }[] };
    expect(chart.series.map((s) => s.label)).toEqual([
      "η = 0.02, β = 0.5",
      "η = 0.01, β = 0.9",
      "η = 0.005, β = 0.9",
      "optimum",
    ]);
    const optimum = chart.series[3].points[0][1];
    for (const s of chart.series.slice(0, 3)) {
      const losses = s.points.map((p) => p[1]);
      expect(losses).toHaveLength(20);
      expect(losses).toEqual([...losses].sort((a, b) => a - b));
      expect(losses[0]).toBeGreaterThan(optimum);
    }
    // Seed 0 of each setting is the page's run.
    const first = (runExample("train-scratch", [0.01, 0.9]).result as core.TrainResult).finalLoss;
    expect(chart.series[1].points.map((p) => p[1])).toContain(first);
    expect(run.logs).toHaveLength(4);
  });
});
