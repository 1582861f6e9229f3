/**
 * The live loss-curve figure of the experiments page (src/figures/loss/LossFigure.astro) as plain
 * data: its settings (η, β, batch size, epochs, seed, comparison curves on/off), the book's three
 * settings as presets, one training run by the core's `trainMomentum` on the airfoil data, and the
 * chart, readouts, caption and summary made from it. Pure: the build draws the page's chart from
 * `lossView` and the island redraws with the same function.
 */
import {
  airfoil,
  airfoilRows,
  type Dataset,
  effectiveStep,
  effectiveWeightSum,
  evaluateLoss,
  leastSquares,
  prepareData,
  trainingRuns,
  trainMomentum,
} from "momentum-live/core";
import type { Pair } from "../../draw/svg.ts";
import { fill, show } from "../../i18n/format.ts";
import type { LossStrings } from "../../i18n/views.ts";
import type { Specs, Values } from "../../live/settings.ts";
import type { LossCurveOptions } from "./figure.ts";

export type LossKey = "eta" | "beta" | "batch" | "epochs" | "seed" | "compare";
export type LossValues = Values<LossKey>;

/** Examples trained on: the first 1500 of the airfoil table's 1503 rows, as the book does. */
export const lossRows = airfoil.keep;

/** Examples between two recorded losses: the cadence of the book and of the page's examples (200). */
export const lossRecordEvery = airfoil.recordEvery;

/** The seed of the page's examples (examples/train-scratch.ts). */
export const lossSeed = 0;

/** A run blew up when its loss exceeds this many times the starting loss. */
export const blowUpFactor = 1e6;

/** The book's three from-scratch settings (§12.6.2), with the page's seed: the presets. */
export const lossPresets: Omit<LossValues, "compare">[] = trainingRuns
  .filter((r) => r.api === "scratch")
  .map((r) => ({ eta: r.eta, beta: r.beta, batch: r.batchSize, epochs: r.epochs, seed: lossSeed }));

const first = lossPresets[0];

/** Sliders and inputs; the build's values are the book's first setting, comparison curves on. */
export const lossSpecs: Specs<LossKey> = {
  eta: { min: 0.001, max: 1, step: 0.001, value: first.eta },
  beta: { min: 0, max: 0.99, step: 0.01, value: first.beta },
  batch: { min: 1, max: lossRows, step: 1, value: first.batch },
  epochs: { min: 1, max: 10, step: 1, value: first.epochs },
  seed: { min: 0, max: 9999, step: 1, value: first.seed },
  compare: { min: 0, max: 1, step: 1, value: 1 },
};

interface Problem {
  data: Dataset;
  /** The least-squares optimum of the loss: the floor of every curve. */
  optimum: number;
  /** The loss at w = 0, b = 0 (½ on a standardized target). */
  zeroLoss: number;
}

let problem: Problem | null = null;

/** The whitened airfoil data (as the page's examples prepare it), its optimum and zero loss. */
export function lossProblem(): Problem {
  if (!problem) {
    const data = prepareData(airfoilRows, airfoil.keep);
    problem = {
      data,
      optimum: leastSquares(data).loss,
      zeroLoss: evaluateLoss(data, new Float64Array(data.d), 0),
    };
  }
  return problem;
}

/** One training run as the figure shows it. */
export interface LossRun {
  /** [epoch, loss] from the starting loss at epoch 0 to the last recorded loss (or the blow-up). */
  points: Pair[];
  initialLoss: number;
  /** The loss after the last epoch, or null when the run diverged. */
  finalLoss: number | null;
  /** The epoch at which the loss was first non-finite or above blowUpFactor × the starting loss. */
  divergedAt: number | null;
}

/**
 * Epochs at which the core's training loop records the loss (examples seen crossing a multiple of
 * `every`, minibatches of `batch`, the last one of an epoch possibly smaller).
 */
export function recordEpochs(n: number, batch: number, epochs: number, every: number): number[] {
  const out: number[] = [];
  let seen = 0;
  for (let e = 0; e < epochs; e++) {
    for (let start = 0; start < n; start += batch) {
      const before = seen;
      seen += Math.min(batch, n - start);
      if (Math.floor(seen / every) > Math.floor(before / every)) out.push(seen / n);
    }
  }
  return out;
}

