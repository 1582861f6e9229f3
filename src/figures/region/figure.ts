/**
 * The convergence region of momentum over (ηλ, β): the spectral radius ρ(R) (E12) as filled level
 * bands, the stability boundaries ηλ = 2 + 2β (momentum) and ηλ = 2 (gradient descent), the
 * regimes of the core's `regime`, and one point per curvature (ηλᵢ, β) for the current setting.
 * Pure: the build draws the whole SVG, the browser redraws only the points.
 */

import * as Plot from "@observablehq/plot";
import {
  momentumStabilityBound,
  type Regime,
  regime,
  ripplingBounds,
  spectralRadius,
} from "momentum-live/core";
import { inside, type Label, labelBox, nudgeInto, overlaps, placeLabel } from "../../draw/labels.ts";
import { frameOptions, type LayeredPlot, liveMarkClass, marginsOf } from "../../draw/layers.ts";
import { type Box, type Pair, type Panel, panelOf, phoneShapeWidth, type Shapes } from "../../draw/svg.ts";
import { colors, palette } from "../../draw/theme.ts";

export const regimes: readonly Regime[] = ["monotone", "rippling", "oscillating", "divergent"];

/** Levels of ρ whose bands are shaded (darker = slower); ρ ≥ 1 is the divergent region. */
export const rhoLevels = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95] as const;

/** x: ηλ → pixel, y: β → pixel. */
export type RegionLayout = Panel;

/** On a phone, a taller map: 640 × 300 scaled to a phone's width leaves a 115 px plot. */
export const regionShapes: Shapes = {
  natural: { width: 640, height: 300 },
  phone: { width: phoneShapeWidth, height: 340 },
};

/** ηλ from 0 to 4.8 (η up to 1.2 on curvature 4), β from 0 to 0.99. */
export function regionLayout(
  width = regionShapes.natural.width,
  height = regionShapes.natural.height,
): RegionLayout {
  return panelOf(
    width,
    height,
    { left: 48, top: 12, right: width - 16, bottom: height - 40 },
    [0, 4.8],
    [0, 0.99],
  );
}

export interface RegionLabels {
  name: string;
  x: string;
  y: string;
  regimes: Record<Regime, string>;
  /** "momentum: ηλ = 2 + 2β" */
  momentumBound: string;
  /** "GD: ηλ = 2" */
  gdBound: string;
}

/** Cells of a 49 × 21 grid over the layout's window, by regime. */
function regimeCells(layout: RegionLayout): Record<string, Pair[]> {
  const [x0, x1] = layout.x.domain;
  const [y0, y1] = layout.y.domain;
  const cells: Record<string, Pair[]> = {};
  for (let j = 0; j <= 20; j++) {
    for (let i = 0; i <= 48; i++) {
      const p: Pair = [x0 + ((x1 - x0) * (i + 0.5)) / 49, y0 + ((y1 - y0) * (j + 0.5)) / 21];
      const r = regime(p[0], p[1]);
      cells[r] = [...(cells[r] ?? []), p];
    }
  }
  return cells;
}

const centre = (list: readonly Pair[]): Pair => [
  list.reduce((s, p) => s + p[0], 0) / list.length,
  list.reduce((s, p) => s + p[1], 0) / list.length,
];

/** Where to print each regime's name: the centre of its cells on a grid, moved onto a cell of it. */
export function regimeLabelPoints(layout: RegionLayout): Record<Regime, Pair> {
  const cells = regimeCells(layout);
  const out = {} as Record<Regime, Pair>;
  for (const r of regimes) {
    const list = cells[r] ?? [[layout.x.domain[0], layout.y.domain[0]]];
    const c = centre(list);
    out[r] =
      regime(c[0], c[1]) === r
        ? c
        : list.reduce((best, p) =>
            Math.hypot(p[0] - c[0], p[1] - c[1]) < Math.hypot(best[0] - c[0], best[1] - c[1]) ? p : best,
          );
  }
  return out;
}

/** The share of a box (pixels) in one regime: of 5 × 3 points over it, 2 px in from its edges. */
function shareInRegime(b: Box, r: Regime, layout: RegionLayout): number {
  if (!inside(b, layout.box)) return 0;
  let hits = 0;
  for (let i = 0; i <= 4; i++) {
    for (let j = 0; j <= 2; j++) {
      const u = b.left + 2 + ((b.right - b.left - 4) * i) / 4;
      const v = b.top + 2 + ((b.bottom - b.top - 4) * j) / 2;
      if (regime(layout.x.invert(u), layout.y.invert(v)) === r) hits += 1;
    }
  }
  return hits / 15;
}

