/**
 * Named quantities that the chapter's prose quotes (`<Num q="rho" eta={0.6} …/>`), each computed
 * by the optimizer core or taken from an example's build-time run. An unknown name, a missing
 * parameter or a non-finite result fails the build.
 */
import {
  airfoil,
  airfoilColumns,
  airfoilRows,
  autoMpgRows,
  effectiveStep,
  effectiveWeight,
  effectiveWeightSum,
  gdFactor,
  leastSquaresLoss,
  momentumStabilityBound,
  nesterovSpectralRadius,
  nesterovStabilityBound,
  optimalGd,
  optimalMomentum,
  optimalNesterov,
  partialWeightSum,
  spectralRadius,
  standardize,
  type Trajectory,
  trainingRuns,
} from "momentum-live/core";
import { runExample } from "./examples.ts";

type Params = Record<string, unknown>;

function num(params: Params, name: string): number {
  const value = params[name];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`<Num>: parameter ${name} must be a finite number, got ${JSON.stringify(value)}`);
  }
  return value;
}

function trajectoryOf(params: Params): Trajectory {
  const name = params.example;
  if (typeof name !== "string") throw new Error("<Num>: parameter example must name an example");
  const result = runExample(name).result as Trajectory;
  if (!result || !Array.isArray(result.points))
    throw new Error(`<Num>: example ${name} does not export a trajectory`);
  return result;
}

/** The point x_t of an example's trajectory (default: its last point). */
function pointOf(params: Params) {
  const { points } = trajectoryOf(params);
  if (params.t === undefined) return points[points.length - 1];
  const t = num(params, "t");
  const point = points.find((p) => p.t === t);
  if (!point) throw new Error(`<Num>: example ${String(params.example)} has no step ${t}`);
  return point;
}

function coordinate(params: Params): number {
  const i = num(params, "i");
  if (!Number.isInteger(i) || i < 1) throw new Error(`<Num>: i must be a 1-based coordinate, got ${i}`);
  return i - 1;
}

/** The recorded losses of an example that exports a training result. */
function lossesOf(params: Params): { loss: number }[] {
  const name = params.example;
  if (typeof name !== "string") throw new Error("<Num>: parameter example must name an example");
  const args = params.args as unknown[] | undefined;
  const result = runExample(name, args).result as { losses?: { loss: number }[] };
  const losses = result?.losses;
  if (!losses?.length) throw new Error(`<Num>: example ${name} does not export a training result`);
  return losses;
}

let optimumCache: number | undefined;

/** The sorted final losses over seeds of setting k in examples/train-seeds.ts. */
function seedLosses(params: Params): number[] {
  const chart = runExample("train-seeds").result as { series: { points: [number, number][] }[] };
  const series = chart.series[num(params, "k")];
  if (!series) throw new Error(`<Num>: train-seeds has no setting k = ${String(params.k)}`);
  return series.points.map((p) => p[1]);
}

