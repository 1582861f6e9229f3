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
import type { Size } from "../draw/svg.ts";
import { draggable, morph, svgEl } from "./controls.ts";
import { type Drawn, type LiveFigure, type LiveFigureOptions, liveFigure } from "./figure.ts";
import { fitWidth, shapesOf } from "./fit.ts";
import { lru } from "./settings.ts";

/** The scales the live marks were drawn in: data → SVG pixels, and back (dragging a point). */
export interface PlotScales {
  x(v: number): number;
  y(v: number): number;
  invert(px: number, py: number): [number, number];
  /**
   * Where the frame of the facet (fx, fy) lies from the first facet's, in pixels: add it to x() and
   * y(), take it off before invert(). [0, 0] for a plot without facets.
   */
  facet(fx?: unknown, fy?: unknown): [number, number];
}

export interface LivePlot {
  /** The overlay laid over the base: the live marks, and the figure's handles (append them). */
  readonly overlay: SVGSVGElement;
  /**
   * Draws the base layer again (the figure at another size); with `fixed` marks, the base alone
   * over them, and the fixed marks only when first split off or at another size.
   */
  base(plot: LayeredPlot): void;
  /** Re-plots the live marks; returns the scales they were drawn in. */
  live(plot: LayeredPlot): PlotScales;
  /**
   * Whether the base must be plotted afresh to show `key` at `size` (undefined: the natural size):
   * it shows another key or size than `draw` drew last (at first the build's drawing: `builtKey` at
   * the natural size), and none of the last few bases drawn was of that key and size. False: the
   * layers passed to `draw` need no base marks (so their data need not be computed).
   */
  stale(key: string, size: Size | undefined): boolean;
  /**
   * Shows the base for `key` at `size` (plotted from `plot.base` when stale, else as it was drawn
   * before for them), then the live marks; returns their scales.
   */
  draw(plot: LayeredPlot, key: string, size: Size | undefined, liveKey?: string): PlotScales;
  /**
   * With `liveKey` (what the live marks depend on besides the size, and so the base's key too) given
   * to `draw` or `ahead`, they are kept too: `again` shows the live marks for `liveKey` at `size` as
   * drawn before, over the base they were drawn with, and returns their scales; null (and nothing
   * drawn) when either was not drawn lately.
   */
  again(size: Size | undefined, liveKey: string): PlotScales | null;
  /**
   * Draws ahead (showing nothing) what `draw` would for `key`, `size` and `liveKey`, unless kept:
   * `layers(withBase)` gives its layers (`withBase` false: the base is kept or shown, its marks need
   * no data). `again` then shows it at once.
   */
  ahead(
    key: string,
    size: Size | undefined,
    liveKey: string,
    layers: (withBase: boolean) => LayeredPlot,
  ): void;
}

let nextId = 0;

/** A live layer's key (`liveKey`) for a draft or a full drawing of the same setting, which differ. */
export const draftKey = (key: string, draft: boolean): string => (draft ? `${key} draft` : key);

/** How many bases (by key and size), and live layers (by `liveKey`), a live plot keeps: a slider stepped back shows them again. */
const kept = 32;

/**
 * `fresh`'s children, its ids numbered under `prefix` (unique in the page: Plot numbers its clip
 * paths from 1 in every document, and the build's drawings in this page carry the build's numbers;
 * the same from one redraw to the next, so a redrawn layer's clip paths stay as they were). Without
 * Plot's `<style>`: the build's drawing has the same one, and a style sheet added to the page every
 * frame made the browser match the whole page's style rules again (most of a frame's style time).
 */
function adoptable(fresh: Element, prefix: string): Element[] {
  const children = Array.from(fresh.children).filter((child) => child.localName !== "style");
  Array.from(fresh.querySelectorAll("[id]")).forEach((def, k) => {
    const old = def.id;
    def.id = `${prefix}-${k}`;
    for (const user of Array.from(fresh.querySelectorAll(`[clip-path="url(#${old})"]`))) {
      user.setAttribute("clip-path", `url(#${def.id})`);
    }
  });
  return children;
}

/** The size and the inherited text style of a plot, given to the base SVG or the overlay. */
function sizeLike(target: SVGSVGElement, fresh: Element, style = ""): void {
  const set = (name: string, value: string) =>
    target.getAttribute(name) !== value && target.setAttribute(name, value);
  for (const name of ["width", "height", "viewBox", "font-family", "font-size", "text-anchor", "fill"]) {
    const value = fresh.getAttribute(name);
    if (value !== null) set(name, value);
  }
  set("style", `${fresh.getAttribute("style") ?? ""};${style}`);
}

