/**
 * "Bring your own data" as plain data: the training settings and their ranges, the book's settings
 * as presets (from the core's `trainingRuns`), the job sent to the worker (reading a table is in
 * read.ts), and the caption. Pure; shared by the build, the island,
 * the worker and the tests, so a run in Node and in the browser are the same computation.
 */
import {
  airfoil,
  airfoilColumns,
  airfoilRows,
  autoMpgColumns,
  autoMpgRows,
  type LossPoint,
  leastSquares,
  prepareTable,
  trainingRuns,
  trainMomentum,
} from "momentum-live/core";
import { fill, show, showSig } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";
import type { Ranges, Values } from "../../live/settings.ts";
import type { LossCurveOptions } from "../loss/figure.ts";
import { type FlatTable, flatTable, rowViews } from "./read.ts";

export type TrainKey = "eta" | "beta" | "batch" | "epochs" | "seed";
export type TrainValues = Values<TrainKey>;

export const trainRanges: Ranges<TrainKey> = {
  eta: { min: 0.001, max: 0.2, step: 0.001 },
  beta: { min: 0, max: 0.99, step: 0.01 },
  batch: { min: 1, max: 200, step: 1 },
  epochs: { min: 1, max: 20, step: 1 },
  seed: { min: 0, max: 9999, step: 1 },
};

/** The book's three from-scratch settings (§12.6.2): η, β, batch 10, 2 epochs. */
export const trainPresets: TrainValues[] = trainingRuns
  .filter((r) => r.api === "scratch")
  .map((r) => ({ eta: r.eta, beta: r.beta, batch: r.batchSize, epochs: r.epochs, seed: 0 }));

export const trainBook: TrainValues = trainPresets[0];

/** Largest file read (bytes). */
export const maxBytes = 20 * 1024 * 1024;

/** Everything the worker needs for one run. */
export interface TrainJob {
  /** The table's numbers, row after row (a FlatTable's `values`). */
  data: Float64Array;
  /** Numbers per row. */
  width: number;
  /** 0-based target column. */
  target: number;
  /** Rows used (the first n, after whitening over all rows). */
  n: number;
  values: TrainValues;
}

/** The job of training on `table`'s first n rows for `target` (0-based) with `values`. */
export function trainJob(table: FlatTable, target: number, n: number, values: TrainValues): TrainJob {
  return { data: table.values, width: table.columns.length, target, n, values };
}

/** How often the loss curve gets a point: about 25 times an epoch, on whole minibatches. */
export function recordEvery(n: number, batch: number): number {
  return batch * Math.max(1, Math.round(n / batch / 25));
}

export type TrainMessage =
  | { type: "start"; optimum: number | null; n: number; total: number }
  | { type: "progress"; point: LossPoint }
  | { type: "done"; initialLoss: number; finalLoss: number; diverged: boolean; losses: LossPoint[] }
  | { type: "error"; message: string };

/**
 * Runs a job with the core (the worker's body; also runs in Node and at build time), reporting
 * through `post`: the least-squares optimum first, then each recorded loss, then the result.
 * Never throws: a bad job ends with an "error" message.
 */
