/** The live noisy-gradient figure (src/components/basics/NoisyGradients.astro). */
import { bookObjective } from "momentum-live/core";
import { noiseDistanceFigure, noiseDomain, noisePathsFigure } from "../figures/basics-noise.ts";
import { levelSets } from "../figures/levels.ts";
import type { BasicsStrings } from "../site/ui-basics.ts";
import { announcer, liveValues, ready, redraw } from "./basics-kit.ts";
import {
  distanceSeries,
  type NoiseValues,
  noiseBook,
  noiseCaption,
  noiseRanges,
  noiseResult,
  noiseSummary,
  pathRuns,
  spreadHead,
  spreadLines,
} from "./basics-noise-model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = JSON.parse(element.dataset.strings ?? "null") as BasicsStrings | null;
  const paths = element.querySelector<HTMLElement>('[data-plot="paths"]');
  const distance = element.querySelector<HTMLElement>('[data-plot="distance"]');
  if (!t || !paths || !distance) return;
  const caption = element.querySelector<HTMLElement>("[data-state-caption]");
  const head = element.querySelector<HTMLElement>("[data-spread-head]");
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  const say = announcer(element.querySelector<HTMLElement>("[data-summary]"));
  // The level sets do not change: computed once.
  const levels = levelSets({ value: (x) => bookObjective.value(x), domain: noiseDomain, count: 9 });

  const render = (v: NoiseValues) => {
    const r = noiseResult(v);
    const summary = noiseSummary(r, t);
    redraw(paths, noisePathsFigure(pathRuns(r, v, t), levels), t.noise.name, summary);
    redraw(
      distance,
      noiseDistanceFigure(distanceSeries(r, v, t), { x: t.noise.step, y: t.noise.distance }),
      t.noise.distance,
    );
    spreadLines(r, v, t).forEach(([label, text], k) => {
      const item = items[k];
      if (!item) return;
      const name = item.querySelector(".ml-run-label");
      const value = item.querySelector("[data-readout]");
      if (name) name.textContent = label;
      if (value) value.textContent = text;
    });
    if (head) head.textContent = spreadHead(v, t);
    if (caption) caption.textContent = noiseCaption(v, t);
    say(summary);
    element.dataset.state = Object.values(v).join(",");
  };
  const live = liveValues(element, { key: "fig-noise", book: noiseBook, ranges: noiseRanges }, render);
  element.querySelector('[data-preset="book"]')?.addEventListener("click", () => live.set(noiseBook));
  element.querySelector('[data-action="reroll"]')?.addEventListener("click", () => {
    const v = live.get();
    // A new seed that does not reuse any of the pooled runs' seeds.
    live.set({ ...v, seed: (v.seed + 64) % (noiseRanges.seed.max + 1) });
  });
  if (live.initial !== noiseBook) render(live.initial);
  ready(element);
}
