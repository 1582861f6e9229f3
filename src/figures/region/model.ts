/**
 * What the convergence-region figure says about a setting (η, β) on curvatures λᵢ: each
 * direction's ρ and regime, the overall rate, the caption and the screen-reader summary. Pure;
 * the build and the island print the same text.
 */
import { momentumRate, type Regime, regime, spectralRadius } from "momentum-live/core";
import { fill, show } from "../../i18n/format.ts";
import type { RegionStrings } from "../../i18n/views.ts";

export type { RegionStrings };

export interface RegionReadout {
  rhos: number[];
  regimes: Regime[];
  rate: number;
  /** One line per curvature. */
  lines: string[];
  rateText: string;
  caption: string;
  summary: string;
}

export function regionReadout(
  eta: number,
  beta: number,
  lambdas: readonly number[],
  t: RegionStrings,
): RegionReadout {
  const rhos = lambdas.map((l) => spectralRadius(beta, eta, l));
  const regimes = lambdas.map((l) => regime(eta * l, beta));
  const rate = momentumRate(beta, eta, lambdas);
  const lines = lambdas.map((l, k) =>
    fill(t.readout, {
      lambda: show(l),
      x: show(eta * l),
      rho: show(rhos[k], 4),
      regime: t.regimes[regimes[k]],
    }),
  );
  const rateText = fill(t.rate, { rate: show(rate, 4) });
  const values = { eta: show(eta), beta: show(beta) };
  return {
    rhos,
    regimes,
    rate,
    lines,
    rateText,
    caption: fill(t.caption, { ...values, points: lambdas.map((l) => show(eta * l)).join(t.comma) }),
    summary: fill(t.summary, { ...values, readouts: lines.join(t.list), rate: show(rate, 4) }),
  };
}
