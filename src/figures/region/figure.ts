/**
 * The convergence region of momentum over (ηλ, β): the spectral radius ρ(R) (E12) as filled level
 * bands, the stability boundaries ηλ = 2 + 2β (momentum) and ηλ = 2 (gradient descent), the
 * regimes of the core's `regime`, and one point per curvature (ηλᵢ, β) for the current setting.
 * Pure: the build draws the whole SVG, the browser redraws only the points.
 */

import { contours } from "d3-contour";
import {
  momentumStabilityBound,
  type Regime,
  regime,
  ripplingBounds,
  spectralRadius,
} from "momentum-live/core";
import { type Label, labelBox, nudgeInto, placeLabel } from "../../draw/labels.ts";
import {
  axes,
  type Box,
  clipRect,
  esc,
  linePath,
  type Pair,
  type Panel,
  panelOf,
  phoneShapeWidth,
  px,
  type Shapes,
  svgRoot,
} from "../../draw/svg.ts";
import { palette } from "../../draw/theme.ts";

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

/** Filled areas {value ≥ level} of a grid over the layout's window, as compact path strings. */
export function bands(
  layout: RegionLayout,
  value: (etaLambda: number, beta: number) => number,
  levels: readonly number[],
  nx = 97,
  ny = 34,
): { level: number; d: string }[] {
  const [x0, x1] = layout.x.domain;
  const [y0, y1] = layout.y.domain;
  const grid = new Array<number>(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      grid[j * nx + i] = value(x0 + ((x1 - x0) * i) / (nx - 1), y0 + ((y1 - y0) * j) / (ny - 1));
    }
  }
  const toX = (i: number) => layout.x(x0 + ((x1 - x0) * (i - 0.5)) / (nx - 1));
  const toY = (j: number) => layout.y(y0 + ((y1 - y0) * (j - 0.5)) / (ny - 1));
  return contours()
    .size([nx, ny])
    .thresholds(levels as number[])(grid)
    .map((g) => ({
      level: g.value,
      d: g.coordinates
        .flatMap((polygon) =>
          polygon.map((ring) => `M${ring.map(([i, j]) => `${px(toX(i))},${px(toY(j))}`).join("L")}Z`),
        )
        .join(""),
    }));
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

/** The name of a regime and the boundaries' labels, in the order they are placed. */
export interface RegionTextLabel extends Label {
  /** A regime's name (drawn larger and bold), or a boundary's label. */
  regime?: Regime;
}

