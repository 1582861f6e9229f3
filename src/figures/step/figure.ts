/**
 * One step of momentum drawn as vectors (E5) over the level sets of the book's f: from x_{t−1}, the
 * velocities β v_{t−1}, g_{t,t−1} and their sum v_t, all scaled by η (they point uphill, like the
 * gradient), and the step −η v_t to x_t (downhill). Each element is a group with its own class
 * (`ml-term-<name>`), so the annotated equation can highlight it. Plain SVG markup (svg.ts): the
 * same function draws at build time and in the browser.
 */
import { type Label, labelBox, placeLabel, textWidth } from "../../draw/labels.ts";
import {
  axes,
  type Box,
  clipRect,
  esc,
  fitBoxes,
  linePath,
  phoneShapeWidth,
  px,
  type Shapes,
  type Size,
  scale,
  svgRoot,
  tickText,
} from "../../draw/svg.ts";
import { methodColour, palette } from "../../draw/theme.ts";

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

/**
 * The figure, at its natural size or at `size` (narrower, same text size). `idSuffix` keeps the ids
 * of two drawings in one page apart (svg.ts `shapedSvgs`).
 */
export function momentumStepSvg(
  o: MomentumStepOptions,
  name: string,
  description = "",
  size?: Size,
  idSuffix = "",
): string {
  const fit = fitBoxes(natural, size, [naturalBox]);
  const along = (p: Vec, d: Vec, s: number): Vec => [p[0] + s * d[0], p[1] + s * d[1]];
  const a = o.xprev;
  const b = along(a, o.betav, o.eta); // x_{t−1} + η β v_{t−1}
  const c = along(a, o.v, o.eta); // x_{t−1} + η v_t
  const yTicks = fit.ticks(5, "y");
  // Long tick labels (the small numbers of late steps) move the plot right, clear of the axis title.
  const window0 = stepWindow([a, b, c, o.x], fit.boxes[0]);
  const widest = Math.max(
    0,
    ...scale(window0.y, [0, 1])
      .ticks(yTicks)
      .map((v) => textWidth(tickText(v), 12)),
  );
  const yLabelOffset = Math.max(38, widest + 18);
  const box = { ...fit.boxes[0], left: Math.max(fit.boxes[0].left, yLabelOffset + 12) };
  const domain = stepWindow([a, b, c, o.x], box);
  const x = scale(domain.x, [box.left, box.right]);
  const y = scale(domain.y, [box.bottom, box.top]);
  const P = (p: Vec) => [x(p[0]), y(p[1])] as const;
  const f = (p: Vec) => 0.1 * p[0] ** 2 + 2 * p[1] ** 2;
  const levels = [f(a), f(o.x), ...[0.25, 0.5, 2, 4].map((k) => k * f(a))].filter((v) => v > 0);

  const arrow = (from: Vec, to: Vec, colour: string, dashed = false) => {
    const [x1, y1] = P(from);
    const [x2, y2] = P(to);
    const len = Math.hypot(x2 - x1, y2 - y1);
    let head = "";
    if (len > 1) {
      const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
      const size = Math.min(10, len / 2);
      const wing = (s: number) =>
        `M${px(x2)},${px(y2)}l${px(-size * (ux * Math.cos(0.45) - s * uy * Math.sin(0.45)))},${px(-size * (uy * Math.cos(0.45) + s * ux * Math.sin(0.45)))}`;
      head = wing(1) + wing(-1);
    }
    return `<path d="M${px(x1)},${px(y1)}L${px(x2)},${px(y2)}${head}" stroke="${colour}" stroke-width="2.25" fill="none" stroke-linecap="round"${dashed ? ' stroke-dasharray="5 3"' : ""}/>`;
  };
  // Each label beside its point at the first spot clear of the labels before it, of the two points
  // and of the other arrows (labels.ts): on a narrow figure the arrows are short and close together.
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
  const label = (at: Vec, text: string, colour: string, dy: number, others: Box[]) => {
    const [u, v] = P(at);
    const near = (dx: number, dv: number): Label => ({
      text,
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
    const l = placeLabel(spots, [...placed, ...others], box);
    placed.push(labelBox(l));
    return `<text x="${px(l.x)}" y="${px(l.y)}"${l.anchor === "end" ? ' text-anchor="end"' : ""} fill="${colour}" font-weight="600" stroke="var(--sl-color-bg, white)" stroke-width="3" paint-order="stroke">${esc(text)}</text>`;
  };
  const mid = (p: Vec, q: Vec): Vec => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  const dot = (p: Vec, colour: string) => {
    const [u, v] = P(p);
    return `<circle cx="${px(u)}" cy="${px(v)}" r="5" fill="${colour}"/>`;
  };
  const term = (nameOf: string, inner: string) => `<g class="ml-term-${nameOf}">${inner}</g>`;
  const colours = {
    // The terms of the sum in the palette; the step and the new iterate in momentum's colour.
    betav: palette[1],
    g: palette[2],
    v: palette[0],
    step: methodColour("momentum"),
    x: methodColour("momentum"),
    xprev: "currentColor",
  };
  /** What labels keep clear of: each arrow and point, by the term it belongs to. */
  const obstacles: Record<string, Box[]> = {
    v: along6(a, c),
    betav: along6(a, b),
    g: along6(b, c),
    step: along6(a, o.x),
    xprev: [around(a, 6)],
    x: [around(o.x, 6)],
  };
  /** Everything but the term's own arrow or point. */
  const except = (own: string) => Object.entries(obstacles).flatMap(([k, boxes]) => (k === own ? [] : boxes));
  const clipId = `ml-step-clip${idSuffix}`;
  const body =
    `<defs>${clipRect(clipId, box)}</defs>` +
    axes(box, x, y, { x: "x₁", y: "x₂" }, { xTicks: fit.ticks(6, "x"), yTicks, yLabelOffset }) +
    `<g clip-path="url(#${clipId})">` +
    `<path d="${bookEllipses(levels)
      .map((ring) => linePath(ring, x, y))
      .join("")}" stroke="var(--ml-contour)" stroke-opacity="0.6" fill="none"/>` +
    `<path d="${linePath(o.path, x, y)}" stroke="var(--ml-muted)" stroke-opacity="0.6" fill="none"/>` +
    term("v", arrow(a, c, colours.v, true) + label(mid(a, c), o.labels.v, colours.v, 16, except("v"))) +
    term(
      "betav",
      arrow(a, b, colours.betav) + label(mid(a, b), o.labels.betav, colours.betav, -8, except("betav")),
    ) +
    term("g", arrow(b, c, colours.g) + label(mid(b, c), o.labels.g, colours.g, -8, except("g"))) +
    term(
      "step",
      arrow(a, o.x, colours.step) + label(mid(a, o.x), o.labels.step, colours.step, 16, except("step")),
    ) +
    term("xprev", dot(a, colours.xprev) + label(a, o.labels.xprev, colours.xprev, 18, except("xprev"))) +
    term("x", dot(o.x, colours.x) + label(o.x, o.labels.x, colours.x, 18, except("x"))) +
    `</g>`;
  return svgRoot(fit.width, fit.height, name, body, description ? { "aria-description": description } : {});
}
