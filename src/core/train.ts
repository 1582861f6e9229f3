/**
 * Minibatch SGD with momentum on linear regression ŷ = Xw + b (the book's §12.6.2 experiment):
 * the from-scratch update `sgdMomentum`, a ready-made optimizer `sgd({ eta, beta })` and the
 * shared training loop.
 */
import { checkBeta, checkEta, checkSteps, ParameterError } from "./errors.ts";
import { normal, shuffle, xoshiro128 } from "./random.ts";
import { type Dataset, evaluateLoss } from "./regression.ts";

/** The velocities v_w = 0 (length d) and v_b = 0 of the from-scratch momentum optimizer. */
export function initMomentumStates(d: number): Float64Array[] {
  return [new Float64Array(d), new Float64Array(1)];
}

/** E5 on parameter arrays, from scratch: for each (p, v): v ← βv + g, p ← p − ηv. */
export function sgdMomentum(
  params: Float64Array[],
  grads: Float64Array[],
  states: Float64Array[],
  hyperparams: { readonly eta: number; readonly beta: number },
): void {
  const { eta, beta } = hyperparams;
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    const g = grads[k];
    const v = states[k];
    for (let i = 0; i < p.length; i++) {
      v[i] = beta * v[i] + g[i];
      p[i] = p[i] - eta * v[i];
    }
  }
}

/** A ready-made optimizer, like a framework's SGD: keeps its own velocities, one per parameter array. */
export interface ParameterOptimizer {
  readonly eta: number;
  readonly beta: number;
  /** Updates every parameter array in place from its gradient: v ← βv + g, p ← p − ηv. */
  step(params: Float64Array[], grads: Float64Array[]): void;
  /** Forgets the velocities (v = 0). */
  reset(): void;
}

/** SGD with momentum as a built-in optimizer (β = 0 by default: plain SGD). */
export function sgd(options: { readonly eta: number; readonly beta?: number }): ParameterOptimizer {
  const eta = checkEta(options.eta);
  const beta = checkBeta(options.beta ?? 0);
  let velocities: Float64Array[] = [];
  return {
    eta,
    beta,
    step(params, grads) {
      for (let k = 0; k < params.length; k++) {
        const p = params[k];
        const g = grads[k];
        let v = velocities[k];
        if (v === undefined || v.length !== p.length) velocities[k] = v = new Float64Array(p.length);
        for (let i = 0; i < p.length; i++) {
          v[i] = beta * v[i] + g[i];
          p[i] = p[i] - eta * v[i];
        }
      }
    },
    reset() {
      velocities = [];
    },
  };
}

/** A recorded point of the loss curve. */
export interface LossPoint {
  /** Epochs elapsed: examples seen / n. */
  readonly epoch: number;
  /** Mean loss over the whole dataset. */
  readonly loss: number;
  /** Examples seen so far. */
  readonly examples: number;
}

/** Options of the training loop. */
export interface TrainOptions {
  /** Default 2. */
  readonly epochs?: number;
  /** Default 10. */
  readonly batchSize?: number;
  /** Seed of the generator for the initial w and the shuffles (default 0). */
  readonly seed?: number;
  /** Record the full-data loss each time this many more examples have been seen (default 200). */
  readonly recordEvery?: number;
  /** Called with each recorded point (e.g. to post progress from a worker). */
  readonly onProgress?: (point: LossPoint) => void;
}

/** The outcome of training. */
export interface TrainResult {
  /** The loss curve, one point per `recordEvery` examples. */
  readonly losses: LossPoint[];
  /** Loss at the initial w ~ N(0, 0.01²), b = 0. */
  readonly initialLoss: number;
  /** Loss at the end (Infinity if training diverged). */
  readonly finalLoss: number;
  /** True when the loss became non-finite; training then stopped and w, b are the last finite ones. */
  readonly diverged: boolean;
  readonly w: number[];
  readonly b: number;
}

