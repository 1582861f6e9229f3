/**
 * One step of momentum drawn as vectors (E5) over the level sets of the book's f: from x_{t−1}, the
 * velocities β v_{t−1}, g_{t,t−1} and their sum v_t, all scaled by η (they point uphill, like the
 * gradient), and the step −η v_t to x_t (downhill). Each term's marks carry its own class
 * (`ml-term-<name>`), so the annotated equation can highlight it. Drawn with Plot in two layers:
 * the same function at build time and in the browser.
 */
import * as Plot from "@observablehq/plot";
import { type Label, labelBox, placeLabel, textWidth } from "../../draw/labels.ts";
import { type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import {
  type Box,
  fitBoxes,
  phoneShapeWidth,
  type Shapes,
  type Size,
  scale,
  tickText,
} from "../../draw/svg.ts";
import { baseStyle, colors, methodColour, palette } from "../../draw/theme.ts";

type Vec = readonly [number, number];

export interface MomentumStepOptions {
  eta: number;
  xprev: Vec;
  betav: Vec;
  g: Vec;
  v: Vec;
  x: Vec;
  /** x_0 … x_t (drawn faintly for context). */
  path: readonly Vec[];
  labels: { v: string; betav: string; g: string; x: string; xprev: string; step: string };
}

const natural: Size = { width: 640, height: 330 };
const naturalBox: Box = { left: 52, top: 10, right: 626, bottom: 288 };
/**
 * On a phone the vectors are mostly vertical: a taller plot gives them (and the six labels around
 * them) room that the desktop's wide aspect would squeeze into 130 px.
 */
export const stepShapes: Shapes = { natural, phone: { width: phoneShapeWidth, height: 360 } };

/** Level sets f = c of f = 0.1 x₁² + 2 x₂² (ellipses), as closed polylines. */
export function bookEllipses(levels: readonly number[], count = 48): Vec[][] {
  return levels.map((c) =>
    Array.from({ length: count + 1 }, (_, k) => {
      const a = (2 * Math.PI * k) / count;
      return [Math.sqrt(c / 0.1) * Math.cos(a), Math.sqrt(c / 2) * Math.sin(a)] as const;
    }),
  );
}

/** A window around `points` with equal scales on both axes (arrows keep their true directions). */
export function stepWindow(points: readonly Vec[], box: Box = naturalBox): { x: Vec; y: Vec } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const w = box.right - box.left;
  const h = box.bottom - box.top;
  const half = Math.max(
    0.002,
    ((Math.max(...xs) - Math.min(...xs)) / 2) * 1.3,
    (((Math.max(...ys) - Math.min(...ys)) / 2) * 1.3 * w) / h,
  );
  const halfY = (half * h) / w;
  return { x: [cx - half, cx + half], y: [cy - halfY, cy + halfY] };
}

/** The terms of the update, each drawn as an arrow or a point with its label. */
type StepTerm = keyof MomentumStepOptions["labels"];

/**
 * The figure's frame at its natural size or at `size` (narrower, same text size): the plot box
 * (moved right when long tick labels need the room, clear of the axis title), the window around
 * the step's points with equal scales, and the pixel scales of that window.
 */
function stepFrame(o: MomentumStepOptions, size?: Size) {
  const fit = fitBoxes(natural, size, [naturalBox]);
  const along = (p: Vec, d: Vec, s: number): Vec => [p[0] + s * d[0], p[1] + s * d[1]];
  const a = o.xprev;
  const b = along(a, o.betav, o.eta); // x_{t−1} + η β v_{t−1}
  const c = along(a, o.v, o.eta); // x_{t−1} + η v_t
  const yTicks = fit.ticks(5, "y");
  // Long tick labels (the small numbers of late steps) move the plot right, clear of the axis title;
  // the window they label follows the box, so measure them again in the window that box gives.
  let box = fit.boxes[0];
  let domain = stepWindow([a, b, c, o.x], box);
  let yLabelOffset = 38;
  for (let pass = 0; pass < 2; pass++) {
    const widest = Math.max(
      0,
      ...scale(domain.y, [0, 1])
        .ticks(yTicks)
        .map((v) => textWidth(tickText(v), 13)),
    );
    yLabelOffset = Math.max(yLabelOffset, widest + 18);
    box = { ...fit.boxes[0], left: Math.max(fit.boxes[0].left, yLabelOffset + 12) };
    domain = stepWindow([a, b, c, o.x], box);
  }
  return {
    width: fit.width,
    height: fit.height,
    box,
    domain,
    points: { a, b, c },
    xTicks: scale(domain.x, [0, 1]).ticks(fit.ticks(6, "x")),
    yTicks: scale(domain.y, [0, 1]).ticks(yTicks),
    yLabelOffset,
    x: scale(domain.x, [box.left, box.right]),
    y: scale(domain.y, [box.bottom, box.top]),
  };
}

