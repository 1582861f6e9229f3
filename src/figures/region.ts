/**
 * The convergence region of momentum over (ηλ, β): the spectral radius ρ(R) (E12) as filled level
 * bands, the stability boundaries ηλ = 2 + 2β (momentum) and ηλ = 2 (gradient descent), the
 * regimes of the core's `regime`, and one point per curvature (ηλᵢ, β) for the current setting.
 * Pure: the build draws the whole SVG, the browser redraws only the points.
 */

import { contours } from "d3-contour";
import { momentumStabilityBound, type Regime, regime, spectralRadius } from "momentum-live/core";
import { axes, clipRect, esc, linePath, type Pair, type Panel, panelOf, px, svgRoot } from "./svg.ts";

export const regimes: readonly Regime[] = ["monotone", "rippling", "oscillating", "divergent"];

/** Levels of ρ whose bands are shaded (darker = slower); ρ ≥ 1 is the divergent region. */
export const rhoLevels = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95] as const;

/** x: ηλ → pixel, y: β → pixel. */
export type RegionLayout = Panel;

/** ηλ from 0 to 4.8 (η up to 1.2 on curvature 4), β from 0 to 0.99. */
export function regionLayout(width = 640, height = 300): RegionLayout {
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

/** Index of a regime in `regimes` (left to right across the map). */
const regimeIndex = (etaLambda: number, beta: number) => regimes.indexOf(regime(etaLambda, beta));

/** Where to print each regime's name: the centre of its cells on a grid, moved onto a cell of it. */
export function regimeLabelPoints(layout: RegionLayout): Record<Regime, Pair> {
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
  const out = {} as Record<Regime, Pair>;
  for (const r of regimes) {
    const list = cells[r] ?? [[x0, y0]];
    const c: Pair = [
      list.reduce((s, p) => s + p[0], 0) / list.length,
      list.reduce((s, p) => s + p[1], 0) / list.length,
    ];
    out[r] =
      regime(c[0], c[1]) === r
        ? c
        : list.reduce((best, p) =>
            Math.hypot(p[0] - c[0], p[1] - c[1]) < Math.hypot(best[0] - c[0], best[1] - c[1]) ? p : best,
          );
  }
  return out;
}

/** The static layers: bands of ρ, regime boundaries, the two stability lines, labels, axes. */
export function regionStatic(layout: RegionLayout, labels: RegionLabels, clipId: string): string {
  const { box, x, y } = layout;
  // Bands of ρ < 1 (at ηλ = 0 nothing moves: the slowest band; the core takes η > 0 only), then
  // the divergent region on its own, so it is not shaded as "slow".
  const rho = bands(
    layout,
    (el, b) => (el <= 0 ? 0.999 : regime(el, b) === "divergent" ? 0 : spectralRadius(b, el / 4, 4)),
    rhoLevels,
  );
  const divergent = bands(layout, (el, b) => (regime(el, b) === "divergent" ? 1 : 0), [0.5]);
  const fills =
    rho.map(({ d }) => `<path d="${d}" fill="var(--ml-series-2)" fill-opacity="0.15"/>`).join("") +
    divergent.map(({ d }) => `<path d="${d}" fill="var(--ml-optimum)" fill-opacity="0.25"/>`).join("");
  const edges = bands(layout, regimeIndex, [0.5, 1.5, 2.5])
    .map(({ d }) => d)
    .join("");
  const betas = Array.from({ length: 34 }, (_, k) => (0.99 * k) / 33);
  const bound = linePath(
    betas.map((b) => [momentumStabilityBound(b), b] as Pair),
    x,
    y,
  );
  const gd = momentumStabilityBound(0);
  const names = regimeLabelPoints(layout);
  const text = regimes
    .map((r) => {
      const [a, b] = names[r];
      const u = Math.min(box.right - 40, Math.max(box.left + 36, x(a)));
      return `<text x="${px(u)}" y="${px(y(b))}" text-anchor="middle" class="ml-regime">${esc(labels.regimes[r])}</text>`;
    })
    .join("");
  const top = 0.93;
  return [
    `<defs>${clipRect(clipId, box)}</defs>`,
    `<g clip-path="url(#${esc(clipId)})" aria-hidden="true">${fills}`,
    `<path d="${edges}" fill="none" stroke="currentColor" stroke-opacity="0.35" stroke-dasharray="2 3"/>`,
    `<path d="${bound}" fill="none" stroke="var(--ml-optimum)" stroke-width="2"/>`,
    `<path d="M${px(x(gd))},${px(y(0))}V${px(y(top))}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="6 4"/></g>`,
    `<g fill="currentColor" font-size="12" aria-hidden="true" paint-order="stroke" stroke="var(--sl-color-bg, white)" stroke-width="3">${text}`,
    `<text x="${px(x(gd) - 4)}" y="${px(y(top) + 12)}" text-anchor="end">${esc(labels.gdBound)}</text>`,
    `<text x="${px(x(momentumStabilityBound(0.45)) + 6)}" y="${px(y(0.45))}">${esc(labels.momentumBound)}</text></g>`,
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

/** The setting's marks: a thin line along β and one labelled point per curvature. */
export function regionMarks(points: readonly Pair[], labels: readonly string[]): string {
  const [first, last] = [points[0], points[points.length - 1]];
  const line = `<path class="ml-region-line" d="M${px(first[0])},${px(first[1])}H${px(last[0])}" stroke="currentColor" stroke-opacity="0.5"/>`;
  const dots = points
    .map(
      ([u, v], k) =>
        `<g class="ml-point" data-point="${k}" transform="translate(${px(u)},${px(v)})"><circle r="14" class="ml-handle-hit"/><circle r="6" fill="var(--ml-series-${k + 1})" stroke="currentColor" stroke-width="1.5"/><text y="-10" text-anchor="middle" font-size="12" fill="currentColor">${esc(labels[k] ?? "")}</text></g>`,
    )
    .join("");
  return line + dots;
}

/** The whole figure (build time): static layers plus the setting's marks. */
export function regionSvg(
  layout: RegionLayout,
  labels: RegionLabels,
  setting: { eta: number; beta: number; lambdas: readonly number[]; pointLabels: readonly string[] },
  id: string,
): string {
  const marks = regionMarks(
    regionPoints(layout, setting.eta, setting.beta, setting.lambdas),
    setting.pointLabels,
  );
  return svgRoot(
    layout.width,
    layout.height,
    labels.name,
    `${regionStatic(layout, labels, `${id}-clip`)}<g class="ml-marks">${marks}</g>`,
  );
}
