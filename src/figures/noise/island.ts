/** The live noisy-gradient figure (src/figures/noise/NoisyGradients.astro). */

import type { BasicsStrings } from "../../i18n/views.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { islandParts, liveValues, ready, redraw } from "../../live/values.ts";
import { noiseSvg } from "./figure.ts";
import {
  type NoiseValues,
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
  const { t, plot, caption, say } = islandParts<BasicsStrings>(element);
  if (!t || !plot) return;
  const head = element.querySelector<HTMLElement>("[data-spread-head]");
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));

  // Drawn at the container's width on narrow screens (src/live/fit.ts).
  const shapes = shapesOf(plot);
  const size = shapes ? fitWidth(plot, shapes, () => render(live.get())) : () => undefined;
  const render = (v: NoiseValues) => {
    const r = noiseResult(v);
    const summary = noiseSummary(r, t);
    redraw(plot, noiseSvg(noiseOptions(r, v, t), t.noise.name, summary, size()));
    spreadLines(r, v, t).forEach(([label, text], k) => {
      const item = items[k];
      if (!item) return;
      const name = item.querySelector(".ml-run-label");
      const value = item.querySelector("[data-readout]");
      if (name) name.textContent = label;
      if (value) value.textContent = text;
    });
    if (head) head.textContent = spreadHead(v, t);
    caption(noiseCaption(v, t));
    say(summary);
    element.dataset.state = Object.values(v).join(",");
  };
  const live = liveValues(element, { key: "fig-noise", book: noiseBook, ranges: noiseRanges }, render);
  element.querySelector('[data-preset="book"]')?.addEventListener("click", () => live.set(noiseBook));
  element.querySelector('[data-action="reroll"]')?.addEventListener("click", () => {
    const v = live.get();
    // The next block of seeds: none of the pooled runs' seeds is reused.
    live.set({ ...v, seed: (v.seed + 64) % (noiseRanges.seed.max + 1) });
  });
  if (live.initial !== noiseBook || size()) render(live.initial);
  ready(element);
}
