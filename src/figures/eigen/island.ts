/**
 * The live eigen-coordinates figure: two linked panels of one run. Dragging the start point in
 * either panel moves it in both (x = Oᵀz), and every control redraws both trajectories.
 */

import type { Pair } from "../../draw/svg.ts";
import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { RegionStrings } from "../../i18n/views.ts";
import { draggable, readJson } from "../../live/controls.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { defaults } from "../../live/settings.ts";
import { type EigenScene, eigenLayers, eigenPanel, eigenScene, fromEigen, type Side } from "./figure.ts";
import { type EigenStrings, eigenOptimal, eigenSpecs, eigenText } from "./model.ts";

const sides: Side[] = ["x", "z"];
const layers = ["contours", "directions", "path", "dots"] as const;

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<EigenStrings>(element, "strings");
  const region = readJson<RegionStrings>(element, "region");
  if (!t || !region) return;
  const panel = eigenPanel();
  const panels = sides.map((side) => {
    const svg = element.querySelector<SVGSVGElement>(`svg[data-side="${side}"]`);
    return {
      side,
      svg,
      paths: layers.map((k) => svg?.querySelector(`[data-layer="${k}"]`) ?? null),
      start: svg?.querySelector<SVGGElement>('[data-layer="start"]') ?? null,
      title: side === "x" ? t.titleX : t.titleZ,
    };
  });
  let scene: EigenScene | null = null;

  const figure = runParamFigure(element, {
    specs: eigenSpecs,
    initial: defaults(eigenSpecs),
    presets: { optimal: eigenOptimal },
    render: (v) => {
      const s = eigenScene(v);
      scene = s;
      for (const p of panels) {
        const l = eigenLayers(s, panel, p.side);
        layers.forEach((k, i) => {
          p.paths[i]?.setAttribute("d", l[k]);
        });
        p.start?.setAttribute("transform", l.start);
        const at = showPoint(p.side === "x" ? s.x[0] : s.z[0]);
        p.start?.setAttribute("aria-valuetext", at);
        p.start?.setAttribute("aria-valuenow", String(tidy((p.side === "x" ? s.x[0] : s.z[0])[0])));
        p.start?.setAttribute("aria-label", fill(t.start, { point: at, panel: p.title }));
      }
      return eigenText(v, s, t, region);
    },
  });

  // The start point, in the panel's own coordinates.
  const startIn = (side: Side): Pair => {
    const v = figure.get();
    return side === "x" || !scene ? [v.x1, v.x2] : scene.z[0];
  };
  const moveTo = (side: Side, p: Pair) => {
    const x = side === "z" && scene ? fromEigen(scene, p) : p;
    figure.set({ x1: x[0], x2: x[1] });
  };
  for (const p of panels) {
    if (!p.svg || !p.start) continue;
    // It now holds a focusable point: a named group of controls, no longer a flat image.
    p.svg.setAttribute("role", "group");
    p.start.setAttribute("tabindex", "0");
    p.start.setAttribute("role", "slider");
    p.start.setAttribute("aria-valuemin", "-3");
    p.start.setAttribute("aria-valuemax", "3");
    draggable(
      p.svg,
      p.start,
      (u, w) => moveTo(p.side, [panel.x.invert(u), panel.y.invert(w)]),
      (dx, dy) => {
        const [a, b] = startIn(p.side);
        moveTo(p.side, [a + dx / 10, b + dy / 10]);
      },
    );
  }
}
