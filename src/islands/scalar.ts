/** The live scalar figure: λ, η and β sliders redraw three paths (src/figures/scalar.ts). */
import { scalarLayout, scalarPaths, scalarSeries } from "../figures/scalar.ts";
import type { LabelStrings } from "../site/ui.ts";
import { readJson } from "./controls.ts";
import { runParamFigure } from "./param-island.ts";
import { defaults } from "./params.ts";
import { type ScalarStrings, scalarOptimal, scalarSpecs, scalarText } from "./scalar-state.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<ScalarStrings>(element, "strings");
  const regimes = readJson<LabelStrings["region"]["regimes"]>(element, "regimes");
  const svg = element.querySelector<SVGSVGElement>(".figure-plot svg");
  if (!t || !regimes || !svg) return;
  const layout = scalarLayout();
  const paths = {
    gd: svg.querySelector('[data-series="gd"]'),
    momentum: svg.querySelector('[data-series="momentum"]'),
    rate: svg.querySelector('[data-series="rate"]'),
  };
  const initial = defaults(scalarSpecs);
  runParamFigure(element, {
    specs: scalarSpecs,
    initial,
    presets: { book: () => initial, optimal: scalarOptimal },
    render: (v) => {
      const series = scalarSeries(v.lambda, v.eta, v.beta);
      const d = scalarPaths(layout, series);
      for (const k of ["gd", "momentum", "rate"] as const) paths[k]?.setAttribute("d", d[k]);
      return scalarText(v, t, regimes, series.ends);
    },
  });
}
