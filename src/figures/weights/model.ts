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
import { type Caption, type Ranges, sameValues, type Values } from "../../live/settings.ts";
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

/** What the figure shows at a setting: its drawing, readouts ([label, value]), caption and summary. */
export function weightsView(v: WeightsValues, t: BasicsStrings) {
  const w = t.weights;
  const partial = partialWeightSum(v.beta, v.n + 1); // Σ_{τ=0}^{N} β^τ
  const limit = effectiveWeightSum(v.beta); // 1/(1 − β)
  const values = { beta: show(v.beta), n: v.n, partial: show(partial, 3), limit: show(limit, 3) };
  const options: WeightsFigureOptions = { beta: v.beta, n: v.n, xLabel: w.tau, yLabel: w.weight };
  const lines: [string, string][] = [
    [fill(w.partial, values), values.partial],
    [w.limit, values.limit],
    [w.share, `${show((100 * partial) / limit, 1)}%`],
  ];
  const caption: Caption = { text: fill(w.shown, values), changed: !sameValues(v, weightsBook) };
  const last = showSig(effectiveWeight(v.beta, v.n)); // β^N
  return { options, lines, caption, summary: fill(w.summary, { ...values, last }) };
}
