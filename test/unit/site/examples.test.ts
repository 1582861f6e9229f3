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

  it("training ends near the least-squares optimum of the standardized data", () => {
    const optimum = core.leastSquaresLoss(core.standardize(core.autoMpgRows));
    for (const args of [
      [0.02, 0.5],
      [0.01, 0.9],
      [0.005, 0.9],
    ]) {
      const { finalLoss } = runExample("train-scratch", args).result as core.TrainResult;
      expect(finalLoss).toBeGreaterThanOrEqual(optimum);
      expect(finalLoss - optimum).toBeLessThan(0.02);
    }
  });
});
