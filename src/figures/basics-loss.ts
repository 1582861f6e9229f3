/**
 * The loss curve of "bring your own data": the recorded full-data losses over epochs and, as a
 * labelled flat line, the least-squares optimum. A line chart (lines.ts) without a legend, so the
 * figure stays one SVG with one accessible name. Options in, Plot options out.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { linesFigure, type Series } from "./lines.ts";
import { colors } from "./theme.ts";

export interface LossCurveOptions {
  /** Loss points [epoch, loss]. */
  losses: readonly (readonly [number, number])[];
  /** The least-squares optimum, or null. */
  optimum: number | null;
  epochs: number;
  labels: { epoch: string; loss: string; optimum: string };
}

export function lossCurveFigure(options: LossCurveOptions): PlotOptions {
  const { optimum, epochs } = options;
  const series: Series[] = [{ label: options.labels.loss, points: options.losses }];
  if (optimum !== null)
    series.push({
      label: options.labels.optimum,
      points: [
        [0, optimum],
        [epochs, optimum],
      ],
    });
  const base = linesFigure({
    series,
    x: { label: options.labels.epoch, domain: [0, epochs] },
    y: { label: options.labels.loss },
    zero: false,
    dots: false,
  });
  const marks = [...(base.marks ?? [])];
  if (optimum !== null) {
    marks.push(
      Plot.text([optimum], {
        x: epochs,
        y: (d: number) => d,
        text: () => options.labels.optimum,
        textAnchor: "end",
        dy: -7,
        fill: colors.ink,
      }),
    );
  }
  return { ...base, color: { ...(base.color as object), legend: false }, marks } as PlotOptions;
}
