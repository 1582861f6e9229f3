/**
 * The loss curve of the practical experiments: recorded full-data losses over epochs, the
 * least-squares optimum as a labelled dashed line and, optionally, faint comparison curves with a
 * legend, a fixed vertical window (the book zooms in on the end of training) and a mark where a run
 * diverged. Used by "bring your own data" and the live loss figure. Plain SVG markup (svg.ts), the
 * same function at build time and in the browser.
 */
import { type LegendEntry, legendUnder, legendUnderMarkup } from "../../draw/labels.ts";
import {
  axes,
  type Box,
  clipRect,
  esc,
  fitBoxes,
  linePath,
  onPhone,
  type Pair,
  phoneShapeWidth,
  px,
  type Shapes,
  type Size,
  scale,
  svgRoot,
} from "../../draw/svg.ts";
import { palette } from "../../draw/theme.ts";

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

export function lossCurveSvg(o: LossCurveOptions, name: string, description = ""): string {
  let [lo, hi] = o.window ?? fitted(o);
  const frame = fitBoxes(lossNatural, o.size, [naturalBox]);
  const { width, height } = frame;
  const ghosts = o.ghosts ?? [];
  const entries: (LegendEntry & { dx?: number })[] =
    ghosts.length && o.labels.run
      ? [
          { label: o.labels.run, stroke: `stroke="${palette[0]}" stroke-width="2.25"` },
          ...ghosts.map((g, k) => {
            const s = ghostStyles[k % ghostStyles.length];
            return {
              label: g.label,
              stroke: `stroke="${s.colour}" stroke-width="1.5" stroke-opacity="0.7" stroke-dasharray="${s.dash}"`,
            };
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
  const x = scale([0, o.epochs], [box.left, box.right]);
  const y = scale([lo, hi], [box.bottom, box.top]);
  // Far outside the window a value only needs to leave it: keep coordinates small for the renderer.
  const span = hi - lo;
  const yIn = (v: number) => y(Math.min(hi + 1e3 * span, Math.max(lo - 1e3 * span, v)));
  const clip = o.window && o.id ? `${o.id}-clip` : null;
  const clipped = clip ? ` clip-path="url(#${esc(clip)})"` : "";
  let body = clip ? `<defs>${clipRect(clip, box)}</defs>` : "";
  body += axes(
    box,
    x,
    y,
    { x: o.labels.epoch, y: o.labels.loss },
    {
      grid: true,
      yTicks: frame.ticks(5, "y"),
      xTicks: frame.ticks(6, "x"),
    },
  );
  if (o.optimum !== null) {
    const v = px(y(o.optimum));
    // The label goes under the line when there is room (the curves run above it), else over it.
    const dy = y(o.optimum) + 18 < box.bottom ? "15" : "-6";
    body +=
      `<g class="ml-loss-optimum"><path d="M${px(box.left)},${v}H${px(box.right)}" stroke="var(--ml-optimum)" stroke-dasharray="5 4" fill="none"/>` +
      `<text x="${px(box.right - 4)}" y="${v}" dy="${dy}" text-anchor="end" fill="currentColor" font-size="12">${esc(o.labels.optimum)}</text></g>`;
  }
  if (ghosts.length) {
    body += `<g class="ml-loss-ghosts" fill="none" stroke-width="1.5" stroke-opacity="0.7"${clipped}>`;
    ghosts.forEach((g, k) => {
      const s = ghostStyles[k % ghostStyles.length];
      body += `<path data-ghost="${k}" d="${linePath(g.losses, x, yIn)}" stroke="${s.colour}" stroke-dasharray="${s.dash}"/>`;
    });
    body += "</g>";
  }
  if (o.divergedAt !== undefined && o.divergedAt !== null) {
    const u = px(x(o.divergedAt));
    body +=
      `<g class="ml-loss-diverged"><path d="M${u},${px(box.top)}V${px(box.bottom)}" stroke="var(--ml-optimum)" stroke-width="1.5" stroke-dasharray="3 3" fill="none"/>` +
      `<text x="${u}" y="${px(box.top + 14)}" dx="5" fill="currentColor" font-size="12">${esc(o.labels.diverged ?? "")}</text></g>`;
  }
  body += `<path class="ml-loss-line" d="${linePath(o.losses, x, yIn)}" stroke="${palette[0]}" stroke-width="${ghosts.length ? 2.25 : 1.75}" fill="none"${clipped}/>`;
  if (o.window) {
    // Losses above the window: a small triangle at the top edge, so a run that leaves it stays visible.
    const above = o.losses
      .filter((p) => p[1] > hi && Number.isFinite(x(p[0])))
      .map((p) => `M${px(x(p[0]))},${px(box.top + 1)}l4.5,8h-9z`)
      .join("");
    if (above) body += `<path class="ml-loss-above" d="${above}" fill="${palette[0]}"/>`;
  }
  if (below) {
    const legend = legendUnderMarkup(entries, width, box.bottom);
    body += `<g class="ml-loss-legend" font-size="12" fill="currentColor" aria-hidden="true">${legend}</g>`;
  } else if (entries.length) {
    body += `<g class="ml-loss-legend" font-size="12" aria-hidden="true">`;
    entries.forEach((e, k) => {
      body +=
        `<g transform="translate(${px(box.right - 168)},${px(box.top + 16 + 18 * k)})"><path d="M0,0h26" ${e.stroke}/>` +
        `<text x="32" dy="0.32em" fill="currentColor" paint-order="stroke" stroke="var(--sl-color-bg, white)" stroke-width="3">${esc(e.label)}</text></g>`;
    });
    body += "</g>";
  }
  return svgRoot(width, height, name, body, description ? { "aria-description": description } : {});
}
