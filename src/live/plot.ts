/**
 * Observable Plot in the browser, for the figures drawn in layers (src/draw/layers.ts): the build's
 * SVG stays as the base layer (drawn again with Plot only at another size), and the live marks are
 * re-plotted with Plot in the same scales into an overlay laid over it, its own compositing layer:
 * a redraw plots a few lines and dots and repaints them, never the level sets under them. Plot comes
 * with the first island that imports this module, never with the page.
 */
import * as Plot from "@observablehq/plot";
import { labelPlot } from "../draw/a11y.ts";
import { type LayeredPlot, liveMarkClass } from "../draw/layers.ts";
import { svgEl } from "./controls.ts";

/** The scales the live marks were drawn in: data → SVG pixels, and back (dragging a point). */
export interface PlotScales {
  x(v: number): number;
  y(v: number): number;
  invert(px: number, py: number): [number, number];
}

export interface LivePlot {
  /** The overlay laid over the base: the live marks, and the figure's handles (append them). */
  readonly overlay: SVGSVGElement;
  /** Draws the base layer again (the figure at another size). */
  base(plot: LayeredPlot): void;
  /** Re-plots the live marks; returns the scales they were drawn in. */
  live(plot: LayeredPlot): PlotScales;
}

let nextId = 0;

/**
 * `fresh`'s children, with ids unique in the page: Plot numbers its clip paths from 1 in every
 * document, and the build's drawings in this page carry the build's numbers.
 */
function adoptable(fresh: Element): Element[] {
  const children = Array.from(fresh.children);
  for (const def of Array.from(fresh.querySelectorAll("[id]"))) {
    const old = def.id;
    def.id = `ml-plot-${++nextId}`;
    for (const user of Array.from(fresh.querySelectorAll(`[clip-path="url(#${old})"]`))) {
      user.setAttribute("clip-path", `url(#${def.id})`);
    }
  }
  return children;
}

/** The size and the inherited text style of a plot, given to the base SVG or the overlay. */
function sizeLike(target: SVGSVGElement, fresh: Element, style = ""): void {
  for (const name of ["width", "height", "viewBox", "font-family", "font-size", "text-anchor", "fill"]) {
    const value = fresh.getAttribute(name);
    if (value !== null) target.setAttribute(name, value);
  }
  target.setAttribute("style", `${fresh.getAttribute("style") ?? ""};${style}`);
}

/** The overlay is its own compositing layer: a redraw repaints the live marks, never the base. */
const ownLayer = "will-change: transform";

/**
 * Takes over the build's SVG in `container` (null when there is none): removes its live marks
 * (`liveMarkClass`) and lays an empty overlay over it. `name` is the figure's accessible name,
 * given again when the base is redrawn.
 */
export function livePlot(container: HTMLElement, name: string): LivePlot | null {
  const svg = container.querySelector<SVGSVGElement>(":scope > svg");
  if (!svg) return null;
  for (const g of Array.from(svg.querySelectorAll(`.${liveMarkClass}`))) g.remove();
  const overlay = svgEl("svg", { class: "ml-overlay" }, container);
  // The drawing is the base's (named, described by the figure's summary); the live marks are not read.
  const layer = svgEl("g", { "aria-hidden": "true" }, overlay);
  return {
    overlay,
    base(plot) {
      const fresh = Plot.plot({ ...plot.options, marks: plot.base }) as unknown as SVGSVGElement;
      labelPlot(fresh as never, name);
      sizeLike(svg, fresh);
      svg.replaceChildren(...adoptable(fresh));
      sizeLike(overlay, fresh, ownLayer);
    },
    live(plot) {
      const { options } = plot;
      const fresh = Plot.plot({
        ...options,
        x: { ...options.x, axis: null },
        y: { ...options.y, axis: null },
        marks: plot.live,
      });
      labelPlot(fresh as never, name);
      sizeLike(overlay, fresh as unknown as Element, ownLayer);
      layer.replaceChildren(...adoptable(fresh as unknown as Element));
      const x = fresh.scale("x");
      const y = fresh.scale("y");
      if (!x?.apply || !y?.apply || !x.invert || !y.invert)
        throw new Error("a layered plot needs x and y scales");
      const [ax, ay, ix, iy] = [x.apply, y.apply, x.invert, y.invert];
      return { x: (v) => ax(v), y: (v) => ay(v), invert: (px, py) => [ix(px), iy(py)] };
    },
  };
}