/** Each term's arrow (from, to) or point, and its colour. */
function stepParts(o: MomentumStepOptions, points: { a: Vec; b: Vec; c: Vec }) {
  const { a, b, c } = points;
  // The terms of the sum in the palette; the step and the new iterate in momentum's colour.
  return {
    v: { from: a, to: c, colour: palette[0], dashed: true },
    betav: { from: a, to: b, colour: palette[1], dashed: false },
    g: { from: b, to: c, colour: palette[2], dashed: false },
    step: { from: a, to: o.x, colour: methodColour("momentum"), dashed: false },
    xprev: { at: a, colour: colors.ink },
    x: { at: o.x, colour: methodColour("momentum") },
  } as const;
}

/**
 * Where each term's label goes, in pixels: beside its arrow's middle or its point, at the first
 * spot clear of the labels before it, of the two points and of the other arrows (labels.ts): on a
 * narrow figure the arrows are short and close together.
 */
export function stepLabels(
  o: MomentumStepOptions,
  size?: Size,
  f = stepFrame(o, size),
): Record<StepTerm, Label> {
  const parts = stepParts(o, f.points);
  const P = (p: Vec) => [f.x(p[0]), f.y(p[1])] as const;
  const placed: Box[] = [];
  const around = (p: Vec, r: number): Box => {
    const [u, v] = P(p);
    return { left: u - r, right: u + r, top: v - r, bottom: v + r };
  };
  /** Small boxes along an arrow, every 6 px. */
  const along6 = (from: Vec, to: Vec): Box[] => {
    const [x1, y1] = P(from);
    const [x2, y2] = P(to);
    const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 6));
    return Array.from({ length: n + 1 }, (_, k) => {
      const [u, v] = [x1 + ((x2 - x1) * k) / n, y1 + ((y2 - y1) * k) / n];
      return { left: u - 1.5, right: u + 1.5, top: v - 1.5, bottom: v + 1.5 };
    });
  };
  /** What labels keep clear of: each arrow and point, by the term it belongs to. */
  const obstacles: Record<StepTerm, Box[]> = {
    v: along6(parts.v.from, parts.v.to),
    betav: along6(parts.betav.from, parts.betav.to),
    g: along6(parts.g.from, parts.g.to),
    step: along6(parts.step.from, parts.step.to),
    xprev: [around(parts.xprev.at, 6)],
    x: [around(parts.x.at, 6)],
  };
  const label = (term: StepTerm, at: Vec, dy: number): Label => {
    const [u, v] = P(at);
    const near = (dx: number, dv: number): Label => ({
      text: o.labels[term],
      x: u + dx,
      y: v + dv,
      anchor: dx < 0 ? "end" : "start",
      size: 13,
      bold: true,
    });
    const spots = [dy, dy < 0 ? 18 : -8, dy + 16, dy < 0 ? -22 : 30, -36, 46].flatMap((dv) => [
      near(8, dv),
      near(-8, dv),
    ]);
    const others = Object.entries(obstacles).flatMap(([k, boxes]) => (k === term ? [] : boxes));
    const l = placeLabel(spots, [...placed, ...others], f.box);
    placed.push(labelBox(l));
    return l;
  };
  const mid = (p: Vec, q: Vec): Vec => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  return {
    v: label("v", mid(parts.v.from, parts.v.to), 16),
    betav: label("betav", mid(parts.betav.from, parts.betav.to), -8),
    g: label("g", mid(parts.g.from, parts.g.to), -8),
    step: label("step", mid(parts.step.from, parts.step.to), 16),
    xprev: label("xprev", parts.xprev.at, 18),
    x: label("x", parts.x.at, 18),
  };
}

