/**
 * The annotated momentum update (src/figures/step/MomentumStep.astro): focusing or hovering an
 * equation term sets `data-active` on the container (CSS highlights the matching figure element and
 * description); the step slider re-plots the figure for step t with Plot (src/live/plot.ts): the
 * window follows the step, so the frame and level sets are drawn again with the terms.
 */

import type { BasicsStrings } from "../../i18n/views.ts";
import { readJson, writeText } from "../../live/controls.ts";
import { livePlotFigure } from "../../live/plot.ts";
import { lastBy, numericSettings } from "../../live/settings.ts";
import { stepLayers } from "./figure.ts";
import { type StepValues, stepBook, stepRanges, stepView } from "./model.ts";

export function wake(element: HTMLElement): void {
  const t = readJson<BasicsStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  const readout = element.querySelector<HTMLElement>("[data-readout]");
  /** The view of a step, computed once for the layers and the words. */
  const viewOf = lastBy(
    (v: StepValues) => String(v.t),
    (v) => stepView(v, t),
  );
  livePlotFigure(element, {
    key: "fig-momentum-step",
    settings: numericSettings(stepRanges, stepBook),
    layers: (v, size) => stepLayers(viewOf(v).options, size),
    baseKey: (v) => String(v.t),
    // The drawing is the step's alone: a step shown again is shown as drawn.
    liveKey: (v) => String(v.t),
    words: (v) => {
      const view = viewOf(v);
      if (readout) writeText(readout, view.readout);
      return view;
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
