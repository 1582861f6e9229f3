/** The live effective-weight figure (src/figures/weights/EffectiveWeights.astro). */

import type { BasicsStrings } from "../../i18n/views.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { islandParts, liveValues, ready, redraw } from "../../live/values.ts";
import { weightsSvg } from "./figure.ts";
import {
  type WeightsValues,
  weightsBook,
  weightsCaption,
  weightsLines,
  weightsOptions,
  weightsRanges,
  weightsSummary,
} from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const { t, plot, caption, say } = islandParts<BasicsStrings>(element);
  if (!t || !plot) return;
  const readouts = element.querySelector<HTMLElement>("[data-readouts]");

  // Drawn at the container's width on narrow screens (src/live/fit.ts).
  const shapes = shapesOf(plot);
  const size = shapes ? fitWidth(plot, shapes, () => render(live.get())) : () => undefined;
  const render = (v: WeightsValues) => {
    const summary = weightsSummary(v, t);
    redraw(plot, weightsSvg(weightsOptions(v, t), t.weights.name, summary, size()));
    const lines = weightsLines(v, t);
    readouts?.querySelectorAll("dd").forEach((dd, i) => {
      dd.textContent = lines[i]?.[1] ?? "";
    });
    caption(weightsCaption(v, t));
    say(summary);
    element.dataset.state = `${v.beta},${v.n}`;
  };
  const live = liveValues(
    element,
    { key: "fig-weights-live", book: weightsBook, ranges: weightsRanges },
    render,
  );
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("button"))) {
    button.addEventListener("click", () => {
      if (button.dataset.beta !== undefined) live.set({ ...live.get(), beta: Number(button.dataset.beta) });
      else if (button.dataset.preset === "reset") live.set(live.initial);
    });
  }
  if (live.initial !== weightsBook || size()) render(live.initial);
  ready(element);
}