/** The name of a regime and the boundaries' labels, in the order they are placed. */
export interface RegionTextLabel extends Label {
  /** A regime's name (drawn larger and bold), or a boundary's label. */
  regime?: Regime;
}

/**
 * Where the map's labels go: each regime's name at the centre of its cells (as `regimeLabelPoints`)
 * or, if that spot is taken, leaves the plot or would spill over into another regime, on the
 * nearest cell of the regime where the whole name fits and is free; then GD's boundary label beside
 * the top of its line and momentum's beside its line, at the first height where they are clear.
 * Nothing is placed over `avoid` (the points' labels) either.
 */
export function regionTextLabels(
  layout: RegionLayout,
  labels: RegionLabels,
  avoid: readonly Box[] = [],
): RegionTextLabel[] {
  const { box, x, y } = layout;
  const taken = [...avoid];
  const gd = momentumStabilityBound(0);
  const top = y(gdTop);
  // No label on a boundary line: GD's is one upright segment, momentum's leaning one points along
  // it every 3 px or so (labels are at least 11 px tall).
  const gdLine: Box = { left: x(gd), right: x(gd), top, bottom: y(0) };
  taken.push(gdLine);
  const [b0, b1] = layout.y.domain;
  const length = Math.hypot(x(momentumStabilityBound(b1)) - x(momentumStabilityBound(b0)), y(b1) - y(b0));
  const steps = Math.ceil(length / 3);
  for (let k = 0; k <= steps; k++) {
    const b = b0 + ((b1 - b0) * k) / steps;
    const [u, v] = [x(momentumStabilityBound(b)), y(b)];
    taken.push({ left: u, right: u, top: v, bottom: v });
  }
  const cells = regimeCells(layout);
  const points = regimeLabelPoints(layout);
  const out: RegionTextLabel[] = regimes.map((r) => {
    const [a, b] = points[r];
    const at = (u: number, v: number, size = 13): RegionTextLabel => ({
      text: labels.regimes[r],
      x: u,
      y: v,
      anchor: "middle",
      size,
      bold: true,
      regime: r,
    });
    const centred = at(x(a), y(b));
    const first = { ...centred, x: centred.x + nudgeInto(centred, box.left, box.right) };
    const byDistance = (p: Label, q: Label) =>
      Math.hypot(p.x - first.x, p.y - first.y) - Math.hypot(q.x - first.x, q.y - first.y);
    // Each cell's centre, and a third of a cell to either side and down: a narrow regime (the
    // oscillating wedge) may fit its name only between two centres.
    const [dx, dy] = [(box.right - box.left) / 49 / 3, (box.bottom - box.top) / 21 / 3];
    const shifts = [0, -dx, dx].flatMap((u) => [0, dy].map((v) => [u, v]));
    const near = (size: number) =>
      (cells[r] ?? [])
        .flatMap(([c, d]) => shifts.map(([u, v]) => at(x(c) + u, y(d) + v, size)))
        .sort(byDistance);
    // Smaller only where 13 px finds no spot (the oscillating wedge). The whole name in its regime
    // and clear of both lines; else in its regime across GD's dashed line (not a regime's edge: the
    // name's halo covers it there).
    const candidates = [first, ...near(13), ...near(11), ...near(10)];
    // Whether a spot lies wholly in the regime, worked out only for the spots tried (each once).
    const shares = new Map<Label, boolean>();
    const inRegime = (l: Label) => {
      if (!shares.has(l)) shares.set(l, shareInRegime(labelBox(l), r, layout) === 1);
      return shares.get(l) === true;
    };
    const clear = (l: Label, boxes: Box[]) => !boxes.some((t) => overlaps(labelBox(l), t, 1));
    const besideGd = taken.filter((t) => t !== gdLine);
    const chosen =
      candidates.find((l) => clear(l, taken) && inRegime(l)) ??
      candidates.find((l) => clear(l, besideGd) && inRegime(l));
    if (chosen) {
      taken.push(labelBox(chosen));
      return chosen;
    }
    // Where the name cannot lie wholly in its regime (the wedges on a narrow phone): the nearest
    // free spot, as near its regime as it fits.
    return placeLabel(
      candidates.filter((l) => l.size >= 11),
      taken,
      box,
    );
  });
  const line = (text: string, u: number, v: number, side: 1 | -1, gap: number, size = 12): Label => ({
    text,
    x: u + gap * side,
    y: v,
    anchor: side > 0 ? "start" : "end",
    size,
  });
  const heights = [0, 20, 40, 60, 80, 100, 120, 140];
  // A size smaller only where 12 px finds no room (the Chinese label on a 320 px screen).
  out.push(
    placeLabel(
      [12, 11].flatMap((size) =>
        [-1, 1].flatMap((side) =>
          heights.map((dv) => line(labels.gdBound, x(gd), top + 12 + dv, side as 1 | -1, 6, size)),
        ),
      ),
      taken,
      box,
    ),
  );
  // From the middle outwards, the side of the divergent region first. The line leans right as β
  // grows, so a label right of it keeps clear at its top (one text height up the line), one left
  // of it at its bottom.
  const betas = [0.45, 0.5, 0.4, 0.55, 0.35, 0.6, 0.3, 0.65, 0.25, 0.7, 0.2, 0.75, 0.15, 0.8, 0.1, 0.85];
  const perPx = 1 / Math.abs(y(0) - y(1));
  const lineAt = (b: number, side: 1 | -1) =>
    x(momentumStabilityBound(side > 0 ? b + 12 * perPx : Math.max(0, b - 4 * perPx)));
  out.push(
    placeLabel(
      ([1, -1] as const).flatMap((side) =>
        betas.map((b) => line(labels.momentumBound, lineAt(b, side), y(b), side, 6)),
      ),
      taken,
      box,
    ),
  );
  return out;
}