export function runJob(job: TrainJob, post: (message: TrainMessage) => void): void {
  try {
    const { values } = job;
    const data = prepareTable(rowViews(job.data, job.width), { target: job.target, n: job.n });
    let optimum: number | null = null;
    try {
      optimum = leastSquares(data).loss;
    } catch {
      optimum = null; // collinear features: no unique optimum, training still runs
    }
    const batchSize = Math.min(values.batch, data.n);
    post({ type: "start", optimum, n: data.n, total: values.epochs * data.n });
    const result = trainMomentum(
      data,
      { eta: values.eta, beta: values.beta },
      {
        epochs: values.epochs,
        batchSize,
        seed: values.seed,
        recordEvery: recordEvery(data.n, batchSize),
        onProgress: (point) => post({ type: "progress", point }),
      },
    );
    post({
      type: "done",
      initialLoss: result.initialLoss,
      finalLoss: result.finalLoss,
      diverged: result.diverged,
      losses: result.losses,
    });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}

/** The outcome of a job, collected from its messages (what the island shows, and the tests compare). */
export interface JobOutcome {
  optimum: number | null;
  n: number;
  initialLoss: number;
  finalLoss: number;
  diverged: boolean;
  losses: LossPoint[];
  error: string | null;
}

/** Runs a job synchronously (build time, tests). */
export function runJobNow(job: TrainJob): JobOutcome {
  const out: JobOutcome = {
    optimum: null,
    n: 0,
    initialLoss: Number.NaN,
    finalLoss: Number.NaN,
    diverged: false,
    losses: [],
    error: null,
  };
  runJob(job, (m) => {
    if (m.type === "start") Object.assign(out, { optimum: m.optimum, n: m.n });
    else if (m.type === "done") Object.assign(out, m, { type: undefined });
    else if (m.type === "error") out.error = m.message;
  });
  return out;
}

/** Column names of a table with the target marked: "mpg". */
export function tableLine(name: string, table: FlatTable, target: number, t: BasicsStrings): string {
  return fill(t.data.table, {
    name,
    rows: table.n,
    columns: table.columns.length,
    target: table.columns[target] ?? "",
  });
}

/** The caption: exactly the settings of the curve drawn. */
export function trainCaption(
  name: string,
  table: FlatTable,
  job: Pick<TrainJob, "target" | "n" | "values">,
  t: BasicsStrings,
): string {
  const v = job.values;
  return fill(t.data.shown, {
    name,
    target: table.columns[job.target] ?? "",
    n: job.n,
    rows: table.n,
    eta: show(v.eta),
    beta: show(v.beta),
    batch: v.batch,
    epochs: v.epochs,
    seed: v.seed,
  });
}

/** "Final loss 0.246 (least-squares optimum 0.2417)." */
function doneText(outcome: Pick<JobOutcome, "finalLoss" | "optimum" | "diverged">, t: BasicsStrings): string {
  if (outcome.diverged) return t.data.diverged;
  return fill(t.data.done, {
    loss: showSig(outcome.finalLoss, 4),
    optimum: outcome.optimum === null ? "–" : showSig(outcome.optimum, 4),
  });
}

/** The loss curve's figure options: recorded losses (and the initial one at epoch 0) and the optimum. */
export function lossCurve(
  outcome: Pick<JobOutcome, "losses" | "optimum" | "initialLoss">,
  epochs: number,
  t: BasicsStrings,
): LossCurveOptions {
  return {
    losses: [
      ...(Number.isFinite(outcome.initialLoss) ? [[0, outcome.initialLoss] as const] : []),
      ...outcome.losses.map((p) => [p.epoch, p.loss] as const),
    ],
    optimum: outcome.optimum,
    epochs,
    labels: { epoch: t.data.epoch, loss: t.data.loss, optimum: t.data.optimum },
  };
}

/** What the figure shows once a run has trained: its loss curve, the status line and the summary. */
export function trainedView(
  outcome: Pick<JobOutcome, "losses" | "optimum" | "initialLoss" | "finalLoss" | "diverged">,
  epochs: number,
  t: BasicsStrings,
) {
  const summary = fill(t.data.summary, {
    points: outcome.losses.length,
    loss: showSig(outcome.finalLoss, 4),
    optimum: outcome.optimum === null ? "–" : showSig(outcome.optimum, 4),
  });
  return { curve: lossCurve(outcome, epochs, t), done: doneText(outcome, t), summary };
}

/** The samples a reader can load: the book's airfoil table (of which it keeps the first rows) and Auto MPG. */
export function sampleTables(): { airfoil: FlatTable; mpg: FlatTable } {
  return {
    airfoil: flatTable({ columns: [...airfoilColumns], rows: airfoilRows.map((r) => [...r]) }),
    mpg: flatTable({ columns: [...autoMpgColumns], rows: autoMpgRows.map((r) => [...r]) }),
  };
}

/** The figure as the build draws it: the book's rows of the airfoil table, trained at the book's first setting. */
export function sampleView(t: BasicsStrings) {
  const table = sampleTables().airfoil;
  const target = table.columns.length - 1;
  const job = trainJob(table, target, airfoil.keep, trainBook);
  return {
    table,
    target,
    job,
    tableLine: tableLine(t.data.sampleName, table, target, t),
    caption: trainCaption(t.data.sampleName, table, job, t),
    ...trainedView(runJobNow(job), trainBook.epochs, t),
  };
}
