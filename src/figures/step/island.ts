/**
 * The annotated momentum update (src/figures/step/MomentumStep.astro): focusing or hovering an
 * equation term sets `data-active` on the container (CSS highlights the matching figure element and
 * description); the step slider redraws the figure for step t.
 */

import type { BasicsStrings } from "../../i18n/views.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { islandParts, liveValues, ready, redraw } from "../../live/values.ts";
import { momentumStepSvg } from "./figure.ts";
import {
  type StepValues,
  stepBook,
  stepCaption,
  stepOptions,
  stepRanges,
  stepReadout,
  stepSummary,
  stepVectors,
} from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const { t, plot, caption, say } = islandParts<BasicsStrings>(element);
  if (!t || !plot) return;
  const readout = element.querySelector<HTMLElement>("[data-readout]");

  // Drawn at the container's width on narrow screens (src/live/fit.ts).
  const shapes = shapesOf(plot);
  const size = shapes ? fitWidth(plot, shapes, () => render(live.get())) : () => undefined;
  const render = (v: StepValues) => {
    const s = stepVectors(v.t);
    const summary = stepSummary(s, t);
    redraw(plot, momentumStepSvg(stepOptions(s, t), t.step.name, summary, size()));
    if (readout) readout.textContent = stepReadout(s, t);
    caption(stepCaption(v, t));
    say(summary);
    element.dataset.state = String(v.t);
  };
  const live = liveValues(element, { key: "fig-momentum-step", book: stepBook, ranges: stepRanges }, render);
  element.querySelector('[data-preset="reset"]')?.addEventListener("click", () => live.set(stepBook));

  let focused: string | null = null;
  let hovered: string | null = null;
  const show = () => {
    const active = hovered ?? focused;
    if (active) element.dataset.active = active;
    else delete element.dataset.active;
  };
  for (const node of Array.from(element.querySelectorAll<HTMLElement>("[data-term]"))) {
    const name = node.dataset.term ?? "";
    node.addEventListener("focus", () => {
      focused = name;
      show();
    });
    node.addEventListener("blur", () => {
      if (focused === name) focused = null;
      show();
    });
    node.addEventListener("pointerenter", () => {
      hovered = name;
      show();
    });
    node.addEventListener("pointerleave", () => {
      if (hovered === name) hovered = null;
      show();
    });
  }
  if (live.initial !== stepBook || size()) render(live.initial);
  ready(element);
}
