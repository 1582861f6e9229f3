/**
 * Where a figure's text goes: approximate label boxes (no DOM at build time, so widths are
 * estimated from the font size and the characters, on the generous side), overlap tests, the first
 * free spot among candidates, and a legend that flows in rows under a plot. Pure.
 */
import type { Box } from "./svg.ts";

/** A line of SVG text: its anchor point (x, baseline y), alignment and font size. */
export interface Label {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  size: number;
  /** Bold text is a little wider. */
  bold?: boolean;
}

/** Estimated advance of one character, in ems (DejaVu Sans's, one of the widest sans-serifs). */
function advance(c: string): number {
  if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c)) return 1;
  if (/[\s.,:;'|!()[\]ilj]/.test(c)) return 0.32;
  if (/[ₜ₋₀-₉⁰-⁹⁻]/.test(c)) return 0.45;
  if (/[rtf]/.test(c)) return 0.42;
  if (/[sc]/.test(c)) return 0.56;
  if (/[=+−×<>~^]/.test(c)) return 0.84;
  if (/[mwMW]/.test(c)) return 0.97;
  if (/[A-Z]/.test(c)) return 0.74;
  return 0.63;
}

/** Estimated width of `text` at `size` px (on the generous side for the site's fonts). */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const c of text) ems += advance(c);
  return ems * size * (bold ? 1.12 : 1);
}

/** The box a label covers: its estimated width, the font's full height (as SVG's getBBox). */
export function labelBox(l: Label): Box {
  const w = textWidth(l.text, l.size, l.bold);
  const left = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { left, right: left + w, top: l.y - 0.93 * l.size, bottom: l.y + 0.24 * l.size };
}

/** Whether two boxes share more than a sliver (`gap` px of air required between them). */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > -gap &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -gap
  );
}

/** Whether `inner` lies inside `outer` (to a hundredth of a pixel). */
export function inside(inner: Box, outer: Box): boolean {
  const e = 0.01;
  return (
    inner.left >= outer.left - e &&
    inner.right <= outer.right + e &&
    inner.top >= outer.top - e &&
    inner.bottom <= outer.bottom + e
  );
}

/** Area two boxes share (0 if they do not meet). */
function shared(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The candidate inside `within` that covers the least of `taken`, if any is inside. */
function leastCovered(candidates: readonly Label[], taken: readonly Box[], within: Box): Label | undefined {
  let best: Label | undefined;
  let least = Number.POSITIVE_INFINITY;
  for (const l of candidates) {
    const b = labelBox(l);
    if (!inside(b, within)) continue;
    const cover = taken.reduce((sum, t) => sum + shared(b, t), 0);
    if (cover < least) [best, least] = [l, cover];
  }
  return best;
}

/**
 * The first candidate that lies inside `within` and clear of every box in `taken` (whose box is
 * then added to `taken`). If none is free, the one inside `within` that covers least of `taken`
 * (the first candidate if none is inside), so a label is never dropped.
 */
export function placeLabel(candidates: readonly Label[], taken: Box[], within: Box): Label {
  const free = candidates.find((l) => {
    const b = labelBox(l);
    return inside(b, within) && !taken.some((t) => overlaps(b, t, 1));
  });
  const chosen = free ?? leastCovered(candidates, taken, within) ?? candidates[0];
  taken.push(labelBox(chosen));
  return chosen;
}

/** How far to move a label centred at `x` so that it stays between `left` and `right`. */
export function nudgeInto(l: Label, left: number, right: number): number {
  const b = labelBox(l);
  if (b.right - b.left > right - left) return 0;
  return b.left < left ? left - b.left : b.right > right ? right - b.right : 0;
}

/** A legend entry: a short line in the series' style, then its label. */
export interface LegendEntry {
  label: string;
  /** Attributes of the sample line (stroke, width, dash…), as markup. */
  stroke: string;
}

const swatch = 22;
const legendFont = 12;
const legendRow = 18;
const legendGap = 16;

const entryWidth = (e: { label: string }) => swatch + 6 + textWidth(e.label, legendFont);
const rowWidth = (row: readonly { label: string }[]) =>
  row.reduce((sum, e) => sum + entryWidth(e), 0) + legendGap * (row.length - 1);

/** Rows of legend entries flowing left to right within `width` px (at least one entry a row). */
export function legendRows<E extends { label: string }>(entries: readonly E[], width: number): E[][] {
  const rows: E[][] = [[]];
  for (const e of entries) {
    const row = rows[rows.length - 1];
    if (row.length && rowWidth([...row, e]) > width) rows.push([e]);
    else row.push(e);
  }
  return rows;
}

/** Height of a legend of `rows` rows. */
const legendHeight = (rows: number): number => rows * legendRow;

/** Side margin of a legend under a plot, and its first row's distance below the plot's frame. */
const underInset = 8;
const underDrop = 40;

/**
 * A legend under the plot of a figure `width` wide: how many rows it takes, and the height the plot
 * gives up for it (its rows and some air). Its entries' places: `legendUnderPlaces`.
 */
export function legendUnder(
  entries: readonly { label: string }[],
  width: number,
): { rows: number; room: number } {
  const rows = legendRows(entries, width - 2 * underInset).length;
  return { rows, room: legendHeight(rows) + 6 };
}

/** Where a legend entry goes: its sample line from (x, y), `legendSwatch` px long, then its label. */
export interface LegendPlace<E> {
  entry: E;
  x: number;
  y: number;
  label: Label;
}

/** Length of a legend's sample line (px). */
export const legendSwatch = swatch;

/** The places of the entries of a legend under a plot `width` wide whose frame ends at `plotBottom`. */
export function legendUnderPlaces<E extends { label: string }>(
  entries: readonly E[],
  width: number,
  plotBottom: number,
): LegendPlace<E>[] {
  return legendBelow(entries, underInset, plotBottom + underDrop, width - 2 * underInset);
}

/** A legend in rows under `top`, each row centred between `left` and `left + width`. */
function legendBelow<E extends { label: string }>(
  entries: readonly E[],
  left: number,
  top: number,
  width: number,
): LegendPlace<E>[] {
  const places: LegendPlace<E>[] = [];
  legendRows(entries, width).forEach((row, r) => {
    let u = left + Math.max(0, (width - rowWidth(row)) / 2);
    const v = top + legendRow * r + legendRow / 2;
    for (const entry of row) {
      const label: Label = {
        text: entry.label,
        x: u + swatch + 6,
        y: v + 0.32 * legendFont,
        anchor: "start",
        size: legendFont,
      };
      places.push({ entry, x: u, y: v, label });
      u = label.x + textWidth(entry.label, legendFont) + legendGap;
    }
  });
  return places;
}