const quantities: Record<string, (p: Params) => number> = {
  rho: (p) => spectralRadius(num(p, "beta"), num(p, "eta"), num(p, "lambda")),
  gdFactor: (p) => gdFactor(num(p, "eta"), num(p, "lambda")),
  bound: (p) => momentumStabilityBound(num(p, "beta")),
  effectiveSize: (p) => effectiveWeightSum(num(p, "beta")),
  effectiveStep: (p) => effectiveStep(num(p, "eta"), num(p, "beta")),
  weight: (p) => effectiveWeight(num(p, "beta"), num(p, "tau")),
  partialSum: (p) => partialWeightSum(num(p, "beta"), num(p, "n")),
  coord: (p) => pointOf(p).x[coordinate(p)],
  value: (p) => pointOf(p).f,
  maxCoord: (p) => Math.max(...trajectoryOf(p).points.map((pt) => pt.x[coordinate(p)])),
  argmaxCoord: (p) => {
    const i = coordinate(p);
    const { points } = trajectoryOf(p);
    return points.reduce((best, pt) => (pt.x[i] > best.x[i] ? pt : best), points[0]).t;
  },
  loss: (p) => lossesOf(p).at(-1)?.loss ?? Number.NaN,
  points: (p) => lossesOf(p).length,
  // The airfoil data as the book prepares it: whitened over all rows, the first `airfoil.keep` kept.
  optimum: () => {
    optimumCache ??= leastSquaresLoss(standardize(airfoilRows), airfoil.keep);
    return optimumCache;
  },
  rows: () => airfoilRows.length,
  kept: () => airfoil.keep,
  features: () => airfoilColumns.length - 1,
  mpgRows: () => autoMpgRows.length,
  seedsMin: (p) => Math.min(...seedLosses(p)),
  seedsMax: (p) => Math.max(...seedLosses(p)),
  seedsCount: (p) => seedLosses(p).length,
  // The losses the book printed (quoted data from the core's presets, not computed here).
  bookLoss: (p) => {
    const run = trainingRuns[num(p, "k")];
    if (!run) throw new Error(`<Num>: there is no book run k = ${String(p.k)}`);
    return run.bookLoss;
  },
  polyakEta: (p) => optimalMomentum(num(p, "lambdaMin"), num(p, "lambdaMax")).eta,
  polyakBeta: (p) => optimalMomentum(num(p, "lambdaMin"), num(p, "lambdaMax")).beta,
  polyakRate: (p) => optimalMomentum(num(p, "lambdaMin"), num(p, "lambdaMax")).rate,
  nesterovBound: (p) => nesterovStabilityBound(num(p, "beta")),
  nesterovRho: (p) => nesterovSpectralRadius(num(p, "beta"), num(p, "eta"), num(p, "lambda")),
  /** Nesterov's stability limit at Polyak's heavy-ball β for [λmin, λmax]. */
  polyakNesterovBound: (p) =>
    nesterovStabilityBound(optimalMomentum(num(p, "lambdaMin"), num(p, "lambdaMax")).beta),
  nesterovEta: (p) => optimalNesterov(num(p, "lambdaMin"), num(p, "lambdaMax")).eta,
  nesterovBeta: (p) => optimalNesterov(num(p, "lambdaMin"), num(p, "lambdaMax")).beta,
  nesterovRate: (p) => optimalNesterov(num(p, "lambdaMin"), num(p, "lambdaMax")).rate,
  /** ηλmax with Polyak's heavy-ball values. */
  polyakEtaLambdaMax: (p) =>
    optimalMomentum(num(p, "lambdaMin"), num(p, "lambdaMax")).eta * num(p, "lambdaMax"),
  gdOptimalRate: (p) => optimalGd(num(p, "lambdaMin"), num(p, "lambdaMax")).rate,
  gdOptimalEta: (p) => optimalGd(num(p, "lambdaMin"), num(p, "lambdaMax")).eta,
};

export const quantityNames = Object.keys(quantities);

export function quantity(name: string, params: Params): number {
  const compute = quantities[name];
  if (!compute) throw new Error(`<Num>: unknown quantity "${name}" (known: ${quantityNames.join(", ")})`);
  const value = compute(params);
  if (!Number.isFinite(value)) throw new Error(`<Num q="${name}">: the result is not finite (${value})`);
  return value;
}

const superscripts: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/**
 * Fixed decimals (`digits`, default 3) or significant digits (`sig`), with a true minus sign;
 * powers of ten print as "2.2 × 10⁻⁹", never as JavaScript's "2.2e-9".
 */
export function formatNumber(value: number, options: { digits?: number; sig?: number } = {}): string {
  const text =
    options.sig !== undefined ? value.toPrecision(options.sig) : value.toFixed(options.digits ?? 3);
  const cleaned = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  const [mantissa, exponent] = cleaned.split("e");
  const power = exponent
    ? ` × 10${exponent.replace("+", "").replace(/[-0-9]/g, (c) => superscripts[c])}`
    : "";
  return (mantissa + power).replace(/^-/, "−");
}
