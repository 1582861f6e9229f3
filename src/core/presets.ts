/**
 * The book's parameter values, defined once for text, figures and tests.
 */
import { gd, momentum, type Optimizer } from "./momentum.ts";

/** One of the book's four 2-D runs on f(x) = 0.1·x1² + 2·x2² (E4). */
export interface BookRun {
  readonly name: string;
  readonly eta: number;
  /** β, or null for plain gradient descent. */
  readonly beta: number | null;
  readonly start: readonly [number, number];
  readonly steps: number;
  /** The line the book prints for this run. */
  readonly printed: string;
}

/** §12.6.1: GD η = 0.4, GD η = 0.6 (diverges in x2), momentum (0.6, 0.5) and (0.6, 0.25); 20 steps from (−5, −2). */
export const bookRuns: readonly BookRun[] = Object.freeze([
  {
    name: "gd-0.4",
    eta: 0.4,
    beta: null,
    start: [-5, -2],
    steps: 20,
    printed: "epoch 20, x1: -0.943467, x2: -0.000073",
  },
  {
    name: "gd-0.6",
    eta: 0.6,
    beta: null,
    start: [-5, -2],
    steps: 20,
    printed: "epoch 20, x1: -0.387814, x2: -1673.365109",
  },
  {
    name: "momentum-0.6-0.5",
    eta: 0.6,
    beta: 0.5,
    start: [-5, -2],
    steps: 20,
    printed: "epoch 20, x1: 0.007188, x2: 0.002553",
  },
  {
    name: "momentum-0.6-0.25",
    eta: 0.6,
    beta: 0.25,
    start: [-5, -2],
    steps: 20,
    printed: "epoch 20, x1: -0.126340, x2: -0.186632",
  },
] as const);

/** One of the book's airfoil training runs (§12.6.2). */
export interface TrainingRun {
  readonly name: string;
  /** "scratch" uses sgdMomentum, "concise" the ready-made sgd optimizer. */
  readonly api: "scratch" | "concise";
  readonly eta: number;
  readonly beta: number;
  readonly epochs: number;
  readonly batchSize: number;
  /** The loss the official PyTorch build printed (stochastic; 3 decimals). */
  readonly bookLoss: number;
}

/** The three from-scratch settings and the concise one (2 epochs, as in the MXNet/TF builds). */
export const trainingRuns: readonly TrainingRun[] = Object.freeze([
  {
    name: "scratch-0.02-0.5",
    api: "scratch",
    eta: 0.02,
    beta: 0.5,
    epochs: 2,
    batchSize: 10,
    bookLoss: 0.242,
  },
  {
    name: "scratch-0.01-0.9",
    api: "scratch",
    eta: 0.01,
    beta: 0.9,
    epochs: 2,
    batchSize: 10,
    bookLoss: 0.257,
  },
  {
    name: "scratch-0.005-0.9",
    api: "scratch",
    eta: 0.005,
    beta: 0.9,
    epochs: 2,
    batchSize: 10,
    bookLoss: 0.243,
  },
  {
    name: "concise-0.005-0.9",
    api: "concise",
    eta: 0.005,
    beta: 0.9,
    epochs: 2,
    batchSize: 10,
    bookLoss: 0.245,
  },
] as const);

/** The airfoil experiment's data facts (§5.1 of the content spec). */
export const airfoil = Object.freeze({
  /** Rows in the UCI file. */
  rows: 1503,
  /** Rows kept after whitening. */
  keep: 1500,
  /** Columns: 5 features + the target (last). */
  columns: 6,
  batchSize: 10,
  /** The loss is recorded every this many examples. */
  recordEvery: 200,
  /** Exact least-squares optimum of the mean ½-squared loss on the 1500 whitened rows. */
  optimumLoss: 0.241688,
  /** The loss at w = 0, b = 0. */
  zeroLoss: 0.493259,
  /** The vertical axis of the book's loss plots (its `ylim`). */
  ylim: Object.freeze([0.22, 0.35]) as readonly [number, number],
});

/** §12.6.1.4: the β values of the effective-weight figure, plotted for t = 0..39. */
export const effectiveWeightBetas: readonly number[] = Object.freeze([0.95, 0.9, 0.6, 0]);

/** Number of time steps of the effective-weight figure. */
export const effectiveWeightSteps = 40;

/** §12.6.3.2: the scalar figure, (1 − ηλ)^t for t = 0..19 at η = 0.1. */
export const scalarFigure = Object.freeze({
  eta: 0.1,
  lambdas: Object.freeze([0.1, 1, 10, 19]) as readonly number[],
  steps: 20,
});

/** The optimizer of a book run: gradient descent when β is null, momentum otherwise. */
export function bookOptimizer(run: Pick<BookRun, "eta" | "beta">): Optimizer {
  return run.beta === null ? gd({ eta: run.eta }) : momentum({ eta: run.eta, beta: run.beta });
}
