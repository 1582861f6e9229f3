/**
 * Noisy gradients on the book's problem: SGD and momentum trajectories over the level sets
 * (trajectory.ts) and their distance to the minimum over the steps (lines.ts, no legend: the runs
 * are named in the readouts beside it, in the same colours). Options in, Plot options out.
 */
import type { PlotOptions } from "@observablehq/plot";
import { linesFigure, type Series } from "./lines.ts";
import { type LevelCurve, type TrajectoryRun, trajectoryFigure } from "./trajectory.ts";

/** The book's window for f = 0.1 x₁² + 2 x₂². */
export const noiseDomain = { x: [-5.5, 1.5] as [number, number], y: [-3, 3] as [number, number] };

export function noisePathsFigure(runs: readonly TrajectoryRun[], levels: readonly LevelCurve[]): PlotOptions {
  return trajectoryFigure({ runs, levels, domain: noiseDomain, optimum: [0, 0], height: 300 });
}

export function noiseDistanceFigure(
  series: readonly Series[],
  labels: { x: string; y: string },
): PlotOptions {
  const base = linesFigure({
    series,
    x: { label: labels.x },
    y: { label: labels.y },
    dots: false,
    height: 200,
  });
  return { ...base, color: { ...(base.color as object), legend: false } } as PlotOptions;
}
