/** The live effective-weight figure (EffectiveWeights.astro) on the kit (src/live/figure.ts). */

import type { BasicsStrings } from "../../i18n/basics.ts";
import { readJson } from "../../live/controls.ts";
import { liveFigure } from "../../live/figure.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { numericSettings } from "../../live/settings.ts";
import { weightsSvg } from "./figure.ts";
import {
  weightsBook,
  weightsCaption,
  weightsLines,
  weightsOptions,
  weightsRanges,
  weightsSummary,
} from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<BasicsStrings>(element, "strings");
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  if (!t || !plot) return;
  const readouts = element.querySelector<HTMLElement>("[data-readouts]");
  // Drawn at the container's width on narrow screens (src/live/fit.ts).
  const shapes = shapesOf(plot);
  const size = shapes ? fitWidth(plot, shapes, () => figure.redraw()) : () => undefined;
  const figure = liveFigure(element, {
    key: "fig-weights-live",
    settings: numericSettings(weightsRanges, weightsBook),
    numeric: weightsRanges,
    keepBuild: size() === undefined,
    draw: (v) => {
      const summary = weightsSummary(v, t);
      plot.innerHTML = weightsSvg(weightsOptions(v, t), t.weights.name, summary, size());
      const lines = weightsLines(v, t);
      readouts?.querySelectorAll("dd").forEach((dd, i) => {
        dd.textContent = lines[i]?.[1] ?? "";
      });
      return { caption: weightsCaption(v, t), summary };
    },
  });
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-beta]")))
    button.addEventListener("click", () =>
      figure.set({ ...figure.get(), beta: Number(button.dataset.beta) }),
    );
}
