/**
 * Build time only: the playground's two panels as the build draws them, each in a box its island
 * takes over (src/live/plot.ts): the map of the runs and the loss per step.
 */
import { wholePlot } from "../../draw/layers.ts";
import { renderPlot } from "../../draw/render-server.ts";
import {
  type PlaygroundLabels,
  type PlaygroundSetting,
  playgroundLossLayers,
  playgroundMapLayers,
  playgroundRuns,
} from "./figure.ts";

export function playgroundPanels(s: PlaygroundSetting, labels: PlaygroundLabels): string {
  const { runs, objective, window } = playgroundRuns(s);
  const panels = [
    ["map", labels.name, playgroundMapLayers(s, runs, objective, window, labels)],
    ["loss", labels.lossName, playgroundLossLayers(s, runs, objective, labels)],
  ] as const;
  const boxes = panels.map(
    ([panel, name, layers]) =>
      `<div class="ml-panel" data-panel="${panel}">${renderPlot(wholePlot(layers), name)}</div>`,
  );
  return `<div class="ml-panels">${boxes.join("")}</div>`;
}
