/**
 * The live effective-weight figure (EffectiveWeights.astro) on the kit's Plot figure
 * (src/live/plot.ts): β re-plots the stems and dots; N redraws the x axis too.
 */
import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson, writeRaised } from "../../live/controls.ts";
import { livePlotFigure } from "../../live/plot.ts";
import { numericSettings } from "../../live/settings.ts";
import { weightsLayers } from "./figure.ts";
import { weightsBook, weightsRanges, weightsView } from "./model.ts";

export function wake(element: HTMLElement): void {
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const rows = Array.from(element.querySelectorAll("[data-readouts] > div"));
  livePlotFigure(element, {
    key: "fig-weights-live",
    settings: numericSettings(weightsRanges, weightsBook),
    layers: (v, size) => weightsLayers(weightsView(v, t).options, size),
    baseKey: (v) => String(v.n),
    liveKey: (v) => `${v.beta},${v.n}`,
    words: (v) => {
      const view = weightsView(v, t);
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