/** An update of [w, b] from their minibatch gradients [∂w, ∂b]. */
export type Update = (params: Float64Array[], grads: Float64Array[]) => void;

/**
 * The training loop (the book's train_ch11): w ~ N(0, 0.01²), b = 0; each epoch shuffles the
 * examples and visits them in minibatches (the last one may be smaller); per minibatch the gradient
 * of the mean ½(ŷ − y)² goes to `update`. The full-data loss is recorded whenever the count of
 * examples seen crosses a multiple of `recordEvery` (with batch 10: every 200 examples).
 */
export function trainLinearRegression(
  data: Dataset,
  update: Update,
  options: TrainOptions = {},
): TrainResult {
  const epochs = checkSteps(options.epochs ?? 2, "epochs");
  const batchSize = options.batchSize ?? 10;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ParameterError("batchSize", "a positive integer", batchSize);
  }
  const recordEvery = options.recordEvery ?? 200;
  if (!Number.isInteger(recordEvery) || recordEvery < 1) {
    throw new ParameterError("recordEvery", "a positive integer", recordEvery);
  }
  const { features: X, labels: y, n, d } = data;
  const uniform = xoshiro128(options.seed ?? 0);
  const w = new Float64Array(d);
  for (let j = 0; j < d; j++) w[j] = normal(uniform, 0, 0.01);
  const b = new Float64Array(1);
  const gw = new Float64Array(d);
  const gb = new Float64Array(1);
  const params = [w, b];
  const grads = [gw, gb];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const initialLoss = evaluateLoss(data, w, b[0]);
  const losses: LossPoint[] = [];
  let best = { w: Array.from(w), b: b[0] };
  let seen = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, uniform);
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      gw.fill(0);
      let sumR = 0;
      for (let k = start; k < end; k++) {
        const i = order[k];
        const row = i * d;
        let yHat = 0;
        for (let j = 0; j < d; j++) yHat += X[row + j] * w[j];
        const r = yHat + b[0] - y[i];
        for (let j = 0; j < d; j++) gw[j] += r * X[row + j];
        sumR += r;
      }
      const m = end - start;
      for (let j = 0; j < d; j++) gw[j] /= m;
      gb[0] = sumR / m;
      update(params, grads);
      const before = seen;
      seen += m;
      if (Math.floor(seen / recordEvery) > Math.floor(before / recordEvery)) {
        const loss = evaluateLoss(data, w, b[0]);
        if (!Number.isFinite(loss))
          return { losses, initialLoss, finalLoss: Infinity, diverged: true, ...best };
        best = { w: Array.from(w), b: b[0] };
        const point = { epoch: seen / n, loss, examples: seen };
        losses.push(point);
        options.onProgress?.(point);
      }
    }
  }
  const finalLoss = evaluateLoss(data, w, b[0]);
  if (!Number.isFinite(finalLoss))
    return { losses, initialLoss, finalLoss: Infinity, diverged: true, ...best };
  return { losses, initialLoss, finalLoss, diverged: false, w: Array.from(w), b: b[0] };
}

/** From scratch (the book's train_momentum): the loop with `initMomentumStates` and `sgdMomentum`. */
export function trainMomentum(
  data: Dataset,
  hyperparams: { readonly eta: number; readonly beta: number },
  options: TrainOptions = {},
): TrainResult {
  const eta = checkEta(hyperparams.eta);
  const beta = checkBeta(hyperparams.beta);
  const states = initMomentumStates(data.d);
  const hyper = { eta, beta };
  return trainLinearRegression(data, (params, grads) => sgdMomentum(params, grads, states, hyper), options);
}

/** Concise (a framework's built-in optimizer): the loop driven by `optimizer.step`. */
export function train(data: Dataset, optimizer: ParameterOptimizer, options: TrainOptions = {}): TrainResult {
  return trainLinearRegression(data, (params, grads) => optimizer.step(params, grads), options);
}
