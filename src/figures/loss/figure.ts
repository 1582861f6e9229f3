/**
 * The loss curve of the practical experiments: recorded full-data losses over epochs, the
 * least-squares optimum as a labelled dashed line and, optionally, faint comparison curves with a
 * legend, a fixed vertical window (the book zooms in on the end of training) and a mark where a run
 * diverged. Both figures that show it, the live loss curves and "bring your own data", draw it
 * with Plot in two layers (`lossLayers`).
 */
import * as Plot from "@observablehq/plot";
import { type LegendEntry, legendSwatch, legendUnder, legendUnderPlaces } from "../../draw/labels.ts";
import { frameOptions, type LayeredPlot, liveMarkClass, marginsOf } from "../../draw/layers.ts";
import {
  type Box,
  fitBoxes,
  onPhone,
  type Pair,
  phoneShapeWidth,
  type Shapes,
  type Size,
} from "../../draw/svg.ts";
import { colors, palette } from "../../draw/theme.ts";

/** A faint comparison curve. */
export interface LossGhost {
  label: string;
  /** Loss points [epoch, loss]. */
  losses: readonly Pair[];
}

export interface LossCurveOptions {
  /** Loss points [epoch, loss] of the run drawn in full colour. */
  losses: readonly Pair[];
  /** The least-squares optimum, or null. */
  optimum: number | null;
  epochs: number;
  labels: { epoch: string; loss: string; optimum: string; run?: string; diverged?: string };
  /** Faint curves drawn under the run, each with a legend entry (default none). */
  ghosts?: readonly LossGhost[];
  /** A fixed window [low, high] of the loss axis; what lies outside is clipped (default: fit the data). */
  window?: Pair;
  /** Epoch at which the run diverged: marked by a vertical line (default none). */
  divergedAt?: number | null;
  /** Unique id for the clip path (needed with `window`). */
  id?: string;
  /** Drawn at this size instead of the natural 640 × 280 (narrow screens, src/live/fit.ts). */
  size?: Size;
}

/** The natural size and plotting area. */
export const lossNatural: Size = { width: 640, height: 280 };
const naturalBox: Box = { left: 60, top: 12, right: 626, bottom: 236 };
/** On a phone, a taller chart with the legend (if any) under it instead of over the curves. */
export const lossShapes: Shapes = { natural: lossNatural, phone: { width: phoneShapeWidth, height: 320 } };

/** Ghost styles: colour and dash, in order. */
const ghostStyles = [
  { colour: palette[1], dash: "7 3" },
  { colour: palette[2], dash: "2 3" },
  { colour: palette[3], dash: "9 3 2 3" },
] as const;

function fitted(o: LossCurveOptions): Pair {
  const values = [o.losses, ...(o.ghosts ?? []).map((g) => g.losses)]
    .flatMap((points) => points.map((p) => p[1]))
    .filter(Number.isFinite);
  if (o.optimum !== null) values.push(o.optimum);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  const margin = Math.max((hi - lo) * 0.06, Math.abs(hi) * 0.01, 1e-6);
  lo -= margin;
  hi += margin;
  return [lo, hi];
}

/** A legend entry: its label and the style of its sample line (the style of its curve). */
interface LossEntry extends LegendEntry {
  colour: string;
  width: number;
  opacity: number;
  dash: string;
}

/**
 * What both drawings share for `o`: the size, the plot box (less a phone legend's room), the loss
 * window, tick counts, legend entries, and the clamp that keeps far-off losses' coordinates small.
 */
function lossFrame(o: LossCurveOptions) {
  let [lo, hi] = o.window ?? fitted(o);
  const frame = fitBoxes(lossNatural, o.size, [naturalBox]);
  const { width, height } = frame;
  const ghosts = o.ghosts ?? [];
  const entry = (label: string, colour: string, width: number, opacity: number, dash: string): LossEntry => ({
    label,
    colour,
    width,
    opacity,
    dash,
    stroke: `stroke="${colour}" stroke-width="${width}"${opacity < 1 ? ` stroke-opacity="${opacity}"` : ""}${dash ? ` stroke-dasharray="${dash}"` : ""}`,
  });
  const entries: LossEntry[] =
    ghosts.length && o.labels.run
      ? [
          entry(o.labels.run, palette[0], 2.25, 1, ""),
          ...ghosts.map((g, k) => {
            const s = ghostStyles[k % ghostStyles.length];
            return entry(g.label, s.colour, 1.5, 0.7, s.dash);
          }),
        ]
      : [];
  const below = onPhone(o.size) && entries.length ? legendUnder(entries, width) : null;
  const box = { ...frame.boxes[0], bottom: frame.boxes[0].bottom - (below?.room ?? 0) };
  // A fitted window keeps room under the optimum's line for its label: the curves come down to
  // the line from above, so a label over it would sit on them.
  const labelRoom = 20;
  if (!o.window && o.optimum !== null && box.bottom - box.top > 3 * labelRoom) {
    lo = Math.min(lo, o.optimum - (labelRoom * (hi - o.optimum)) / (box.bottom - box.top - labelRoom));
  }
  // Far outside the window a value only needs to leave it: keep coordinates small for the renderer.
  const span = hi - lo;
  const clampLoss = (v: number) => Math.min(hi + 1e3 * span, Math.max(lo - 1e3 * span, v));
  return { width, height, box, lo, hi, entries, below, clampLoss, ticks: frame.ticks };
}

/** The losses above the window: marked by a small triangle on the top edge, so a run that leaves it stays visible. */
const aboveWindow = (o: LossCurveOptions, hi: number) =>
  o.window ? o.losses.filter((p) => p[1] > hi && Number.isFinite(p[0])) : [];

