/**
 * Noisy gradients, live: plain SGD with learning rate η/(1 − β) against momentum (η, β), the same
 * effective step, on the book's problem with gradient noise σ. Runs, distances and the spread of the
 * iterates over many seeds come from the core (`run`, `iterateSpread`). Shared by build and island.
 */
import {
  bookObjective,
  gd,
  iterateSpread,
  momentum,
  run,
  type Spread,
  type Trajectory,
} from "momentum-live/core";
import { fill, show, showSig } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";
import type { Caption } from "../../live/settings.ts";
import { type Ranges, sameValues, type Values } from "../../live/settings.ts";
import type { NoiseFigureOptions } from "./figure.ts";

export type NoiseKey = "sigma" | "eta" | "beta" | "steps" | "seed";
export type NoiseValues = Values<NoiseKey>;

export const noiseRanges: Ranges<NoiseKey> = {
  sigma: { min: 0, max: 4, step: 0.1 },
  eta: { min: 0.01, max: 0.5, step: 0.01 },
  beta: { min: 0, max: 0.95, step: 0.01 },
  steps: { min: 10, max: 200, step: 1 },
  seed: { min: 0, max: 9999, step: 1 },
};

/** SGD at the book's η = 0.4 against momentum η = 0.2, β = 0.5 (effective step 0.4), σ = 1. */
export const noiseBook: NoiseValues = { sigma: 1, eta: 0.2, beta: 0.5, steps: 100, seed: 1 };

/** Runs pooled for the spread. */
export const spreadRuns = 64;
const start = [-5, -2];

/** SGD's learning rate: the same effective step η/(1 − β). */
export function sgdEta(v: NoiseValues): number {
  return v.eta / (1 - v.beta);
}

export interface NoiseResult {
  runs: [Trajectory, Trajectory];
  spreads: [Spread, Spread];
}

const optimizersOf = (v: NoiseValues) =>
  [gd({ eta: sgdEta(v) }), momentum({ eta: v.eta, beta: v.beta })] as const;

/** The two runs drawn (SGD, momentum), without the spread. */
function noiseRuns(v: NoiseValues, optimizers = optimizersOf(v)): NoiseResult["runs"] {
  const noise = { sigma: v.sigma, seed: v.seed };
  return optimizers.map((o) => run(bookObjective, o, { start, steps: v.steps, noise })) as [
    Trajectory,
    Trajectory,
  ];
}

export function noiseResult(v: NoiseValues): NoiseResult {
  const optimizers = optimizersOf(v);
  const runs = noiseRuns(v, optimizers);
  const spreads = optimizers.map((o) =>
    iterateSpread(bookObjective, o, {
      start,
      steps: v.steps,
      sigma: v.sigma,
      seed: v.seed,
      runs: spreadRuns,
    }),
  ) as [Spread, Spread];
  return { runs, spreads };
}

export function runLabels(v: NoiseValues, t: BasicsStrings): [string, string] {
  return [
    `${t.noise.sgd}${t.noise.comma}η = ${show(sgdEta(v))}`,
    `${t.noise.momentum}${t.noise.comma}η = ${show(v.eta)}${t.noise.comma}β = ${show(v.beta)}`,
  ];
}

/** The figure's options: both runs' iterates and their distances to the minimum, with labels. */
function noiseOptions(r: Pick<NoiseResult, "runs">, v: NoiseValues, t: BasicsStrings): NoiseFigureOptions {
  return {
    runs: r.runs.map((run) => run.points.map((p) => [p.x[0], p.x[1]] as const)),
    methods: r.runs.map((run) => run.optimizer.method),
    distances: r.runs.map((run) => run.points.map((p) => [p.t, Math.hypot(p.x[0], p.x[1])] as const)),
    steps: v.steps,
    labels: { x1: "x₁", x2: "x₂", step: t.noise.step, distance: t.noise.distance },
    notes: runLabels(v, t).map((label) => fill(t.noise.offTop, { label })),
  };
}

/** One readout line per method: its label and its spread (or divergence). */
function spreadLines(r: NoiseResult, v: NoiseValues, t: BasicsStrings): [string, string][] {
  const labels = runLabels(v, t);
  return r.spreads.map((s, k) => [
    labels[k],
    s.diverged > 0
      ? fill(t.noise.diverged, { k: s.diverged, runs: spreadRuns })
      : fill(t.noise.spread, {
          rms: showSig(s.rms),
          s1: showSig(s.perCoordinate[0]),
          s2: showSig(s.perCoordinate[1]),
          f: showSig(s.meanExcess),
        }),
  ]);
}

function spreadHead(v: NoiseValues, t: BasicsStrings): string {
  return fill(t.noise.spreadHead, { runs: spreadRuns, from: v.seed, to: v.seed + spreadRuns - 1 });
}

export function noiseCaption(v: NoiseValues, t: BasicsStrings): Caption {
  const text = fill(t.noise.shown, {
    etaSgd: show(sgdEta(v)),
    eta: show(v.eta),
    beta: show(v.beta),
    sigma: show(v.sigma),
    seed: v.seed,
    steps: v.steps,
  });
  return { text, changed: !sameValues(v, noiseBook) };
}

function noiseSummary(r: NoiseResult, t: BasicsStrings): string {
  const said = (s: Spread) => (s.diverged > 0 ? "∞" : showSig(s.rms));
  return fill(t.noise.summary, { sgd: said(r.spreads[0]), momentum: said(r.spreads[1]) });
}

/** What the figure shows at a setting: the runs, the drawing, the spread readouts, caption and summary. */
export function noiseView(v: NoiseValues, t: BasicsStrings) {
  const result = noiseResult(v);
  return {
    result,
    options: noiseOptions(result, v, t),
    head: spreadHead(v, t),
    lines: spreadLines(result, v, t),
    caption: noiseCaption(v, t),
    summary: noiseSummary(result, t),
  };
}

/**
 * The figure mid-drag (a live draft, src/live/figure.ts `drafts`): the runs drawn and the caption,
 * without the spread of 2 × 64 runs (most of a redraw's time), which `noiseView` gives once the
 * input settles.
 */
export function noiseDraft(v: NoiseValues, t: BasicsStrings) {
  const runs = noiseRuns(v);
  return { options: noiseOptions({ runs }, v, t), caption: noiseCaption(v, t) };
}
