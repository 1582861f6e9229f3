/**
 * The live eigen-coordinates figure: two linked panels of one run, drawn with Plot as two facets
 * (src/live/plot.ts): the build's level sets stay until the angle or κ changes, and a redraw
 * re-plots the run alone. Dragging the start point in either panel moves it in both (x = Oᵀz).
 */

import type { Pair, Size } from "../../draw/svg.ts";
import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { RegionStrings } from "../../i18n/views.ts";
import { readJson, svgEl } from "../../live/controls.ts";
import { readoutList } from "../../live/param-figure.ts";
import { dataHandle, livePlotFigure, type PlotScales } from "../../live/plot.ts";
import { defaults, lastBy, numericSettings, sameValues } from "../../live/settings.ts";
import { eigenLayers, eigenScene, eigenWindow, fromEigen, type Side } from "./figure.ts";
import { type EigenStrings, eigenOptimal, eigenSpecs, eigenText } from "./model.ts";

const sides: Side[] = ["x", "z"];

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<EigenStrings>(element, "strings");
  const region = readJson<RegionStrings>(element, "region");
  if (!t || !region) return;
  const handles = sides.map((side) => {
    const handle = svgEl("g", {
      class: "ml-handle",
      "data-side": side,
      tabindex: 0,
      role: "slider",
      "aria-valuemin": -eigenWindow,
      "aria-valuemax": eigenWindow,
    });
    svgEl("circle", { r: 16, class: "ml-handle-hit" }, handle);
    svgEl("circle", { r: 7, class: "ml-handle-dot" }, handle);
    return { side, handle, title: side === "x" ? t.titleX : t.titleZ };
  });
  /** The scene of a setting, computed once for the layers and the words. */
  const sceneOf = lastBy((v: Parameters<typeof eigenScene>[0]) => JSON.stringify(v), eigenScene);
  const write = readoutList(element);
  const book = defaults(eigenSpecs);
  /** A panel's place: its facet's offset from the first panel's (side by side, or one above the other). */
  const offset = (scales: PlotScales, side: Side): [number, number] => [
    scales.facet(side)[0],
    scales.facet(undefined, side)[1],
  ];

  const live = livePlotFigure(element, {
    key: element.querySelector("figure")?.id ?? "",
    settings: numericSettings(eigenSpecs, book),
    presets: { optimal: eigenOptimal },
    layers: (v, size: Size | undefined) => eigenLayers(sceneOf(v), t, size),
    // The level sets and eigen-directions turn with the angle and stretch with κ.
    baseKey: (v) => `${v.angle},${v.kappa}`,
    liveKey: (v) => JSON.stringify(v),
    words: (v, scales) => {
      const s = sceneOf(v);
      for (const { side, handle, title } of handles) {
        const start = side === "x" ? s.x[0] : s.z[0];
        const [dx, dy] = offset(scales, side);
        handle.setAttribute(
          "transform",
          `translate(${(scales.x(start[0]) + dx).toFixed(1)},${(scales.y(start[1]) + dy).toFixed(1)})`,
        );
        const at = showPoint(start);
        handle.setAttribute("aria-valuetext", at);
        handle.setAttribute("aria-valuenow", String(tidy(start[0])));
        handle.setAttribute("aria-label", fill(t.start, { point: at, panel: title }));
      }
      return write(eigenText(v, s, t, region), !sameValues(v, book));
    },
  });
  if (!live) return;

  // The start point, in the panel's own coordinates.
  const startIn = (side: Side): Pair => {
    const v = live.get();
    return side === "x" ? [v.x1, v.x2] : sceneOf(v).z[0];
  };
  const moveTo = (side: Side, p: Pair) => {
    const x = side === "z" ? fromEigen(sceneOf(live.get()), p) : p;
    live.set({ ...live.get(), x1: x[0], x2: x[1] });
  };
  for (const { side, handle } of handles) {
    live.overlay.append(handle);
    dataHandle(live.overlay, handle, live.scales, {
      at: () => startIn(side),
      moveTo: (p) => moveTo(side, p),
      keyStep: [0.1, 0.1],
      shift: (scales) => offset(scales, side),
    });
  }
}
