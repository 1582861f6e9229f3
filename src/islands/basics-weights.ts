/** The live effective-weight figure (src/components/basics/EffectiveWeights.astro). */
import { weightsSvg } from "../figures/basics-weights.ts";
import type { BasicsStrings } from "../site/ui-basics.ts";
import { islandParts, liveValues, ready, redraw } from "./basics-kit.ts";
import {
  type WeightsValues,
  weightsBook,
  weightsCaption,
  weightsLines,
  weightsOptions,
  weightsRanges,
  weightsSummary,
} from "./basics-weights-model.ts";
import { fitWidth, shapesOf } from "./fit.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const { t, plot, caption, say } = islandParts<BasicsStrings>(element);
  if (!t || !plot) return;
  const readouts = element.querySelector<HTMLElement>("[data-readouts]");

  // Drawn at the container's width on narrow screens (src/islands/fit.ts).
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