/** The overlay is its own compositing layer: a redraw repaints the live marks, never the base. */
const ownLayer = "will-change: transform";

/** The options of a layer drawn without axes (those are the fixed layer's, or the base's). */
function axisless(options: LayeredPlot["options"]): LayeredPlot["options"] {
  const out: Record<string, unknown> = { ...options };
  for (const name of ["x", "y", "fx", "fy"] as const) {
    if (name === "x" || name === "y" || options[name]) out[name] = { ...options[name], axis: null };
  }
  return out as LayeredPlot["options"];
}

/** Shows `fresh`'s marks in `target` (a layer), its ids numbered under the layer's `prefix`. */
function showIn(target: Element, fresh: Element, prefix: string): void {
  morph(target, adoptable(fresh, prefix));
}

/**
 * Takes over the build's SVG in `container` (null when there is none): removes its live marks
 * (`liveMarkClass`) and lays an empty overlay over it. `name` is the figure's accessible name,
 * given again when the base is redrawn. The build drew it for `builtKey` at `builtSize` (undefined:
 * the natural size; src/live/fit.ts `fitWidth`, run first, says which drawing the container kept).
 * A figure with `fixed` marks has them in the build's SVG once its base is first drawn again, and its
 * base in an SVG of its own between that and the overlay.
 */
