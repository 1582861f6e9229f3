/**
 * Noisy gradients on the book's problem, in two panels drawn with Plot, each in two layers
 * (src/draw/layers.ts): the SGD and momentum trajectories over the level sets of
 * f = 0.1 x₁² + 2 x₂² (base: frame, axes, level sets, minimizer; live: the runs), and their
 * distance to the minimum over the steps (base: frame and axes, whose window follows the runs;
 * live: the distances).
 */
import * as Plot from "@observablehq/plot";
import { ellipseLevels } from "../../draw/ellipses.ts";
import { cornerNote, frameOptions, type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import { phoneShapeWidth, type Shapes, type Size } from "../../draw/svg.ts";
import { colors, type Method, methodColour } from "../../draw/theme.ts";
import { fill } from "../../i18n/format.ts";
import { bookWindow } from "../trajectory/frame.ts";

type Pair = readonly [number, number];

/** The book's window for its 2-D problem. */
const noiseDomain = bookWindow;

export interface NoiseFigureOptions {
  /** x_0 … x_T of each run (SGD first, then momentum). */
  runs: readonly (readonly Pair[])[];
  /** The method of each run, which sets its colour. */
  methods: readonly Method[];
  /** ‖x_t‖ for t = 0…T of each run. */
  distances: readonly (readonly Pair[])[];
  steps: number;
  labels: { x1: string; x2: string; step: string; distance: string };
  /** Per run, the note shown when its distance goes off the top of the window (`{k}` is left for the step). */
  notes?: readonly string[];
}

/** A panel of the figure: its shapes, its layers at a size, and what its base depends on. */
export interface NoisePanel {
  /** Its key in the component (`data-panel`). */
  name: "runs" | "distances";
  /**
   * Natural and phone shapes. On a phone the figure is taller: at the natural aspect the distance
   * panel was 75 px high, less than half the length of its axis title.
   */
  shapes: Shapes;
  /** `withBase` false: the base will not be drawn (its data need not be computed). */
  layers(o: NoiseFigureOptions, size?: Size, withBase?: boolean): LayeredPlot;
  /** The base's key (src/live/plot.ts `baseKey`): it is drawn again when this changes. */
  baseKey(o: NoiseFigureOptions): string;
}

const margin = { top: 10, right: 14, bottom: 40, left: 52 };
const levels = [0.1, 0.4, 1, 2, 3.5, 5.5, 8];
const axis = { labelAnchor: "center", labelArrow: "none" } as const;
/** About one y tick per 50 px of plot (Plot's default, one per 35 px, crowded a phone's 312 px with 13). */
const yTicks = (height: number) => (height - margin.top - margin.bottom) / 50;
const frame = () => Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" });

/** One line a run in its method's colour, re-plotted live (`which` tells the panels' lines apart). */
function runLines(series: readonly (readonly Pair[])[], o: NoiseFigureOptions, which: string) {
  return series.map((points, k) =>
    Plot.line(points, {
      stroke: methodColour(o.methods[k]),
      strokeWidth: 1.5,
      strokeOpacity: which === "run" ? 0.9 : 1,
      clip: true,
      className: liveMarkClass,
      ariaDescription: which,
    }),
  );
}

/**
 * The top of the distance panel's window: above the runs' largest finite distance, a round number,
 * but at most twice the start's distance: a diverging run goes off the top (and says so) rather
 * than stretch the axis to hundreds and flatten the other run's curve.
 */
function distanceTop(o: NoiseFigureOptions): number {
  const start = Math.max(...o.distances.map((d) => d[0]?.[1] ?? 0).filter(Number.isFinite));
  const cap = 2 * Math.max(1, start);
  const finite = o.distances.flatMap((d) => d.map((p) => p[1]).filter((v) => Number.isFinite(v)));
  const hi = Math.min(cap, Math.max(1, ...finite)) * 1.05;
  const [, top] = Plot.scale({ y: { domain: [0, hi], nice: true } }).domain as number[];
  return top;
}

const runsPanel: NoisePanel = {
  name: "runs",
  shapes: { natural: { width: 640, height: 330 }, phone: { width: phoneShapeWidth, height: 362 } },
  layers(o, size, withBase = true) {
    const { width, height } = size ?? this.shapes.natural;
    // f = 0.1 x₁² + 2 x₂²: Q = diag(0.2, 4), the minimum 0 at the origin.
    const rings = ellipseLevels({
      Q: [
        [0.2, 0],
        [0, 4],
      ],
      center: [0, 0],
      minimum: 0,
      domain: noiseDomain,
      values: withBase ? levels : [],
    }).flatMap((ring, l) => ring.points.map(([x, y]) => ({ l, x, y })));
    return {
      options: {
        ...frameOptions(width, height, margin),
        x: { domain: [...noiseDomain.x], label: o.labels.x1, ...axis },
        y: { domain: [...noiseDomain.y], ticks: yTicks(height), label: o.labels.x2, ...axis },
      },
      base: [
        frame(),
        Plot.line(rings, {
          x: "x",
          y: "y",
          z: "l",
          stroke: colors.contour,
          strokeOpacity: 0.6,
          clip: true,
          ariaHidden: "true",
        }),
        Plot.dot([[0, 0]], {
          symbol: "times",
          r: 5,
          stroke: colors.optimum,
          strokeWidth: 2,
          ariaHidden: "true",
        }),
      ],
      live: runLines(o.runs, o, "run"),
    };
  },
  baseKey: () => "",
};

const distancesPanel: NoisePanel = {
  name: "distances",
  shapes: { natural: { width: 640, height: 200 }, phone: { width: phoneShapeWidth, height: 218 } },
  layers(o, size) {
    const { width, height } = size ?? this.shapes.natural;
    const top = distanceTop(o);
    return {
      options: {
        ...frameOptions(width, height, margin),
        x: { domain: [0, o.steps], label: o.labels.step, ...axis },
        y: {
          domain: [0, top],
          ticks: yTicks(height),
          grid: true,
          label: o.labels.distance,
          ...axis,
        },
      },
      base: [frame()],
      live: [...runLines(o.distances, o, "distance"), offTopNote(o, top)],
    };
  },
  baseKey: (o) => `${o.steps} ${distanceTop(o)}`,
};

/** The notes of the runs whose distance goes off the top of the window `top`, at the first step it does. */
function offTopNote(o: NoiseFigureOptions, top: number) {
  const notes = o.distances.flatMap((d, k) => {
    const out = d.find((p) => !(p[1] <= top));
    return out && o.notes?.[k] ? [fill(o.notes[k], { k: out[0] })] : [];
  });
  return cornerNote(notes, { fontSize: 12, className: `ml-noise-off ${liveMarkClass}` });
}

/** The two panels, top to bottom. */
export const noisePanels: readonly NoisePanel[] = [runsPanel, distancesPanel];
