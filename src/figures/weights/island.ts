/**
 * The live effective-weight figure (EffectiveWeights.astro) on the kit's Plot figure
 * (src/live/plot.ts): β re-plots the stems and dots; N redraws the x axis too.
 */

import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { livePlotFigure } from "../../live/plot.ts";
import { numericSettings } from "../../live/settings.ts";
import { weightsLayers } from "./figure.ts";
import {
  weightsBook,
  weightsCaption,
  weightsLines,
  weightsOptions,
  weightsRanges,
  weightsSummary,
} from "./model.ts";

export function wake(element: HTMLElement): void {
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const rows = Array.from(element.querySelectorAll("[data-readouts] > div"));
  const figure = livePlotFigure(element, {
    key: "fig-weights-live",
    settings: numericSettings(weightsRanges, weightsBook),
    numeric: weightsRanges,
    layers: (v, size) => weightsLayers(weightsOptions(v, t), size),
    baseKey: (v) => String(v.n),
    words: (v) => {
      // Both the label (the first line names N) and the value.
      weightsLines(v, t).forEach(([label, text], i) => {
        const [dt, dd] = [rows[i]?.querySelector("dt"), rows[i]?.querySelector("dd")];
        if (dt) dt.textContent = label;
        if (dd) dd.textContent = text;
      });
      return { caption: weightsCaption(v, t), summary: weightsSummary(v, t) };
    },
  });
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-beta]")))
    button.addEventListener("click", () =>
      figure?.set({ ...figure.get(), beta: Number(button.dataset.beta) }),
    );
}