/** Trains with the core's from-scratch momentum (the page's `train-scratch` example, any settings). */
export function trainLoss(v: Omit<LossValues, "compare">): LossRun {
  const { data } = lossProblem();
  const result = trainMomentum(
    data,
    { eta: v.eta, beta: v.beta },
    { epochs: v.epochs, batchSize: v.batch, seed: v.seed, recordEvery: lossRecordEvery },
  );
  const bound = blowUpFactor * result.initialLoss;
  const points: Pair[] = [[0, result.initialLoss]];
  let divergedAt: number | null = null;
  for (const p of result.losses) {
    points.push([p.epoch, p.loss]);
    if (p.loss > bound) {
      divergedAt = p.epoch;
      break;
    }
  }
  if (divergedAt === null && result.diverged) {
    // The core stopped at the first non-finite loss: the record after the last finite one.
    divergedAt = recordEpochs(data.n, v.batch, v.epochs, lossRecordEvery)[result.losses.length] ?? v.epochs;
    points.push([divergedAt, Number.POSITIVE_INFINITY]);
  }
  return {
    points,
    initialLoss: result.initialLoss,
    finalLoss: divergedAt === null ? result.finalLoss : null,
    divergedAt,
  };
}

let ghostKey = "";
let ghostRuns: LossRun[] = [];

/** The book's three settings under the given batch size, epochs and seed (the last ones are kept). */
export function bookRuns(v: Pick<LossValues, "batch" | "epochs" | "seed">): LossRun[] {
  const key = `${v.batch}/${v.epochs}/${v.seed}`;
  if (key !== ghostKey) {
    ghostRuns = lossPresets.map((p) => trainLoss({ ...p, batch: v.batch, epochs: v.epochs, seed: v.seed }));
    ghostKey = key;
  }
  return ghostRuns;
}

const superscript = (s: string) => s.replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);

/**
 * A loss as the page prints it: three decimals like `<Num q="loss">` (src/site/quantities.ts),
 * large values as "1.85 × 10⁴".
 */
export function lossNumber(v: number): string {
  if (!Number.isFinite(v)) return "–";
  if (Math.abs(v) < 1e4) return v.toFixed(3);
  const [mantissa, exponent] = v.toExponential(2).split("e");
  return `${mantissa} × 10${superscript(exponent.replace("+", ""))}`;
}

/** The vertical window: the book's axis for these runs (its `ylim`, 0.22 to 0.35). */
export function lossWindow(): Pair {
  const [lo, hi] = airfoil.ylim;
  return [lo, hi];
}

export interface LossView {
  /** The chart of the run (src/figures/loss/figure.ts `lossLayers`; give it the size to draw at). */
  curve: LossCurveOptions;
  lines: string[];
  caption: string;
  summary: string;
  run: LossRun;
  /** The comparison runs drawn (empty when switched off). */
  ghosts: LossRun[];
}

const presetText = (p: { eta: number; beta: number }, t: LossStrings) =>
  fill(t.presetLabel, { eta: show(p.eta), beta: show(p.beta) });

/** Everything the figure shows for `v`: the chart, the readout lines, the caption and the summary. */
export function lossView(v: LossValues, t: LossStrings): LossView {
  const { optimum } = lossProblem();
  const run = trainLoss(v);
  const ghosts = v.compare ? bookRuns(v) : [];
  const outcome =
    run.divergedAt !== null
      ? fill(t.diverged, { epoch: show(run.divergedAt, 2) })
      : fill(run.finalLoss !== null && run.finalLoss > run.initialLoss ? t.growing : t.final, {
          loss: lossNumber(run.finalLoss ?? Number.NaN),
          optimum: lossNumber(optimum),
          initial: lossNumber(run.initialLoss),
        });
  const lines = [
    outcome,
    fill(t.step, { step: show(effectiveStep(v.eta, v.beta), 4), size: show(effectiveWeightSum(v.beta), 2) }),
  ];
  if (ghosts.length) {
    const list = ghosts.map((g, k) =>
      fill(t.bookItem, {
        eta: show(lossPresets[k].eta),
        beta: show(lossPresets[k].beta),
        loss:
          g.finalLoss === null
            ? fill(t.bookDiverged, { epoch: show(g.divergedAt ?? 0, 2) })
            : lossNumber(g.finalLoss),
      }),
    );
    lines.push(fill(t.book, { list: list.join(t.separator) }));
  }
  // Four decimals: the precision the controls keep (params.ts), so a typed 0.0015 reads as such.
  const settings = {
    eta: show(v.eta, 4),
    beta: show(v.beta, 4),
    batch: v.batch,
    epochs: v.epochs,
    seed: v.seed,
  };
  const summary = fill(t.summary, { ...settings, outcome });
  const curve: LossCurveOptions = {
    losses: run.points,
    optimum,
    epochs: v.epochs,
    labels: { epoch: t.epoch, loss: t.loss, optimum: t.optimum, run: t.run, diverged: t.divergedMark },
    ghosts: ghosts.map((g, k) => ({ label: presetText(lossPresets[k], t), losses: g.points })),
    window: lossWindow(),
    divergedAt: run.divergedAt,
  };
  return {
    curve,
    lines,
    caption: fill(t.shown, { ...settings, rows: lossRows, every: lossRecordEvery }),
    summary,
    run,
    ghosts,
  };
}