export function livePlot(
  container: HTMLElement,
  name: string,
  builtKey = "",
  builtSize?: Size,
): LivePlot | null {
  const svg = container.querySelector<SVGSVGElement>(":scope > svg");
  if (!svg) return null;
  let shown: { key: string; size: Size | undefined } = { key: builtKey, size: builtSize };
  /** The size the fixed marks were drawn at in the build's SVG (null: the build's SVG holds every layer). */
  let fixedAt: string | null = null;
  /** The base's own SVG, once split from the fixed marks. */
  let baseSvg: SVGSVGElement | null = null;
  for (const g of Array.from(svg.querySelectorAll(`.${liveMarkClass}`))) g.remove();
  const overlay = svgEl("svg", { class: "ml-overlay" }, container);
  // The drawing is the base's (named, described by the figure's summary); the live marks are not read.
  const layer = svgEl("g", { "aria-hidden": "true" }, overlay);
  // Each layer's ids: the build's SVG (the base, or the fixed marks), the base's own SVG, the overlay.
  const [builtIds, baseIds, liveIds] = [++nextId, ++nextId, ++nextId].map((n) => `ml-plot-${n}`);
  /**
   * How many layers were plotted with Plot to be shown (`data-plots`), and ahead
   * (`data-plots-ahead`), for the tests: a drawing kept is not plotted again.
   */
  const plots = { now: 0, ahead: 0 };
  let drawingAhead = false;
  const counted = () =>
    drawingAhead
      ? container.setAttribute("data-plots-ahead", String(++plots.ahead))
      : container.setAttribute("data-plots", String(++plots.now));
  /** The bases plotted lately, by key and size, as Plot drew them (a copy of one is shown again). */
  const plotted = lru<{ svg: SVGSVGElement; plot: LayeredPlot }>(kept);
  const cacheKey = (key: string, size: Size | undefined) => `${key}@${size?.width}×${size?.height}`;
  const showing = (key: string, size: Size | undefined) =>
    key === shown.key && size?.width === shown.size?.width && size?.height === shown.size?.height;
  /** Plots the base's marks (`fixed`: over the fixed marks, so without axes). */
  const plotBase = (plot: LayeredPlot): SVGSVGElement => {
    counted();
    const options = plot.fixed ? axisless(plot.options) : plot.options;
    const fresh = Plot.plot({ ...options, marks: plot.base }) as unknown as SVGSVGElement;
    if (!plot.fixed) labelPlot(fresh as never, name);
    return fresh;
  };
  /** Shows `fresh` (the base plotted by `plotBase`), and the fixed marks under it when first split off or at another size. */
  const showBase = (plot: LayeredPlot, fresh: SVGSVGElement): void => {
    const { options, fixed } = plot;
    if (!fixed) {
      sizeLike(svg, fresh);
      showIn(svg, fresh, builtIds);
      sizeLike(overlay, fresh, ownLayer);
      return;
    }
    const at = `${options.width}×${options.height}`;
    if (fixedAt !== at) {
      const marks = Plot.plot({ ...options, marks: fixed }) as unknown as SVGSVGElement;
      labelPlot(marks as never, name);
      sizeLike(svg, marks);
      showIn(svg, marks, builtIds);
      fixedAt = at;
    }
    baseSvg ??= container.insertBefore(
      svgEl("svg", { class: "ml-overlay", "aria-hidden": "true" }),
      overlay,
    ) as SVGSVGElement;
    sizeLike(baseSvg, fresh, ownLayer);
    showIn(baseSvg, fresh, baseIds);
    sizeLike(overlay, fresh, ownLayer);
  };
  const drawing: LivePlot = {
    overlay,
    stale: (key, size) => !showing(key, size) && plotted.get(cacheKey(key, size)) === undefined,
    draw(plot, key, size, liveKey) {
      if (!showing(key, size)) {
        const at = cacheKey(key, size);
        const before = plotted.get(at);
        const fresh = before?.svg ?? plotBase(plot);
        if (!before) plotted.set(at, { svg: fresh, plot });
        showBase(before?.plot ?? plot, fresh);
      }
      shown = { key, size };
      const [fresh, scales] = plotLive(plot);
      if (liveKey !== undefined) lives.set(cacheKey(liveKey, size), { fresh, scales, key });
      showLive(fresh);
      return scales;
    },
    again(size, liveKey) {
      const live = lives.get(cacheKey(liveKey, size));
      if (!live) return null;
      const before = showing(live.key, size) ? null : plotted.get(cacheKey(live.key, size));
      if (!before && !showing(live.key, size)) return null;
      if (before) showBase(before.plot, before.svg);
      shown = { key: live.key, size };
      showLive(live.fresh);
      return live.scales;
    },
    ahead(key, size, liveKey, layers) {
      const at = cacheKey(liveKey, size);
      const [withBase, withLive] = [drawing.stale(key, size), lives.get(at)?.key !== key];
      if (!withBase && !withLive) return;
      const plot = layers(withBase);
      drawingAhead = true;
      try {
        if (withBase) plotted.set(cacheKey(key, size), { svg: plotBase(plot), plot });
        if (withLive) {
          const [fresh, scales] = plotLive(plot);
          lives.set(at, { fresh, scales, key });
        }
      } finally {
        drawingAhead = false;
      }
    },
    base(plot) {
      showBase(plot, plotBase(plot));
    },
    live(plot) {
      const [fresh, scales] = plotLive(plot);
      showLive(fresh);
      return scales;
    },
  };
  /** The live marks lately plotted, by their key and size, with their scales. */
  const lives = lru<{ fresh: Element; scales: PlotScales; key: string }>(kept);
  const showLive = (fresh: Element) => {
    sizeLike(overlay, fresh, ownLayer);
    showIn(layer, fresh, liveIds);
  };
  const plotLive = (plot: LayeredPlot): [Element, PlotScales] => {
    counted();
    const fresh = Plot.plot({ ...axisless(plot.options), marks: plot.live });
    labelPlot(fresh as never, name);
    const x = fresh.scale("x");
    const y = fresh.scale("y");
    if (!x?.apply || !y?.apply || !x.invert || !y.invert)
      throw new Error("a layered plot needs x and y scales");
    const [ax, ay, ix, iy] = [x.apply, y.apply, x.invert, y.invert];
    // Plot translates each facet by its band's start less the first band's (where x and y begin).
    const band = (name: "fx" | "fy", key: unknown, start: number) => {
      const f = key === undefined ? undefined : fresh.scale(name)?.apply;
      return f ? f(key) - start : 0;
    };
    const [x0, y0] = [Math.min(...(x.range ?? [0])), Math.min(...(y.range ?? [0]))];
    return [
      fresh as unknown as Element,
      {
        x: (v) => ax(v),
        y: (v) => ay(v),
        invert: (px, py) => [ix(px), iy(py)],
        facet: (fx, fy) => [band("fx", fx, x0), band("fy", fy, y0)],
      },
    ];
  };
  return drawing;
}

