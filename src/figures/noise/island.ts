/**
 * The live noisy-gradient figure (NoisyGradients.astro): two Plot panels (figure.ts), each the
 * build's base with its live marks re-plotted over it (src/live/plot.ts `livePlot`), on the kit
 * (src/live/figure.ts). `livePlotFigure` takes over one drawing; this figure has two, so the
 * island keeps each panel's base as that does: drawn again only at another size or base key.
 */

import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { liveFigure } from "../../live/figure.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { livePlot } from "../../live/plot.ts";
import { lastBy, numericSettings } from "../../live/settings.ts";
import { type NoiseFigureOptions, noisePanels } from "./figure.ts";
import { type NoiseValues, noiseBook, noiseCaption, noiseDraft, noiseRanges, noiseView } from "./model.ts";

export function wake(element: HTMLElement): void {
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const head = element.querySelector<HTMLElement>("[data-spread-head]");
  const list = element.querySelector<HTMLElement>("[data-readouts]");
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  const book = noiseView(noiseBook, t).options;
  const panels = noisePanels.map((panel) => {
    const container = element.querySelector<HTMLElement>(`[data-panel="${panel.name}"]`);
    const shapes = container && shapesOf(container);
    if (!container || !shapes) return null;
    const size = fitWidth(container, shapes, () => figure.redraw());
    // The build drew the book's setting, at the size of the shape kept.
    const plot = livePlot(container, t.noise.name, panel.baseKey(book), size.built);
    return plot && { panel, plot, size };
  });
  if (panels.some((p) => p === null)) return;
  const settings = numericSettings(noiseRanges, noiseBook);
  /** The runs of a setting as drawn, computed once for both panels. */
  const runsOf = lastBy(settings.format, (v: NoiseValues) => noiseDraft(v, t).options);
  /**
   * Each panel's drawing of `v` (the same in a draft: only the readouts wait), shown as kept when it
   * was drawn lately or ahead (src/live/plot.ts `again`, `ahead`), else plotted from `options()`.
   */
  const drawPanels = (v: NoiseValues, options: () => NoiseFigureOptions, ahead = false) => {
    const liveKey = settings.format(v);
    for (const p of panels) {
      if (!p) continue;
      const size = p.size();
      const layers = (withBase: boolean) => p.panel.layers(options(), size, withBase);
      if (ahead) p.plot.ahead(p.panel.baseKey(options()), size, liveKey, layers);
      else if (!p.plot.again(size, liveKey)) {
        const key = p.panel.baseKey(options());
        p.plot.draw(layers(p.plot.stale(key, size)), key, size, liveKey);
      }
    }
  };
  const figure = liveFigure(element, {
    key: "fig-noise",
    settings,
    // Mid-drag the runs alone: the spread's readouts wait, marked busy, for the input to settle.
    drafts: true,
    ahead: (v) => drawPanels(v, () => runsOf(v), true),
    draw: (v, draft) => {
      const view = draft ? null : noiseView(v, t);
      drawPanels(v, () => view?.options ?? runsOf(v));
      list?.setAttribute("aria-busy", String(draft));
      if (!view) return { caption: noiseCaption(v, t) };
      view.lines.forEach(([label, text], k) => {
        const name = items[k]?.querySelector(".ml-run-label");
        const value = items[k]?.querySelector("[data-readout]");
        if (name) name.textContent = label;
        if (value) value.textContent = text;
      });
      if (head) head.textContent = view.head;
      return view;
    },
  });
  element.querySelector('[data-action="reroll"]')?.addEventListener("click", () => {
    // The next block of seeds: none of the pooled runs' seeds is reused.
    const v = figure.get();
    figure.set({ ...v, seed: (v.seed + 64) % (noiseRanges.seed.max + 1) });
  });
}
