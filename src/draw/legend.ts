/**
 * A legend drawn inside a Plot figure with Plot marks (a sample line and a label per series), at
 * pixel places (labels.ts): a column at the plot's top right, or rows under its x axis on a phone.
 * The places become data coordinates through Plot's own scales over the figure's frame, so the
 * legend's marks sit in the base layer like any other (src/draw/layers.ts).
 */
import type { Markish } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { type LegendPlace, legendSwatch, legendUnderPlaces } from "./labels.ts";
import type { LayeredPlot } from "./layers.ts";

/** A series in a legend: its label and the style of its line. */
export interface KeyEntry {
  label: string;
  stroke: string;
  dash?: string;
  opacity?: number;
}

type Frame = LayeredPlot["options"];

/** Rows a column legend steps down, and how far its column starts left of the frame's right edge. */
const row = 18;
const column = 150;

/** A column of entries at the frame's top right (inside the plot, over the curves on a halo). */
function columnPlaces(entries: readonly KeyEntry[], o: Frame): LegendPlace<KeyEntry>[] {
  const x = o.width - o.marginRight - column;
  return entries.map((entry, k) => {
    const y = o.marginTop + 14 + row * k;
    return {
      entry,
      x,
      y,
      label: { text: entry.label, x: x + legendSwatch + 6, y, anchor: "start", size: 12 },
    };
  });
}

/**
 * The legend's marks for the figure laid out by `o`: `under` puts the rows under the x axis (the
 * figure's bottom margin must hold them: labels.ts `legendUnder`), else a column at the top right.
 * `extra` goes to every mark (`className: liveMarkClass` for a legend drawn over live curves).
 */
export function legendMarks(
  entries: readonly KeyEntry[],
  o: Frame,
  under: boolean,
  extra: { className?: string } = {},
): Markish[] {
  const x = Plot.scale({
    x: { type: o.x?.type, domain: o.x?.domain, range: [o.marginLeft, o.width - o.marginRight] },
  });
  const y = Plot.scale({
    y: { type: o.y?.type, domain: o.y?.domain, range: [o.height - o.marginBottom, o.marginTop] },
  });
  const at = (u: number) => x.invert?.(u) as number;
  const level = (v: number) => y.invert?.(v) as number;
  const places = under
    ? legendUnderPlaces(entries, o.width, o.height - o.marginBottom)
    : columnPlaces(entries, o);
  const halo = { stroke: "var(--sl-color-bg, white)", strokeWidth: 3, paintOrder: "stroke" } as const;
  return [
    ...places.map(({ entry, x: u, y: v }) =>
      Plot.ruleY([level(v)], {
        x1: at(u),
        x2: at(u + legendSwatch),
        stroke: entry.stroke,
        strokeWidth: 2,
        ...(entry.dash ? { strokeDasharray: entry.dash } : {}),
        ...(entry.opacity !== undefined ? { strokeOpacity: entry.opacity } : {}),
        ariaHidden: "true",
        ...extra,
      }),
    ),
    Plot.text(places, {
      x: (p: LegendPlace<KeyEntry>) => at(p.label.x),
      y: (p: LegendPlace<KeyEntry>) => level(p.y),
      text: (p: LegendPlace<KeyEntry>) => p.entry.label,
      textAnchor: "start",
      fontSize: 12,
      fill: "currentColor",
      ...halo,
      ariaHidden: "true",
      ...extra,
    }),
  ];
}
