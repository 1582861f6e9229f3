/**
 * The live effective-weight figure (EffectiveWeights.astro) on the kit's Plot figure
 * (src/live/plot.ts): β re-plots the stems and dots; N redraws the x axis too.
 */
import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson, writeRaised } from "../../live/controls.ts";
import { livePlotFigure } from "../../live/plot.ts";
import { lastBy, numericSettings } from "../../live/settings.ts";
import { weightsLayers } from "./figure.ts";
import { type WeightsValues, weightsBook, weightsRanges, weightsView } from "./model.ts";

export function wake(element: HTMLElement): void {
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const rows = Array.from(element.querySelectorAll("[data-readouts] > div"));
  /** The view of a setting, computed once for the layers and the words. */
  const viewOf = lastBy(
    (v: WeightsValues) => `${v.beta},${v.n}`,
    (v) => weightsView(v, t),
  );
  livePlotFigure(element, {
    key: "fig-weights-live",
    settings: numericSettings(weightsRanges, weightsBook),
    layers: (v, size) => weightsLayers(viewOf(v).options, size),
    baseKey: (v) => String(v.n),
    liveKey: (v) => `${v.beta},${v.n}`,
    words: (v) => {
      const view = viewOf(v);
      // Both the label (the first line names N) and the value.
      view.lines.forEach((line, i) => {
        rows[i]?.querySelectorAll("dt, dd").forEach((node, k) => {
          writeRaised(node, line[k]);
        });
      });
      return view;
    },
  });
}
