/**
 * The opening figure: gradient descent and momentum on the book's problem f(x) = 0.1·x₁² + 2·x₂²,
 * side by side (one above the other on a phone), as two facets of one Plot with the same axes and
 * the same level sets, in two layers (src/draw/layers.ts): the base holds the frames, axes and
 * level sets (no control changes them); the live layer each panel's title (it names η), its run
 * (src/figures/trajectory/figure.ts `runMarks`) and the readout under it.
 */
import * as Plot from "@observablehq/plot";
import { bookObjective } from "momentum-live/core";
import { ellipseLevels } from "../../draw/ellipses.ts";
import { frameOptions, type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import { onPhone, phoneShapeWidth, type Shapes, type Size } from "../../draw/svg.ts";
import { colors, defaultWidth, methodColour, type TipPunctuation } from "../../draw/theme.ts";
import { levelMarks, runMarks, type TrajectoryRun } from "../trajectory/figure.ts";
import { bookWindow } from "../trajectory/frame.ts";
import { objectiveQuadratic } from "../trajectory/runs.ts";

export interface OpeningFigureOptions {
  /** Gradient descent's run, then momentum's: one a panel, in that order. */
  runs: readonly TrajectoryRun[];
  /** Each panel's title: its method and parameters. */
  titles: readonly string[];
  /** Each panel's readout, drawn under it. */
  readouts: readonly string[];
  x1: string;
  x2: string;
  punctuation: TipPunctuation;
}

/** Room above a panel for its title; under it for the tick labels, the axis title and the readout. */
const margin = { top: 28, right: 12, bottom: 64, left: 44 };
/** Between the panels: the second's tick labels and axis title beside the first, or the first's readout and the second's title between them. */
const gap = { across: 52, down: margin.bottom + margin.top };
/** The window's height over its width: each panel keeps equal scales, so the level sets keep their shape. */
const aspect = (bookWindow.y[1] - bookWindow.y[0]) / (bookWindow.x[1] - bookWindow.x[0]);
const side = {
  natural: (defaultWidth - margin.left - margin.right - gap.across) / 2,
  phone: phoneShapeWidth - margin.left - margin.right,
};
export const openingShapes: Shapes = {
  natural: { width: defaultWidth, height: margin.top + Math.round(side.natural * aspect) + margin.bottom },
  phone: {
    width: phoneShapeWidth,
    height: margin.top + 2 * Math.round(side.phone * aspect) + gap.down + margin.bottom,
  },
};

const minimizer = [bookObjective.minimizer?.[0] ?? 0, bookObjective.minimizer?.[1] ?? 0] as const;

/** The level sets of the book's problem in its window (exact ellipses: cheap enough for the browser). */
function levels() {
  const quadratic = objectiveQuadratic(bookObjective);
  return quadratic ? ellipseLevels({ ...quadratic, domain: bookWindow, count: 9 }) : [];
}

/**
 * The figure at its natural size or at `size` (a phone's: the panels stacked); `withBase` false
 * leaves out the level sets' data (only the live marks will be drawn).
 */
export function openingLayers(o: OpeningFigureOptions, size?: Size, withBase = true): LayeredPlot {
  const { width, height } = size ?? openingShapes.natural;
  const facet = onPhone(size) ? "fy" : "fx";
  const across = facet === "fx";
  // Plot's band scale of the facets: the gap between the bands as a share of a band and a gap.
  const extent = across ? width - margin.left - margin.right : height - margin.top - margin.bottom;
  const g = across ? gap.across : gap.down;
  const panel = (r: number) => o.runs[r].method;
  const panels = o.runs.map((run, r) => ({ panel: run.method, title: o.titles[r], readout: o.readouts[r] }));
  const frames = o.runs.map((run) => ({ panel: run.method }));
  const f = { [facet]: "panel" } as const;
  const axis = { facetAnchor: null, label: null, tickSize: 4, ariaHidden: "true" } as const;
  const live = { className: liveMarkClass } as const;
  return {
    options: {
      ...frameOptions(width, height, margin),
      [facet]: {
        domain: o.runs.map((run) => run.method),
        padding: (2 * g) / (extent + g),
        round: false,
        axis: null,
      },
      x: { domain: [...bookWindow.x] },
      y: { domain: [...bookWindow.y] },
    },
    base: [
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.4, ariaHidden: "true" }),
      ...levelMarks(withBase ? levels() : [], minimizer),
      Plot.axisX({ ...axis, ticks: 7 }),
      Plot.axisY({ ...axis, ticks: 4 }),
      // The axis titles, one a panel: the base's facet channel (without one Plot draws no facets).
      Plot.text(frames, { ...f, text: () => o.x1, frameAnchor: "bottom", dy: 32, ariaHidden: "true" }),
      Plot.text(frames, {
        ...f,
        text: () => o.x2,
        frameAnchor: "left",
        dx: -32,
        rotate: -90,
        ariaHidden: "true",
      }),
    ],
    live: [
      // Each title after a swatch of its run's colour.
      ...o.runs.map((run) =>
        Plot.dot([run.method], {
          [facet]: (d: string) => d,
          frameAnchor: "top-left",
          dx: 5,
          dy: -14,
          r: 4.5,
          fill: methodColour(run.method),
          ariaHidden: "true",
          ...live,
        }),
      ),
      Plot.text(panels, {
        ...f,
        text: "title",
        frameAnchor: "top-left",
        dx: 15,
        dy: -14,
        textAnchor: "start",
        fontWeight: 600,
        ...live,
      }),
      ...runMarks(
        { runs: o.runs, domain: bookWindow, punctuation: o.punctuation },
        { channel: facet, panel },
      ),
      Plot.text(panels, { ...f, text: "readout", frameAnchor: "bottom", dy: 52, ...live }),
    ],
  };
}
