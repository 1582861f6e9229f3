/**
 * The scalar figure's parameters and text (src/figures/scalar/ScalarFigure.astro): sliders for
 * λ, η and β, presets, and the readouts, caption and summary from the core's rates. Pure.
 */
import {
  gdConverges,
  gdFactor,
  momentumConverges,
  optimalMomentum,
  regime,
  spectralRadius,
} from "momentum-live/core";
import { keyStyle, runStyles } from "../../draw/theme.ts";
import { fill, show, showValue } from "../../i18n/format.ts";
import type { Regimes, ScalarStrings } from "../../i18n/views.ts";
import type { Specs, Values } from "../../live/settings.ts";
import { type ScalarSeries, scalarSteps } from "./figure.ts";

export type ScalarKey = "lambda" | "eta" | "beta" | "steps";
export type { ScalarStrings };

/** λ = 4, η = 0.6, β = 0.5: the book's steep direction x₂, where GD diverges and momentum does not. */
export const scalarSpecs: Specs<ScalarKey> = {
  lambda: { min: 0.05, max: 5, step: 0.05, value: 4 },
  eta: { min: 0.01, max: 1.5, step: 0.01, value: 0.6 },
  beta: { min: 0, max: 0.99, step: 0.01, value: 0.5 },
  steps: { min: 5, max: 200, step: 1, value: scalarSteps },
};

/** Polyak's parameters for the one curvature shown: η = 1/λ, β = 0 (the minimum in one step). */
export function scalarOptimal(v: Values<ScalarKey>): Values<ScalarKey> {
  const best = optimalMomentum(v.lambda, v.lambda);
  return { ...v, eta: best.eta, beta: best.beta };
}

export function scalarText(
  v: Values<ScalarKey>,
  t: ScalarStrings,
  regimes: Regimes,
  ends: ScalarSeries["ends"],
) {
  const factor = gdFactor(v.eta, v.lambda);
  const rho = spectralRadius(v.beta, v.eta, v.lambda);
  const gdVerdict = gdConverges(v.eta, v.lambda) ? t.converges : t.diverges;
  const momentumVerdict = momentumConverges(v.beta, v.eta, v.lambda) ? t.converges : t.diverges;
  const values = { lambda: show(v.lambda), eta: show(v.eta), beta: show(v.beta) };
  return {
    lines: [
      fill(t.gdLine, { factor: show(factor, 4), abs: show(Math.abs(factor), 4), verdict: gdVerdict }),
      fill(t.momentumLine, {
        rho: show(rho, 4),
        regime: regimes[regime(v.eta * v.lambda, v.beta)],
        verdict: momentumVerdict,
      }),
    ],
    /** Each line's key: the colour of its method's curve. */
    keys: runStyles(["gd", "momentum"]).map(keyStyle),
    caption: fill(t.caption, { ...values, x: show(v.eta * v.lambda), steps: v.steps }),
    summary: fill(t.summary, {
      ...values,
      abs: show(Math.abs(factor), 4),
      gdVerdict,
      rho: show(rho, 4),
      momentumVerdict,
      steps: v.steps,
      gdEnd: showValue(ends.gd),
      momentumEnd: showValue(ends.momentum),
    }),
  };
}