/** β where GD's boundary line ends (its label sits under the end). */
const gdTop = 0.93;

/** The setting shown: η and β, the curvatures λᵢ, and each point's label. */
export interface RegionSetting {
  eta: number;
  beta: number;
  lambdas: readonly number[];
  pointLabels: readonly string[];
}

/** Pixel positions of the points (ηλᵢ, β), one per curvature λᵢ. */
export function regionPoints(
  layout: RegionLayout,
  eta: number,
  beta: number,
  lambdas: readonly number[],
): Pair[] {
  return lambdas.map((l) => [layout.x(eta * l), layout.y(beta)] as Pair);
}

/** A point's label: centred over it, moved sideways to stay over the plot (not on the tick labels). */
export function pointLabel(layout: RegionLayout, point: Pair, text: string): Label {
  const label: Label = { text, x: point[0], y: point[1] - 10, anchor: "middle", size: 12 };
  return { ...label, x: label.x + nudgeInto(label, layout.box.left + 2, layout.box.right - 2) };
}

/** Text over the map: its size and a halo of the page's background, so lines under it give way. */
const halo = {
  fill: "currentColor",
  stroke: "var(--sl-color-bg, white)",
  strokeWidth: 3,
  paintOrder: "stroke",
  lineAnchor: "bottom",
} as const;

/**
 * The map in two layers (src/draw/layers.ts). Base: bands of ρ (darker = slower), the divergent
 * region, the regimes' edges, the two stability lines, their labels and the regimes' names, placed
 * clear of the points' labels; live: the setting's line along β and one labelled point per
 * curvature. Labels are placed in pixels (regionTextLabels) and drawn in data coordinates.
 */
