/**
 * The live effective-weight figure as data: its settings (β and the window N), the book's values,
 * and the readouts and caption, all computed by the core. Shared by the build and the island, so
 * the caption and readouts always describe the figure drawn.
 */
import {
  effectiveWeight,
  effectiveWeightBetas,
  effectiveWeightSteps,
  effectiveWeightSum,
  partialWeightSum,
} from "momentum-live/core";
import { fill, show, showSig } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";
import type { Caption } from "../../live/settings.ts";
import { type Ranges, sameValues, type Values } from "../../live/settings.ts";
import type { WeightsFigureOptions } from "./figure.ts";

export type WeightsKey = "beta" | "n";
export type WeightsValues = Values<WeightsKey>;

export const weightsRanges: Ranges<WeightsKey> = {
  beta: { min: 0, max: 0.99, step: 0.01 },
  n: { min: 1, max: 100, step: 1 },
};

/** The book's β values (§12.6.1.4), each a preset. */
export const weightsPresets: readonly number[] = effectiveWeightBetas;

/** The book's figure: β = 0.9 of its four, τ = 0…39. */
export const weightsBook: WeightsValues = { beta: 0.9, n: effectiveWeightSteps - 1 };

export interface WeightsReadout {
  /** Σ_{τ=0}^{N} β^τ. */
  partial: number;
  /** 1/(1 − β). */
  limit: number;
  /** β^N. */
  last: number;
}

export function weightsReadout(v: WeightsValues): WeightsReadout {
  return {
    partial: partialWeightSum(v.beta, v.n + 1),
    limit: effectiveWeightSum(v.beta),
    last: effectiveWeight(v.beta, v.n),
  };
}

/** The readout lines: [label, value] pairs. */
export function weightsLines(v: WeightsValues, t: BasicsStrings): [string, string][] {
  const r = weightsReadout(v);
  return [
    [fill(t.weights.partial, { n: v.n }), show(r.partial, 3)],
    [t.weights.limit, show(r.limit, 3)],
    [t.weights.share, `${show((100 * r.partial) / r.limit, 1)}%`],
  ];
}

export function weightsCaption(v: WeightsValues, t: BasicsStrings): Caption {
  const text = fill(t.weights.shown, { beta: show(v.beta), n: v.n });
  return { text, changed: !sameValues(v, weightsBook) };
}

export function weightsSummary(v: WeightsValues, t: BasicsStrings): string {
  const r = weightsReadout(v);
  return fill(t.weights.summary, {
    beta: show(v.beta),
    n: v.n,
    last: showSig(r.last),
    partial: show(r.partial, 3),
    limit: show(r.limit, 3),
  });
}

export function weightsOptions(v: WeightsValues, t: BasicsStrings): WeightsFigureOptions {
  return { beta: v.beta, n: v.n, xLabel: t.weights.tau, yLabel: t.weights.weight };
}
