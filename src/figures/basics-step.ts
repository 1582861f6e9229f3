/**
 * One step of momentum drawn as vectors (E5) over the level sets of the book's f: from x_{t−1}, the
 * velocities β v_{t−1}, g_{t,t−1} and their sum v_t, all scaled by η (they point uphill, like the
 * gradient), and the step −η v_t to x_t (downhill). Each element has its own class
 * (`ml-term-<name>`), so the annotated equation can highlight it. Options in, Plot options out.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { baseStyle, colors, defaultWidth, palette } from "./theme.ts";

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
  width?: number;
  height?: number;
}

const margin = { top: 12, right: 12, bottom: 36, left: 44 };

/** A window around the step's points with equal scales on both axes. */
export function stepWindow(points: readonly Vec[], width: number, height: number) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  let half = Math.max(0.05, ((Math.max(...xs) - Math.min(...xs)) / 2) * 1.25);
  half = Math.max(half, (((Math.max(...ys) - Math.min(...ys)) / 2) * 1.25 * plotW) / plotH);
  const halfY = (half * plotH) / plotW;
  return { x: [cx - half, cx + half] as [number, number], y: [cy - halfY, cy + halfY] as [number, number] };
}

/** Level sets of f = 0.1 x₁² + 2 x₂² (ellipses) through the points shown. */
function ellipses(levels: readonly number[]) {
  const out: { l: number; x: number; y: number }[] = [];
  levels.forEach((c, l) => {
    for (let k = 0; k <= 96; k++) {
      const a = (2 * Math.PI * k) / 96;
      out.push({ l, x: Math.sqrt(c / 0.1) * Math.cos(a), y: Math.sqrt(c / 2) * Math.sin(a) });
    }
  });
  return out;
}

export function momentumStepFigure(o: MomentumStepOptions): PlotOptions {
  const width = o.width ?? defaultWidth;
  const height = o.height ?? 340;
  const up = (p: Vec, d: Vec, s: number): Vec => [p[0] + s * d[0], p[1] + s * d[1]];
  const a = o.xprev;
  const b = up(a, o.betav, o.eta); // x_{t−1} + η β v_{t−1}
  const c = up(a, o.v, o.eta); // x_{t−1} + η v_t
  const domain = stepWindow([a, b, c, o.x], width, height);
  const f = (p: Vec) => 0.1 * p[0] ** 2 + 2 * p[1] ** 2;
  const levels = [f(a), f(o.x), ...[0.25, 0.5, 2, 4].map((k) => k * f(a))].filter((v) => v > 0);
  const arrow = (
    from: Vec,
    to: Vec,
    className: string,
    stroke: string,
    extra: Record<string, unknown> = {},
  ) =>
    Plot.arrow([{ x1: from[0], y1: from[1], x2: to[0], y2: to[1] }], {
      x1: "x1",
      y1: "y1",
      x2: "x2",
      y2: "y2",
      stroke,
      strokeWidth: 2.25,
      headLength: 10,
      clip: true,
      className,
      ...extra,
    });
  const label = (at: Vec, text: string, className: string, fill: string, dy = -8) =>
    Plot.text([at], {
      x: (d: Vec) => d[0],
      y: (d: Vec) => d[1],
      text: () => text,
      dx: 6,
      dy,
      textAnchor: "start",
      fill,
      className,
      fontWeight: 600,
      stroke: "var(--sl-color-bg, white)",
      strokeWidth: 3,
      paintOrder: "stroke",
    });
  const mid = (p: Vec, q: Vec): Vec => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  return {
    style: { ...baseStyle },
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { domain: domain.x, label: "x₁", labelAnchor: "center", labelArrow: "none", ticks: 5 },
    y: { domain: domain.y, label: "x₂", labelAnchor: "center", labelArrow: "none", ticks: 5 },
    marks: [
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.4 }),
      Plot.line(ellipses(levels), {
        x: "x",
        y: "y",
        z: "l",
        stroke: colors.contour,
        strokeOpacity: 0.6,
        clip: true,
      }),
      Plot.line(o.path, {
        x: (d: Vec) => d[0],
        y: (d: Vec) => d[1],
        stroke: colors.muted,
        strokeOpacity: 0.6,
        clip: true,
      }),
      arrow(a, c, "ml-term-v", palette[4], { strokeDasharray: "5 3" }),
      arrow(a, b, "ml-term-betav", palette[1]),
      arrow(b, c, "ml-term-g", palette[2]),
      arrow(a, o.x, "ml-term-step", palette[0]),
      Plot.dot([a], {
        x: (d: Vec) => d[0],
        y: (d: Vec) => d[1],
        r: 5,
        fill: colors.ink,
        className: "ml-term-xprev",
      }),
      Plot.dot([o.x], {
        x: (d: Vec) => d[0],
        y: (d: Vec) => d[1],
        r: 5,
        fill: palette[0],
        className: "ml-term-x",
      }),
      label(mid(a, b), o.labels.betav, "ml-term-betav", palette[1]),
      label(mid(b, c), o.labels.g, "ml-term-g", palette[2]),
      label(mid(a, c), o.labels.v, "ml-term-v", palette[4], 14),
      label(mid(a, o.x), o.labels.step, "ml-term-step", palette[0], 14),
      label(a, o.labels.xprev, "ml-term-xprev", colors.ink, 16),
      label(o.x, o.labels.x, "ml-term-x", palette[0], 16),
    ],
  } as PlotOptions;
}
