/**
 * The live opening figure (OpeningFigure.astro) on the kit's Plot figure (src/live/plot.ts): η
 * re-plots both panels' titles, runs and readouts over the build's level sets.
 */
import type { OpeningStrings } from "../../i18n/views.ts";
import { readJson } from "../../live/controls.ts";
import { livePlotFigure } from "../../live/plot.ts";
import { numericSettings } from "../../live/settings.ts";
import { openingLayers } from "./figure.ts";
import { openingBook, openingRanges, openingView } from "./model.ts";

export function wake(element: HTMLElement): void {
  const t = readJson<OpeningStrings>(element, "strings");
  if (element.dataset.live === "ready" || !t) return;
  livePlotFigure(element, {
    key: element.querySelector("figure")?.id ?? "",
    settings: numericSettings(openingRanges, openingBook),
    layers: (v, size, withBase) => openingLayers(openingView(v, t).options, size, withBase),
    words: (v) => openingView(v, t),
  });
}
