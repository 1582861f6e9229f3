/**
 * Throughput of the optimizer core against hand-inlined loops doing the same work in the same
 * process: 2-D momentum steps per second through `run` on the book's objective (trajectory
 * recorded), and 2 epochs of minibatch training (1500×5 synthetic table, batch 10, loss every
 * 200 examples) through `trainMomentum` and `train(sgd)`. Warm-up, interleaved repetitions, medians.
 *
 *   node bench/core.ts          (npm run bench)
 */
import {
  bookObjective,
  type Dataset,
  momentum,
  normal,
  run,
  sgd,
  shuffle,
  type TrajectoryPoint,
  toDataset,
  train,
  trainMomentum,
  xoshiro128,
} from "momentum-live/core";

const REPETITIONS = 21;
const WARMUP = 5;

/** Median wall time (ms) of each function, measured interleaved so drift hits all alike. */
function measure(fns: (() => unknown)[]): number[] {
  const times: number[][] = fns.map(() => []);
  let sink = 0;
  for (let r = -WARMUP; r < REPETITIONS; r++) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      const out = fn();
      const dt = performance.now() - t0;
      sink += out ? 1 : 0;
      if (r >= 0) times[i].push(dt);
    });
  }
  if (sink < 0) console.log(sink);
  return times.map((ts) => ts.sort((a, b) => a - b)[ts.length >> 1]);
}

// ---------------------------------------------------------------------------------------------
// 1. 2-D momentum on f = 0.1·x1² + 2·x2²: RUNS runs of STEPS steps (short runs, as the UI makes,
//    and no underflow to subnormals), each recording its 1 + STEPS points.
const STEPS = 1000;
const RUNS = 100;
const eta = 0.6;
const beta = 0.5;
const optimizer = momentum({ eta, beta });

function coreRuns(): number {
  let last = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = run(bookObjective, optimizer, { start: [-5, -2 - r * 1e-3], steps: STEPS });
    last += t.points[STEPS].f;
  }
  return last;
}

