/**
 * The annotated momentum update (src/figures/step/MomentumStep.astro): focusing or hovering an
 * equation term sets `data-active` on the container (CSS highlights the matching figure element and
 * description); the step slider redraws the figure for step t.
 */

import type { BasicsStrings } from "../../i18n/basics.ts";
import { readJson } from "../../live/controls.ts";
import { liveFigure } from "../../live/figure.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { numericSettings } from "../../live/settings.ts";
import { momentumStepSvg } from "./figure.ts";
import {
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
  const t = readJson<BasicsStrings>(element, "strings");
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  if (!t || !plot) return;
  const readout = element.querySelector<HTMLElement>("[data-readout]");
  // Drawn at the container's width on narrow screens (src/live/fit.ts).
  const shapes = shapesOf(plot);
  const size = shapes ? fitWidth(plot, shapes, () => figure.redraw()) : () => undefined;
  const figure = liveFigure(element, {
    key: "fig-momentum-step",
    settings: numericSettings(stepRanges, stepBook),
    numeric: stepRanges,
    keepBuild: size() === undefined,
    draw: (v) => {
      const s = stepVectors(v.t);
      const summary = stepSummary(s, t);
      plot.innerHTML = momentumStepSvg(stepOptions(s, t), t.step.name, summary, size());
      if (readout) readout.textContent = stepReadout(s, t);
      return { caption: stepCaption(v, t), summary };
    },
  });

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
}
