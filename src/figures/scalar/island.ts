/** The live scalar figure: λ, η and β sliders redraw three paths (src/figures/scalar/figure.ts). */

import type { Regimes } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { adoptSvg, fitWidth, shapesOf } from "../../live/fit.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { defaults, type Values } from "../../live/settings.ts";
import { scalarLayout, scalarPaths, scalarSeries, scalarSvg } from "./figure.ts";
import { type ScalarKey, type ScalarStrings, scalarOptimal, scalarSpecs, scalarText } from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<ScalarStrings>(element, "strings");
  const regimes = readJson<Regimes>(element, "regimes");
  const svg = element.querySelector<SVGSVGElement>(".figure-plot svg");
  const plot = svg?.parentElement;
  const shapes = plot && shapesOf(plot);
  if (!t || !regimes || !svg || !shapes) return;
  const id = element.querySelector("figure")?.id ?? "";
  const find = () => ({
    gd: svg.querySelector('[data-series="gd"]'),
    momentum: svg.querySelector('[data-series="momentum"]'),
    rate: svg.querySelector('[data-series="rate"]'),
  });
  let paths = find();
  let layout = scalarLayout(t);
  let drawnSteps = scalarSpecs.steps.value;
  /**
   * The whole figure again (axes, legend, paths): at the container's width (src/live/fit.ts), or
   * for another number of steps (the x axis).
   */
  const resize = (v: Values<ScalarKey>) => {
    layout = scalarLayout(t, size(), v.steps);
    drawnSteps = v.steps;
    adoptSvg(svg, scalarSvg(layout, t, scalarSeries(v.lambda, v.eta, v.beta, v.steps), id));
    paths = find();
  };
  const size = fitWidth(plot, shapes, () => resize(figure.get()));
  const initial = defaults(scalarSpecs);
  if (size()) resize(initial);
  const figure = runParamFigure(element, {
    specs: scalarSpecs,
    initial,
    presets: { book: () => initial, optimal: scalarOptimal },
    render: (v) => {
      if (v.steps !== drawnSteps) resize(v);
      const series = scalarSeries(v.lambda, v.eta, v.beta, v.steps);
      const d = scalarPaths(layout, series);
      for (const k of ["gd", "momentum", "rate"] as const) paths[k]?.setAttribute("d", d[k]);
      return scalarText(v, t, regimes, series.ends);
    },
  });
}
