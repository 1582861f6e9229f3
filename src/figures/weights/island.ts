/** The live effective-weight figure (EffectiveWeights.astro) on the kit (src/live/figure.ts). */

import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { liveSvgFigure } from "../../live/figure.ts";
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
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const values = Array.from(element.querySelectorAll("[data-readouts] dd"));
  const figure = liveSvgFigure(element, {
    key: "fig-weights-live",
    settings: numericSettings(weightsRanges, weightsBook),
    numeric: weightsRanges,
    draw: (v, size) => {
      const summary = weightsSummary(v, t);
      weightsLines(v, t).forEach(([, text], i) => {
        if (values[i]) values[i].textContent = text;
      });
      const svg = weightsSvg(weightsOptions(v, t), t.weights.name, summary, size);
      return { svg, caption: weightsCaption(v, t), summary };
    },
  });
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-beta]")))
    button.addEventListener("click", () =>
      figure?.set({ ...figure.get(), beta: Number(button.dataset.beta) }),
    );
}
