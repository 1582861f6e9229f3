/**
 * The live loss-curve figure (src/figures/loss/LossFigure.astro): the generic slider island
 * (param-island.ts) with η, β, batch size, epochs and seed; the book's three settings as presets and
 * as faint curves (a checkbox); every redraw trains once with the core (src/figures/loss/model.ts).
 */
import type { LossStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { defaults } from "../../live/settings.ts";
import { type LossValues, lossPresets, lossSpecs, lossView } from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<LossStrings>(element, "strings");
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  const id = element.querySelector("figure")?.id;
  if (!t || !plot || !id) return;
  const compare = element.querySelector<HTMLInputElement>("[data-compare]");
  const initial = defaults(lossSpecs);
  const presets = Object.fromEntries(
    lossPresets.map((p, k) => [`book${k}`, (v: LossValues): LossValues => ({ ...p, compare: v.compare })]),
  );
  // On a narrow screen the chart is drawn at the container's width (its text keeps its size).
  const shapes = shapesOf(plot);
  const size = shapes
    ? fitWidth(plot, shapes, () => {
        plot.innerHTML = lossView(handle.get(), t, id, size()).svg;
      })
    : () => undefined;
  const handle = runParamFigure(element, {
    specs: lossSpecs,
    initial,
    presets,
    render: (v) => {
      const view = lossView(v, t, id, size());
      plot.innerHTML = view.svg;
      if (compare) compare.checked = v.compare === 1;
      element.dataset.finalLoss = view.run.finalLoss === null ? "" : String(view.run.finalLoss);
      element.dataset.divergedAt = view.run.divergedAt === null ? "" : String(view.run.divergedAt);
      return view;
    },
  });
  compare?.addEventListener("change", () => handle.set({ compare: compare.checked ? 1 : 0 }));
}
