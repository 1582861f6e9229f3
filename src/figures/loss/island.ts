/**
 * The live loss-curve figure (src/figures/loss/LossFigure.astro): the generic slider island
 * (src/live/param-figure.ts) with η, β, batch size, epochs and seed; the book's three settings as
 * presets and as faint curves (a checkbox); every redraw trains once with the core
 * (src/figures/loss/model.ts) and re-plots the curves with Plot over the build's frame and axes.
 */
import type { LossStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { defaults } from "../../live/settings.ts";
import { lossLayers } from "./figure.ts";
import { type LossValues, type LossView, lossPresets, lossSpecs, lossView } from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<LossStrings>(element, "strings");
  if (!t) return;
  const compare = element.querySelector<HTMLInputElement>("[data-compare]");
  const presets = Object.fromEntries(
    lossPresets.map((p, k) => [`book${k}`, (v: LossValues): LossValues => ({ ...p, compare: v.compare })]),
  );
  /** The view of the values last drawn: trained once for the drawing and the words. */
  let shown: { v: LossValues; view: LossView } | null = null;
  const viewOf = (v: LossValues) => {
    if (shown?.v !== v) shown = { v, view: lossView(v, t) };
    return shown.view;
  };
  const handle = runParamFigure(element, {
    specs: lossSpecs,
    initial: defaults(lossSpecs),
    presets,
    plot: {
      layers: (v, size) => lossLayers({ ...viewOf(v).curve, size }),
      // The frame's x axis is the epochs; the legend comes with the comparison curves.
      baseKey: (v) => `${v.epochs},${v.compare}`,
    },
    render: (v) => {
      const view = viewOf(v);
      if (compare) compare.checked = v.compare === 1;
      element.dataset.finalLoss = view.run.finalLoss === null ? "" : String(view.run.finalLoss);
      element.dataset.divergedAt = view.run.divergedAt === null ? "" : String(view.run.divergedAt);
      return view;
    },
  });
  compare?.addEventListener("change", () => handle.set({ compare: compare.checked ? 1 : 0 }));
}
