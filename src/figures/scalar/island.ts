/**
 * The live scalar figure: λ, η and β sliders re-plot its three curves with Plot, over the build's
 * frame, axes and legend (src/figures/scalar/figure.ts); the number of steps redraws the x axis.
 */

import type { Regimes } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { defaults, lastBy, type Values } from "../../live/settings.ts";
import { scalarLayers, scalarSeries } from "./figure.ts";
import { type ScalarKey, type ScalarStrings, scalarOptimal, scalarSpecs, scalarText } from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<ScalarStrings>(element, "strings");
  const regimes = readJson<Regimes>(element, "regimes");
  if (!t || !regimes) return;
  const initial = defaults(scalarSpecs);
  /** The series of a setting, computed once for the curves and the words. */
  const seriesOf = lastBy(
    (v: Values<ScalarKey>) => JSON.stringify(v),
    (v) => scalarSeries(v.lambda, v.eta, v.beta, v.steps),
  );
  runParamFigure(element, {
    specs: scalarSpecs,
    initial,
    presets: { book: () => initial, optimal: scalarOptimal },
    plot: {
      layers: (v, size) => scalarLayers(t, seriesOf(v), v.steps, size),
      baseKey: (v) => String(v.steps),
      liveKey: (v) => JSON.stringify(v),
    },
    render: (v) => scalarText(v, t, regimes, seriesOf(v).ends),
  });
}
