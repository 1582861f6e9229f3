/**
 * Build time only: the playground's two panels as the build draws them, each in a box its island
 * takes over (src/live/plot.ts): the map of the runs and the loss per step, each in its shapes
 * (src/draw/svg.ts `shapedSvgs`: the page shows the phone's below 480 px without JavaScript too).
 */
import { renderShaped } from "../../draw/render-server.ts";
import {
  type PlaygroundLabels,
  type PlaygroundSetting,
  playgroundLossLayers,
  playgroundMapLayers,
  playgroundRuns,
  playgroundShapes,
} from "./figure.ts";

export function playgroundPanels(s: PlaygroundSetting, labels: PlaygroundLabels): string {
  const { runs, objective, window } = playgroundRuns(s);
  const map = renderShaped(
    playgroundShapes.map,
    (size) => playgroundMapLayers(s, runs, objective, window, labels, true, size),
    labels.name,
  );
  const loss = renderShaped(
    playgroundShapes.loss,
    (size) => playgroundLossLayers(s, runs, objective, labels, size),
    labels.lossName,
  );
  // Each a plot box of its own (src/styles/figures.css: the shape that fits it is shown).
  const box = (panel: string, svg: string) =>
    `<div class="figure-plot ml-panel" data-panel="${panel}">${svg}</div>`;
  return `<div class="ml-panels">${box("map", map)}${box("loss", loss)}</div>`;
}