/**
 * Where the map's labels go: each regime's name at the centre of its cells (as `regimeLabelPoints`)
 * or, if that spot is taken or leaves the plot, on the nearest cell of the regime that is free;
 * then GD's boundary label beside the top of its line and momentum's beside its line, at the first
 * height where they are clear. Nothing is placed over `avoid` (the points' labels) either. At the
 * natural size the first choice of each is free: the desktop map is drawn as it always was.
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
  taken.push({ left: x(gd), right: x(gd), top, bottom: y(0) });
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
    const near = (size: number) => (cells[r] ?? []).map(([c, d]) => at(x(c), y(d), size)).sort(byDistance);
    // 11 px only where 13 px finds no free spot (the oscillating sliver on a narrow phone).
    return placeLabel([first, ...near(13), ...near(11)], taken, box);
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

/** The static layers: bands of ρ, regime boundaries, the two stability lines, labels, axes. */
export function regionStatic(
  layout: RegionLayout,
  labels: RegionLabels,
  clipId: string,
  avoid: readonly Box[] = [],
): string {
  const { box, x, y } = layout;
  const [top, right] = [layout.y.domain[1], layout.x.domain[1]];
  const gd = momentumStabilityBound(0);
  const corner = momentumStabilityBound(top);
  const polygon = (points: readonly Pair[]) =>
    `M${points.map(([u, v]) => `${px(x(u))},${px(y(v))}`).join("L")}Z`;
  // Bands of ρ < 1, cut at the stability boundary (exact: a clip along ηλ = 2 + 2β, where ρ = 1,
  // rather than a step of the grid's values). At ηλ = 0 nothing moves: the slowest band.
  const rho = bands(layout, (el, b) => (el <= 0 ? 0.999 : spectralRadius(b, el / 4, 4)), rhoLevels);
  const stableId = `${clipId}-stable`;
  const stable = polygon([
    [0, 0],
    [gd, 0],
    [corner, top],
    [0, top],
  ]);
  const divergent = polygon([
    [gd, 0],
    [right, 0],
    [right, top],
    [corner, top],
  ]);
  const fills =
    `<g clip-path="url(#${esc(stableId)})">${rho.map(({ d }) => `<path d="${d}" fill="var(--ml-contour)" fill-opacity="0.15"/>`).join("")}</g>` +
    `<path d="${divergent}" fill="var(--ml-optimum)" fill-opacity="0.25"/>`;
  // The regimes' edges, where the eigenvalues turn complex: ηλ = (1 ∓ √β)² (denser near β = 0,
  // where both curves leave ηλ = 1 upright).
  const edgeBetas = Array.from({ length: 41 }, (_, k) => top * (k / 40) ** 2);
  const edges = [0, 1]
    .map((side) =>
      linePath(
        edgeBetas.map((b) => [ripplingBounds(b)[side], b] as Pair),
        x,
        y,
      ),
    )
    .join("");
  const betas = Array.from({ length: 34 }, (_, k) => (top * k) / 33);
  const bound = linePath(
    betas.map((b) => [momentumStabilityBound(b), b] as Pair),
    x,
    y,
  );
  const text = regionTextLabels(layout, labels, avoid)
    .map(
      (l) =>
        `<text x="${px(l.x)}" y="${px(l.y)}" text-anchor="${l.anchor}"${"regime" in l ? ` class="ml-regime"${l.size !== 13 ? ` font-size="${l.size}"` : ""}` : l.size !== 12 ? ` font-size="${l.size}"` : ""}>${esc(l.text)}</text>`,
    )
    .join("");
  return [
    `<defs>${clipRect(clipId, box)}<clipPath id="${esc(stableId)}"><path d="${stable}"/></clipPath></defs>`,
    `<g clip-path="url(#${esc(clipId)})" aria-hidden="true">${fills}`,
    `<path d="${edges}" fill="none" stroke="currentColor" stroke-opacity="0.35" stroke-dasharray="2 3"/>`,
    `<path d="${bound}" fill="none" stroke="var(--ml-optimum)" stroke-width="2"/>`,
    `<path d="M${px(x(gd))},${px(y(0))}V${px(y(gdTop))}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="6 4"/></g>`,
    `<g fill="currentColor" font-size="12" aria-hidden="true" paint-order="stroke" stroke="var(--sl-color-bg, white)" stroke-width="3">${text}</g>`,
    axes(box, x, y, { x: labels.x, y: labels.y }, { xTicks: 8, yTicks: 5 }),
  ].join("");
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

/** The setting's marks: a thin line along β and one labelled point per curvature. */
export function regionMarks(
  layout: RegionLayout,
  points: readonly Pair[],
  labels: readonly string[],
): string {
  const [first, last] = [points[0], points[points.length - 1]];
  const line = `<path class="ml-region-line" d="M${px(first[0])},${px(first[1])}H${px(last[0])}" stroke="currentColor" stroke-opacity="0.5"/>`;
  const dots = points
    .map(
      ([u, v], k) =>
        `<g class="ml-point" data-point="${k}" transform="translate(${px(u)},${px(v)})"><circle r="14" class="ml-handle-hit"/><circle r="6" fill="${palette[k % palette.length]}" stroke="currentColor" stroke-width="1.5"/><text x="${px(pointLabel(layout, [u, v], labels[k] ?? "").x - u)}" y="-10" text-anchor="middle" font-size="12" fill="currentColor">${esc(labels[k] ?? "")}</text></g>`,
    )
    .join("");
  return line + dots;
}

/** The whole figure (build time): static layers plus the setting's marks, whose labels they avoid. */
export function regionSvg(
  layout: RegionLayout,
  labels: RegionLabels,
  setting: { eta: number; beta: number; lambdas: readonly number[]; pointLabels: readonly string[] },
  id: string,
): string {
  const points = regionPoints(layout, setting.eta, setting.beta, setting.lambdas);
  const marks = regionMarks(layout, points, setting.pointLabels);
  const avoid = points.map((p, k) => labelBox(pointLabel(layout, p, setting.pointLabels[k] ?? "")));
  return svgRoot(
    layout.width,
    layout.height,
    labels.name,
    `${regionStatic(layout, labels, `${id}-clip`, avoid)}<g class="ml-marks">${marks}</g>`,
  );
}