/**
 * The chart in two layers (src/draw/layers.ts): frame, axes, grid and the optimum's line, which
 * change only with the number of epochs; the curves, the divergence mark and the legend, drawn over
 * the curves as before.
 */
export function lossLayers(o: LossCurveOptions): LayeredPlot {
  const { width, height, box, lo, hi, entries, below, clampLoss, ticks } = lossFrame(o);
  const ghosts = o.ghosts ?? [];
  const yPixel = (v: number) => box.top + ((hi - v) * (box.bottom - box.top)) / (hi - lo);
  // A place given in pixels (the legend's rows), in the chart's coordinates: the scales are linear
  // and fixed by the domains and margins below.
  const at = (u: number, v: number) => ({
    x: (o.epochs * (u - box.left)) / (box.right - box.left),
    y: hi - ((hi - lo) * (v - box.top)) / (box.bottom - box.top),
  });
  const curve = (losses: readonly Pair[]) => losses.map(([x, y]) => ({ x, y: clampLoss(y) }));
  const text = { fill: colors.ink, fontSize: 12 } as const;
  const live = (name: string) => ({ className: `${name} ${liveMarkClass}` });
  // Each entry's sample line and label: beside each other top right, or in rows under a phone's plot.
  const rows = below
    ? legendUnderPlaces(entries, width, box.bottom).map((p) => ({
        from: p.x,
        to: p.x + legendSwatch,
        label: p.label.x,
        v: p.y,
      }))
    : entries.map((_, k) => ({
        from: box.right - 168,
        to: box.right - 142,
        label: box.right - 136,
        v: box.top + 16 + 18 * k,
      }));
  const optimumBelow = o.optimum !== null && yPixel(o.optimum) + 18 < box.bottom;
  return {
    options: {
      ...frameOptions(width, height, marginsOf(width, height, box)),
      x: {
        domain: [0, o.epochs],
        ticks: ticks(6, "x"),
        label: o.labels.epoch,
        labelAnchor: "center",
        labelArrow: "none",
        // Under the tick labels, clear of a phone's legend further down.
        labelOffset: 34,
      },
      y: {
        domain: [lo, hi],
        ticks: ticks(5, "y"),
        label: o.labels.loss,
        labelAnchor: "center",
        labelArrow: "none",
      },
    },
    base: [
      Plot.gridY({ ticks: ticks(5, "y"), stroke: colors.muted, strokeOpacity: 0.2 }),
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" }),
      ...(o.optimum === null
        ? []
        : [
            Plot.ruleY([o.optimum], {
              stroke: colors.optimum,
              strokeDasharray: "5 4",
              className: "ml-loss-optimum",
            }),
            Plot.text([o.optimum], {
              y: (d: number) => d,
              frameAnchor: "right",
              dx: -4,
              // Under the line when there is room (the curves run above it), else over it.
              dy: optimumBelow ? 11 : -10,
              text: () => o.labels.optimum,
              textAnchor: "end",
              ...text,
            }),
          ]),
    ],
    live: [
      ...ghosts.map((g, k) => {
        const s = ghostStyles[k % ghostStyles.length];
        return Plot.line(curve(g.losses), {
          x: "x",
          y: "y",
          stroke: s.colour,
          strokeWidth: 1.5,
          strokeOpacity: 0.7,
          strokeDasharray: s.dash,
          clip: true,
          ...live("ml-loss-ghost"),
        });
      }),
      ...(o.divergedAt === undefined || o.divergedAt === null
        ? []
        : [
            Plot.ruleX([o.divergedAt], {
              stroke: colors.optimum,
              strokeWidth: 1.5,
              strokeDasharray: "3 3",
              ...live("ml-loss-diverged"),
            }),
            Plot.text([o.divergedAt], {
              x: (d: number) => d,
              frameAnchor: "top",
              dx: 5,
              dy: 10,
              text: () => o.labels.diverged ?? "",
              textAnchor: "start",
              ...text,
              ...live("ml-loss-diverged"),
            }),
          ]),
      Plot.line(curve(o.losses), {
        x: "x",
        y: "y",
        stroke: palette[0],
        strokeWidth: ghosts.length ? 2.25 : 1.75,
        clip: true,
        ...live("ml-loss-line"),
      }),
      Plot.dot(aboveWindow(o, hi), {
        x: (p: Pair) => p[0],
        y: () => hi,
        dy: 7,
        symbol: "triangle",
        r: 4,
        fill: palette[0],
        ...live("ml-loss-above"),
      }),
      ...entries.map((e, k) =>
        Plot.link([rows[k]], {
          x1: (r: (typeof rows)[number]) => at(r.from, r.v).x,
          x2: (r: (typeof rows)[number]) => at(r.to, r.v).x,
          y1: (r: (typeof rows)[number]) => at(r.from, r.v).y,
          y2: (r: (typeof rows)[number]) => at(r.to, r.v).y,
          stroke: e.colour,
          strokeWidth: e.width,
          strokeOpacity: e.opacity,
          strokeDasharray: e.dash || undefined,
          ...live("ml-loss-legend"),
        }),
      ),
      Plot.text(entries, {
        x: (_: LossEntry, k: number) => at(rows[k].label, rows[k].v).x,
        y: (_: LossEntry, k: number) => at(rows[k].label, rows[k].v).y,
        text: "label",
        textAnchor: "start",
        ...text,
        ...(below ? {} : { stroke: "var(--sl-color-bg, white)", strokeWidth: 3, paintOrder: "stroke" }),
        ...live("ml-loss-legend"),
      }),
    ],
  };
}
