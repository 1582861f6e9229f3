/**
 * The live loss figure's model (src/figures/loss/model.ts): the book's settings give the page's
 * numbers, the recorded epochs are the core's, divergence is reported in words (never NaN), and
 * links are clamped or ignored.
 */
import {
  airfoilRows,
  effectiveStep,
  leastSquares,
  prepareData,
  trainingRuns,
  trainMomentum,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { lossLayers } from "../../../src/figures/loss/figure.ts";
import {
  blowUpFactor,
  bookRuns,
  type LossView,
  lossNumber,
  lossPresets,
  lossProblem,
  lossRecordEvery,
  lossSpecs,
  lossView,
  lossWindow,
  recordEpochs,
  trainLoss,
} from "../../../src/figures/loss/model.ts";
import { show } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { lossStrings } from "../../../src/i18n/views.ts";
import { defaults, formatValues, parseValues } from "../../../src/live/settings.ts";
import { formatNumber, quantity } from "../../../src/site/quantities.ts";

const t = lossStrings(strings("en"));
const tZh = lossStrings(strings("zh"));
const initial = defaults(lossSpecs);
/** The figure's drawing of a view, as the build renders it. */
const drawn = (view: LossView) => renderPlot(wholePlot(lossLayers(view.curve)), "name");

describe("the book's settings", () => {
  it("are the presets: the core's three from-scratch runs, batch 10, 2 epochs, the page's seed 0", () => {
    expect(lossPresets).toEqual([
      { eta: 0.02, beta: 0.5, batch: 10, epochs: 2, seed: 0 },
      { eta: 0.01, beta: 0.9, batch: 10, epochs: 2, seed: 0 },
      { eta: 0.005, beta: 0.9, batch: 10, epochs: 2, seed: 0 },
    ]);
    expect(lossPresets.map((p) => [p.eta, p.beta])).toEqual(
      trainingRuns.filter((r) => r.api === "scratch").map((r) => [r.eta, r.beta]),
    );
    expect(initial).toEqual({ ...lossPresets[0], compare: 1 });
  });

  it('give exactly the final losses that the page\'s <Num q="loss"> prints for the same settings', () => {
    for (const p of lossPresets) {
      const page = quantity("loss", { example: "train-scratch", args: [p.eta, p.beta] });
      const run = trainLoss(p);
      expect(run.finalLoss).toBe(page);
      expect(run.divergedAt).toBeNull();
      expect(lossNumber(run.finalLoss ?? Number.NaN)).toBe(formatNumber(page));
      const view = lossView({ ...p, compare: 0 }, t);
      expect(view.lines[0]).toBe(
        `Final loss ${formatNumber(page)} (least-squares optimum ${formatNumber(quantity("optimum", {}))}).`,
      );
    }
  });

  it("drawn faintly share the run's batch size, epochs and seed", () => {
    const runs = bookRuns({ batch: 4, epochs: 3, seed: 7 });
    expect(runs).toHaveLength(3);
    const direct = trainMomentum(
      prepareData(airfoilRows, 1500),
      { eta: 0.01, beta: 0.9 },
      { batchSize: 4, epochs: 3, seed: 7 },
    );
    expect(runs[1].finalLoss).toBe(direct.finalLoss);
    const view = lossView({ eta: 0.05, beta: 0.3, batch: 4, epochs: 3, seed: 7, compare: 1 }, t);
    expect(view.lines[2]).toContain(`η = 0.01, β = 0.9 → ${lossNumber(direct.finalLoss)}`);
    expect(drawn(view).match(/class="ml-loss-ghost /g)).toHaveLength(3);
    const off = lossView({ eta: 0.05, beta: 0.3, batch: 4, epochs: 3, seed: 7, compare: 0 }, t);
    expect(off.lines).toHaveLength(2);
    expect(drawn(off)).not.toContain("ml-loss-ghost");
  });
});

describe("a run", () => {
  it("records the loss where the core does, from the starting loss at epoch 0", () => {
    for (const [batch, epochs] of [
      [1, 2],
      [3, 2],
      [10, 2],
      [64, 4],
      [1500, 2],
    ]) {
      const run = trainLoss({ eta: 0.01, beta: 0.5, batch, epochs, seed: 1 });
      const epochsAt = recordEpochs(1500, batch, epochs, lossRecordEvery);
      expect(run.points.map((p) => p[0])).toEqual([0, ...epochsAt]);
      // An even number of epochs sees a multiple of 200 examples: the last record is the end of training, so the curve ends at the final loss.
      expect(run.points[run.points.length - 1]).toEqual([epochs, run.finalLoss]);
    }
  });

  it("reads out the core's effective step, optimum and final loss", () => {
    const v = { eta: 0.03, beta: 0.8, batch: 10, epochs: 2, seed: 3, compare: 1 };
    const view = lossView(v, t);
    const optimum = leastSquares(prepareData(airfoilRows, 1500)).loss;
    expect(lossProblem().optimum).toBe(optimum);
    expect(view.lines[1]).toContain(`η/(1 − β) = ${show(effectiveStep(0.03, 0.8), 4)}`);
    expect(view.lines[0]).toContain(lossNumber(view.run.finalLoss ?? Number.NaN));
    expect(view.caption).toBe(
      "Shown: η = 0.03, β = 0.8, batch size 10, 2 epochs, seed 3; the loss over all 1500 examples is recorded every 200 examples.",
    );
    expect(view.summary).toContain(view.lines[0]);
    // A typed value keeps the precision the controls keep (4 decimals), and so does the caption.
    expect(lossView({ ...v, eta: 0.0015 }, t).caption).toMatch(/^Shown: η = 0\.0015, β = 0\.8,/);
    const [lo, hi] = lossWindow();
    expect(lo).toBeLessThan(optimum);
    for (const p of lossPresets) expect(trainLoss(p).finalLoss).toBeLessThan(hi);
  });

  it("that blows up is reported with its epoch, and nothing on screen reads NaN or Infinity", () => {
    const run = trainLoss({ eta: 1, beta: 0.9, batch: 10, epochs: 2, seed: 0 });
    expect(run.finalLoss).toBeNull();
    expect(run.divergedAt).toBeGreaterThan(0);
    expect(run.divergedAt).toBeLessThanOrEqual(2);
    const last = run.points[run.points.length - 1];
    expect(last[0]).toBe(run.divergedAt);
    expect(last[1]).toBeGreaterThan(blowUpFactor * run.initialLoss);
    const view = lossView({ eta: 1, beta: 0.9, batch: 10, epochs: 2, seed: 0, compare: 1 }, t);
    expect(view.lines[0]).toBe(
      `Diverged at epoch ${show(run.divergedAt ?? 0, 2)}: the loss rose above a million times its starting value. Lower η or β.`,
    );
    expect(drawn(view)).toContain("ml-loss-diverged");
    for (const eta of [0.001, 0.5, 1]) {
      for (const beta of [0, 0.99]) {
        for (const [batch, epochs] of [
          [1, 10],
          [392, 1],
        ]) {
          const out = lossView({ eta, beta, batch, epochs, seed: 0, compare: 1 }, tZh);
          const text = [...out.lines, out.caption, out.summary, drawn(out)].join("\n");
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }
    }
  });

  it("whose loss grows without blowing up says so", () => {
    const v = { eta: 0.9, beta: 0, batch: 10, epochs: 2, seed: 0, compare: 0 };
    const run = trainLoss(v);
    expect(run.divergedAt).toBeNull();
    expect(run.finalLoss).toBeGreaterThan(run.initialLoss);
    expect(lossView(v, t).lines[0]).toMatch(/^Final loss .* above the starting loss .* growing/);
  });
});

describe("numbers and links", () => {
  it("print losses with three decimals, large ones with a power of ten", () => {
    expect(lossNumber(0.10413558632911521)).toBe("0.104");
    expect(lossNumber(672.84)).toBe("672.840");
    expect(lossNumber(1.85e4)).toBe("1.85 × 10⁴");
    expect(lossNumber(Number.POSITIVE_INFINITY)).toBe("–");
  });

  it("a link round-trips; garbage and out-of-range values are clamped or ignored and flagged", () => {
    const v = { eta: 0.037, beta: 0.85, batch: 25, epochs: 4, seed: 12, compare: 0 };
    const text = formatValues(v, lossSpecs);
    expect(text).toBe("eta:0.037,beta:0.85,batch:25,epochs:4,seed:12,compare:0");
    expect(parseValues(text, initial, lossSpecs)).toMatchObject({ values: v, adjusted: false });
    const bad = parseValues("eta:50,beta:abc,batch:0,epochs:2.6,seed:-4,junk", initial, lossSpecs);
    expect(bad.adjusted).toBe(true);
    expect(bad.values).toEqual({ eta: 1, beta: 0.5, batch: 1, epochs: 3, seed: 0, compare: 1 });
  });
});