export function regionLayers(
  layout: RegionLayout,
  labels: RegionLabels,
  setting: RegionSetting,
  withBase = true,
): LayeredPlot {
  const { box, x, y, width, height } = layout;
  const [top, right] = [layout.y.domain[1], layout.x.domain[1]];
  const gd = momentumStabilityBound(0);
  const corner = momentumStabilityBound(top);
  const points = regionPoints(layout, setting.eta, setting.beta, setting.lambdas);
  const pointTexts = points.map((p, k) => pointLabel(layout, p, setting.pointLabels[k] ?? ""));
  const at = <L extends Label>(l: L) => ({ ...l, u: x.invert(l.x), v: y.invert(l.y) });
  /** Labels as Plot text marks, one a text anchor (an anchor is not a channel in Plot). */
  const texts = (list: ReturnType<typeof at<Label>>[], options: Record<string, unknown> = {}) =>
    (["start", "middle", "end"] as const).map((anchor) =>
      Plot.text(
        list.filter((l) => l.anchor === anchor),
        { x: "u", y: "v", text: "text", textAnchor: anchor, fontSize: "size", ...halo, ...options },
      ),
    );
  const base = () => {
    const text = regionTextLabels(layout, labels, pointTexts.map(labelBox)).map(at);
    // The regimes' edges, where the eigenvalues turn complex: ηλ = (1 ∓ √β)² (denser near β = 0,
    // where both curves leave ηλ = 1 upright).
    const edgeBetas = Array.from({ length: 41 }, (_, k) => top * (k / 40) ** 2);
    const edges = [0, 1].flatMap((side) => edgeBetas.map((b) => ({ side, u: ripplingBounds(b)[side], b })));
    const betas = Array.from({ length: 34 }, (_, k) => (top * k) / 33);
    const divergent: Pair[] = [
      [gd, 0],
      [right, 0],
      [right, top],
      [corner, top],
    ];
    return [
      // Bands of ρ < 1 (ρ at ηλ = 0 is 1: nothing moves, the slowest band), stacked: the slower, the stronger the tint (in either theme).
      Plot.contour({
        x1: 0,
        x2: right,
        y1: 0,
        y2: top,
        pixelSize: 6,
        value: (el: number, b: number) => (el <= 0 ? 0.999 : spectralRadius(b, el / 4, 4)),
        thresholds: [...rhoLevels],
        fill: colors.contour,
        fillOpacity: 0.15,
        stroke: "none",
        clip: true,
        ariaHidden: "true",
      }),
      // The divergent region covers the bands (ρ ≥ 1 there) with the page's background, then its tint:
      // the bands end exactly on ηλ = 2 + 2β, not on a step of the grid.
      Plot.line(divergent, { fill: "var(--sl-color-bg, white)", stroke: "none", ariaHidden: "true" }),
      Plot.line(divergent, { fill: colors.optimum, fillOpacity: 0.25, stroke: "none", ariaHidden: "true" }),
      Plot.line(edges, {
        x: "u",
        y: "b",
        z: "side",
        stroke: "currentColor",
        strokeOpacity: 0.35,
        strokeDasharray: "2 3",
        clip: true,
        ariaHidden: "true",
      }),
      Plot.line(
        betas.map((b) => [momentumStabilityBound(b), b] as const),
        { stroke: colors.optimum, strokeWidth: 2, clip: true, ariaHidden: "true" },
      ),
      Plot.ruleX([gd], { y1: 0, y2: gdTop, strokeWidth: 1.5, strokeDasharray: "6 4", ariaHidden: "true" }),
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.4, ariaHidden: "true" }),
      ...texts(
        text.filter((l) => l.regime === undefined),
        { ariaHidden: "true" },
      ),
      ...texts(
        text.filter((l) => l.regime !== undefined),
        { fontWeight: "bold", className: "ml-regime", ariaHidden: "true" },
      ),
    ];
  };
  return {
    options: {
      ...frameOptions(width, height, marginsOf(width, height, box)),
      x: {
        domain: [...layout.x.domain],
        label: labels.x,
        labelAnchor: "center",
        labelArrow: "none",
        // Fewer on a narrow map: whole numbers, clear of the y axis's 0.0 at the corner.
        ticks: Math.max(3, Math.min(8, Math.round((box.right - box.left) / 72))),
      },
      y: {
        domain: [...layout.y.domain],
        label: labels.y,
        labelAnchor: "center",
        labelArrow: "none",
        ticks: 5,
      },
    },
    base: withBase ? base() : [],
    live: [
      Plot.ruleY([setting.beta], {
        x1: setting.eta * Math.min(...setting.lambdas),
        x2: setting.eta * Math.max(...setting.lambdas),
        strokeOpacity: 0.5,
        className: liveMarkClass,
      }),
      Plot.dot(setting.lambdas, {
        x: (l: number) => setting.eta * l,
        y: () => setting.beta,
        r: 6,
        fill: (_: number, k: number) => palette[k % palette.length],
        stroke: "currentColor",
        strokeWidth: 1.5,
        className: `${liveMarkClass} ml-region-points`,
      }),
      ...texts(pointTexts.map(at), { className: liveMarkClass }),
    ],
  };
}
