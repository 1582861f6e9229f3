/** The live noisy-gradient figure (NoisyGradients.astro) on the kit (src/live/figure.ts). */

import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { liveSvgFigure } from "../../live/figure.ts";
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
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const head = element.querySelector<HTMLElement>("[data-spread-head]");
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  const figure = liveSvgFigure(element, {
    key: "fig-noise",
    settings: numericSettings(noiseRanges, noiseBook),
    numeric: noiseRanges,
    draw: (v, size) => {
      const r = noiseResult(v);
      const summary = noiseSummary(r, t);
      spreadLines(r, v, t).forEach(([label, text], k) => {
        const name = items[k]?.querySelector(".ml-run-label");
        const value = items[k]?.querySelector("[data-readout]");
        if (name) name.textContent = label;
        if (value) value.textContent = text;
      });
      if (head) head.textContent = spreadHead(v, t);
      const svg = noiseSvg(noiseOptions(r, v, t), t.noise.name, summary, size);
      return { svg, caption: noiseCaption(v, t), summary };
    },
  });
  element.querySelector('[data-action="reroll"]')?.addEventListener("click", () => {
    if (!figure) return;
    // The next block of seeds: none of the pooled runs' seeds is reused.
    const v = figure.get();
    figure.set({ ...v, seed: (v.seed + 64) % (noiseRanges.seed.max + 1) });
  });
}