/** A live figure drawn with Plot in layers (see `livePlotFigure`). */
export interface LivePlotFigureOptions<S> extends Omit<LiveFigureOptions<S>, "draw" | "keepBuild"> {
  /**
   * The figure's layers for `state` at `size` (undefined: its natural size). `withBase` false: only
   * the live marks will be drawn, so the base's data need not be computed. `draft` (with `drafts`):
   * a drawing mid-drag, drawn again in full once the input settles.
   */
  layers(state: S, size: Size | undefined, withBase: boolean, draft: boolean): LayeredPlot;
  /** What the base layer depends on (an axis's domain, say): it is drawn again when this changes. Default: nothing but the size. */
  baseKey?(state: S): string;
  /**
   * What the live marks depend on besides the size (the whole state, say), to keep the last few
   * drawings: showing one of them again (a slider stepped back) re-plots nothing and skips `layers`,
   * so give it only when `words` needs nothing `layers` computed. With it the settings a reader
   * is likely to ask for next are drawn ahead in the background (src/live/figure.ts `ahead`). Default:
   * the live marks are re-plotted every time.
   */
  liveKey?(state: S): string;
  /** The words around the drawing (readouts, caption, summary), and anything placed with the scales (a handle). */
  words(state: S, scales: PlotScales, draft: boolean): Drawn;
}

export interface LivePlotFigure<S> extends LiveFigure<S> {
  /** The overlay laid over the base (for handles). */
  readonly overlay: SVGSVGElement;
  /** The scales of the last drawing (null before the first). */
  scales(): PlotScales | null;
}

/**
 * The kit (src/live/figure.ts) for a figure drawn with Plot in layers: the build's drawing stays as
 * the base until the size or the base's key changes, and each redraw re-plots only the live marks.
 * Null when the figure has no drawing to take over.
 */
export function livePlotFigure<S>(
  element: HTMLElement,
  options: LivePlotFigureOptions<S>,
): LivePlotFigure<S> | null {
  const container = element.querySelector<HTMLElement>(".figure-plot");
  const name = container?.querySelector("svg")?.getAttribute("aria-label") ?? "";
  const shapes = container && shapesOf(container);
  const { layers, baseKey = () => "", words } = options;
  if (!container || !shapes) return null;
  const size = fitWidth(container, shapes, () => figure.redraw());
  // The build's drawing is of the book's setting, at the size of the shape kept.
  const plot = livePlot(container, name, baseKey(options.settings.book), size.built);
  if (!plot) return null;
  let scales: PlotScales | null = null;
  const liveKey = (state: S, draft: boolean) => options.liveKey && draftKey(options.liveKey(state), draft);
  const figure = liveFigure(element, {
    ...options,
    draw: (state, draft) => {
      const [now, key] = [size(), baseKey(state)];
      const at = liveKey(state, draft);
      scales =
        (at !== undefined && plot.again(now, at)) ||
        plot.draw(layers(state, now, plot.stale(key, now), draft), key, now, at);
      return words(state, scales, draft);
    },
    ahead: options.liveKey
      ? (state, draft) => {
          const now = size();
          plot.ahead(baseKey(state), now, liveKey(state, draft) as string, (withBase) =>
            layers(state, now, withBase, draft),
          );
        }
      : undefined,
  });
  return { ...figure, overlay: plot.overlay, scales: () => scales };
}

/** A point a handle moves, in the data's coordinates (src/live/controls.ts `draggable`). */
export interface DataPoint {
  at(): readonly [number, number];
  moveTo(p: [number, number]): void;
  /** Data units an arrow key moves it (ten times that with Shift), in x and y. */
  keyStep: [number, number];
  /** The offset of the handle's panel from the first panel's, for a plot with facets. */
  shift?(scales: PlotScales): [number, number];
}

/**
 * Makes `handle` (in a live plot's overlay) move a point: dragged, to the data point under the
 * pointer in the last drawing's scales; focused, with the arrow keys.
 */
export function dataHandle(
  overlay: SVGSVGElement,
  handle: SVGElement,
  scales: () => PlotScales | null,
  point: DataPoint,
): void {
  draggable(
    overlay,
    handle,
    (px, py) => {
      const s = scales();
      if (!s) return;
      const [dx, dy] = point.shift?.(s) ?? [0, 0];
      point.moveTo(s.invert(px - dx, py - dy));
    },
    (dx, dy) => {
      const [a, b] = point.at();
      point.moveTo([a + dx * point.keyStep[0], b + dy * point.keyStep[1]]);
    },
  );
}
