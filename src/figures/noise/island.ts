/** The live noisy-gradient figure (NoisyGradients.astro) on the kit (src/live/figure.ts). */

import type { BasicsStrings } from "../../i18n/basics.ts";
import { readJson } from "../../live/controls.ts";
import { liveFigure } from "../../live/figure.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { numericSettings } from "../../live/settings.ts";
import { noiseSvg } from "./figure.ts";
import {
  noiseBook,
  noiseCaption,
  noiseOptions,
  noiseRanges,
  noiseResult,
  noiseSummary,
  spreadHead,
  spreadLines,
} from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<BasicsStrings>(element, "strings");
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  if (!t || !plot) return;
  const head = element.querySelector<HTMLElement>("[data-spread-head]");
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  // Drawn at the container's width on narrow screens (src/live/fit.ts).
  const shapes = shapesOf(plot);
  const size = shapes ? fitWidth(plot, shapes, () => figure.redraw()) : () => undefined;
  const figure = liveFigure(element, {
    key: "fig-noise",
    settings: numericSettings(noiseRanges, noiseBook),
    numeric: noiseRanges,
    keepBuild: size() === undefined,
    draw: (v) => {
      const r = noiseResult(v);
      const summary = noiseSummary(r, t);
      plot.innerHTML = noiseSvg(noiseOptions(r, v, t), t.noise.name, summary, size());
      spreadLines(r, v, t).forEach(([label, text], k) => {
        const name = items[k]?.querySelector(".ml-run-label");
        const value = items[k]?.querySelector("[data-readout]");
        if (name) name.textContent = label;
        if (value) value.textContent = text;
      });
      if (head) head.textContent = spreadHead(v, t);
      return { caption: noiseCaption(v, t), summary };
    },
  });
  element.querySelector('[data-action="reroll"]')?.addEventListener("click", () => {
    const v = figure.get();
    // The next block of seeds: none of the pooled runs' seeds is reused.
    figure.set({ ...v, seed: (v.seed + 64) % (noiseRanges.seed.max + 1) });
  });
}