/**
 * The figure in two layers, at its natural size or at `size`: frame, axes, level sets and the path
 * so far (its window follows the step, so a new step draws it again); the terms' arrows, points and
 * labels, each term's marks in its class.
 */
export function stepLayers(o: MomentumStepOptions, size?: Size): LayeredPlot {
  const f = stepFrame(o, size);
  const parts = stepParts(o, f.points);
  const labels = stepLabels(o, size, f);
  const fOf = (p: Vec) => 0.1 * p[0] ** 2 + 2 * p[1] ** 2;
  const levels = [fOf(f.points.a), fOf(o.x), ...[0.25, 0.5, 2, 4].map((k) => k * fOf(f.points.a))].filter(
    (v) => v > 0,
  );
  const rings = bookEllipses(levels).flatMap((ring, r) => ring.map(([x, y]) => ({ r, x, y })));
  const term = (name: StepTerm) => ({ className: `ml-term-${name} ${liveMarkClass}`, clip: true }) as const;
  const arrow = (name: "v" | "betav" | "g" | "step") => {
    const p = parts[name];
    return Plot.arrow([p], {
      x1: (d: typeof p) => d.from[0],
      y1: (d: typeof p) => d.from[1],
      x2: (d: typeof p) => d.to[0],
      y2: (d: typeof p) => d.to[1],
      stroke: p.colour,
      strokeWidth: 2.25,
      strokeLinecap: "round",
      headAngle: 52,
      headLength: 10,
      ...(p.dashed ? { strokeDasharray: "5 3" } : {}),
      ...term(name),
    });
  };
  const dot = (name: "xprev" | "x") =>
    Plot.dot([parts[name].at], {
      x: (d: Vec) => d[0],
      y: (d: Vec) => d[1],
      r: 5,
      fill: parts[name].colour,
      ...term(name),
    });
  // A label where stepLabels put it: its anchor point (x, baseline) in the plot's coordinates.
  const text = (name: StepTerm) => {
    const l = labels[name];
    return Plot.text([l], {
      x: (d: Label) => f.x.invert(d.x),
      y: (d: Label) => f.y.invert(d.y),
      text: "text",
      textAnchor: l.anchor,
      lineAnchor: "bottom",
      fontSize: 13,
      fontWeight: 600,
      fill: name === "xprev" ? colors.ink : (parts[name] as { colour: string }).colour,
      stroke: "var(--sl-color-bg, white)",
      strokeWidth: 3,
      paintOrder: "stroke",
      ...term(name),
    });
  };
  // The site's tick text (plain decimals), the ticks measured for the margin above.
  const axis = { labelAnchor: "center", labelArrow: "none", tickFormat: (v: number) => tickText(v) } as const;
  return {
    options: {
      style: { ...baseStyle },
      width: f.width,
      height: f.height,
      marginTop: f.box.top,
      marginRight: f.width - f.box.right,
      marginBottom: f.height - f.box.bottom,
      marginLeft: f.box.left,
      x: { domain: [...f.domain.x], ticks: f.xTicks, label: "x₁", labelOffset: 34, ...axis },
      // The axis's title: its rotated glyphs end `yLabelOffset` px left of the frame.
      y: { domain: [...f.domain.y], ticks: f.yTicks, label: "x₂", labelOffset: f.yLabelOffset + 9, ...axis },
    },
    base: [
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" }),
      Plot.line(rings, {
        x: "x",
        y: "y",
        z: "r",
        stroke: colors.contour,
        strokeOpacity: 0.6,
        clip: true,
        ariaHidden: "true",
      }),
      Plot.line(o.path, {
        x: (d: Vec) => d[0],
        y: (d: Vec) => d[1],
        stroke: colors.muted,
        strokeOpacity: 0.6,
        clip: true,
        ariaHidden: "true",
      }),
    ],
    live: [
      arrow("v"),
      text("v"),
      arrow("betav"),
      text("betav"),
      arrow("g"),
      text("g"),
      arrow("step"),
      text("step"),
      dot("xprev"),
      text("xprev"),
      dot("x"),
      text("x"),
    ],
  };
}