function inlinedRuns(): number {
  let last = 0;
  for (let r = 0; r < RUNS; r++) {
    let x1 = -5;
    let x2 = -2 - r * 1e-3;
    let v1 = 0;
    let v2 = 0;
    const bound = 1e6 * (1 + Math.max(Math.abs(x1), Math.abs(x2)));
    const points: TrajectoryPoint[] = [{ t: 0, x: [x1, x2], f: 0.1 * x1 * x1 + 2 * x2 * x2, v: [0, 0] }];
    for (let t = 1; t <= STEPS; t++) {
      const g1 = 0.2 * x1;
      const g2 = 4 * x2;
      v1 = beta * v1 + g1;
      v2 = beta * v2 + g2;
      x1 = x1 - eta * v1;
      x2 = x2 - eta * v2;
      const f = 0.1 * x1 * x1 + 2 * x2 * x2;
      if (!Number.isFinite(f) || Math.abs(x1) > bound || Math.abs(x2) > bound) break;
      points.push({ t, x: [x1, x2], f, v: [v1, v2] });
    }
    last += points[STEPS].f;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// 2. Minibatch SGD with momentum, 2 epochs on a synthetic 1500×5 table, batch 10.
const N = 1500;
const D = 5;
const table: Dataset = (() => {
  const u = xoshiro128(1);
  const w = Array.from({ length: D }, () => normal(u));
  return toDataset(
    Array.from({ length: N }, () => {
      const x = Array.from({ length: D }, () => normal(u));
      return [...x, x.reduce((s, xi, j) => s + xi * w[j], 0.5) + 0.1 * normal(u)];
    }),
  );
})();
const training = { eta: 0.005, beta: 0.9 };
const trainOptions = { epochs: 2, batchSize: 10, seed: 0 };

function inlinedTraining(data: Dataset): { w: number[]; b: number; losses: number[] } {
  const { features: X, labels: y, n, d } = data;
  const { eta: lr, beta: mu } = training;
  const uniform = xoshiro128(trainOptions.seed);
  const w = new Float64Array(d);
  for (let j = 0; j < d; j++) w[j] = normal(uniform, 0, 0.01);
  let b = 0;
  const vw = new Float64Array(d);
  let vb = 0;
  const gw = new Float64Array(d);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const losses: number[] = [];
  let seen = 0;
  for (let epoch = 0; epoch < trainOptions.epochs; epoch++) {
    shuffle(order, uniform);
    for (let start = 0; start < n; start += trainOptions.batchSize) {
      const end = Math.min(start + trainOptions.batchSize, n);
      gw.fill(0);
      let gb = 0;
      for (let k = start; k < end; k++) {
        const i = order[k];
        let yHat = 0;
        for (let j = 0; j < d; j++) yHat += X[i * d + j] * w[j];
        const r = yHat + b - y[i];
        for (let j = 0; j < d; j++) gw[j] += r * X[i * d + j];
        gb += r;
      }
      const m = end - start;
      for (let j = 0; j < d; j++) {
        vw[j] = mu * vw[j] + gw[j] / m;
        w[j] = w[j] - lr * vw[j];
      }
      vb = mu * vb + gb / m;
      b = b - lr * vb;
      const before = seen;
      seen += m;
      if (Math.floor(seen / 200) > Math.floor(before / 200)) {
        let sum = 0;
        for (let i = 0; i < n; i++) {
          let yHat = 0;
          for (let j = 0; j < d; j++) yHat += X[i * d + j] * w[j];
          const r = yHat + b - y[i];
          sum += (r * r) / 2;
        }
        losses.push(sum / n);
      }
    }
  }
  return { w: Array.from(w), b, losses };
}

// Same work, same numbers: check before timing.
{
  const core = trainMomentum(table, training, trainOptions);
  const inlined = inlinedTraining(table);
  const same =
    JSON.stringify(core.losses.map((p) => p.loss)) === JSON.stringify(inlined.losses) &&
    JSON.stringify(core.w) === JSON.stringify(inlined.w);
  const r1 = coreRuns();
  const r2 = inlinedRuns();
  if (!same || r1 !== r2) throw new Error("bench: the core and the inlined loops disagree; fix the baseline");
}

const [coreMs, inlinedMs] = measure([coreRuns, inlinedRuns]);
const [scratchMs, conciseMs, inlinedTrainMs] = measure([
  () => trainMomentum(table, training, trainOptions),
  () => train(table, sgd(training), trainOptions),
  () => inlinedTraining(table),
]);

const steps = RUNS * STEPS;
const perSecond = (ms: number) => `${(((steps / ms) * 1e3) / 1e6).toFixed(2)} M steps/s`;
const ms = (t: number) => `${t.toFixed(3)} ms`;
const rows: [string, string, string, string][] = [
  ["benchmark", "core", "inlined", "core/inlined speed"],
  [
    "2-D momentum, run() (100 × 1000 steps)",
    perSecond(coreMs),
    perSecond(inlinedMs),
    (inlinedMs / coreMs).toFixed(2),
  ],
  [
    "training, trainMomentum (2 epochs)",
    ms(scratchMs),
    ms(inlinedTrainMs),
    (inlinedTrainMs / scratchMs).toFixed(2),
  ],
  [
    "training, train(sgd) (2 epochs)",
    ms(conciseMs),
    ms(inlinedTrainMs),
    (inlinedTrainMs / conciseMs).toFixed(2),
  ],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r: string[]) =>
  r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
console.log(
  `Momentum Live core benchmark — node ${process.version}, median of ${REPETITIONS} after ${WARMUP} warm-ups`,
);
console.log(line(rows[0]));
console.log(widths.map((w) => "─".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));
console.log("(speed ratio = inlined time / core time; ≥ 0.5 is the target, 1 = as fast as hand-inlined)");
