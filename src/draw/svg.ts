/**
 * Pixel geometry shared by the figures, which Plot draws (src/draw/layers.ts): linear and log
 * scales for placing labels in pixels, tick text, plot boxes and their phone shapes, one-decimal
 * coordinates. Pure; the build and the browser use the same functions.
 */

export type Pair = readonly [number, number];

/** A linear or log scale from data to pixels. */
export interface Scale {
  (v: number): number;
  readonly domain: Pair;
  readonly range: Pair;
  readonly type: "linear" | "log";
  invert(px: number): number;
  ticks(count?: number): number[];
}

/** Ticks at 1, 2 or 5 × 10^k covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  // Each tick a whole multiple of the step (summing steps drifts: 0 came out as −1.7e−18).
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
    out.push(Number((k * step).toPrecision(12)));
  }
  return out;
}

export function scale(domain: Pair, range: Pair, type: "linear" | "log" = "linear"): Scale {
  const f = type === "log" ? Math.log10 : (v: number) => v;
  const [d0, d1] = [f(domain[0]), f(domain[1])];
  const k = (range[1] - range[0]) / (d1 - d0);
  const s = ((v: number) => range[0] + (f(v) - d0) * k) as Scale;
  return Object.assign(s, {
    domain,
    range,
    type,
    invert: (px: number) => {
      const v = d0 + (px - range[0]) / k;
      return type === "log" ? 10 ** v : v;
    },
    ticks: (count = 5) => {
      if (type === "linear") return niceTicks(domain[0], domain[1], count);
      const out: number[] = [];
      const every = Math.max(1, Math.ceil((Math.ceil(d1) - Math.floor(d0)) / count));
      for (let e = Math.ceil(d0 - 1e-9); e <= d1 + 1e-9; e += every) out.push(10 ** e);
      return out;
    },
  });
}

/** A tick label: plain decimals (0.5, 2), powers of ten as 10⁻³. */
export function tickText(v: number, type: "linear" | "log" = "linear"): string {
  if (type === "log") {
    const e = Math.round(Math.log10(v));
    if (e >= -3 && e <= 3) return String(Number((10 ** e).toPrecision(1)));
    const sup = String(e).replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);
    return `10${sup}`;
  }
  return plainNumber(v);
}

/** A number with at most `precision` significant digits and no trailing zeros, Unicode minus. */
export function plainNumber(v: number, precision = 6): string {
  return String(Number(v.toPrecision(precision))).replace(/-/g, "\u2212");
}

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A pixel coordinate with one decimal (small markup, no visible difference). */
export const px = (v: number): string => String(Math.round(v * 10) / 10);

/** Pixel box of a panel. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A panel: its SVG size, the plot box inside it and the scales onto that box. */
export interface Panel {
  width: number;
  height: number;
  box: Box;
  x: Scale;
  y: Scale;
}

/** The panel whose box is `box`, with x over `xDomain` and y over `yDomain` (upwards). */
export function panelOf(
  width: number,
  height: number,
  box: Box,
  xDomain: Pair,
  yDomain: Pair,
  yType: "linear" | "log" = "linear",
): Panel {
  return {
    width,
    height,
    box,
    x: scale(xDomain, [box.left, box.right]),
    y: scale(yDomain, [box.bottom, box.top], yType),
  };
}

/** The size a figure is drawn at, in CSS pixels (the SVG's user units). */
export interface Size {
  width: number;
  height: number;
}

/** Boxes laid out for a figure's natural size, moved onto the size it is drawn at. */
export interface Fitted {
  width: number;
  height: number;
  boxes: Box[];
  /** How many ticks to ask for on an axis that asked for `n` at the natural size. */
  ticks(n: number, axis: "x" | "y"): number;
}

/**
 * Lays out boxes drawn for the `natural` size on `size` (default: the natural size): the margins,
 * where tick labels and axis names sit, keep their pixels and the plot areas take what is left;
 * boxes stacked one above another share the height that is left in proportion. So a figure drawn
 * narrower on a phone keeps its text at its size instead of being scaled down with the picture.
 */
export function fitBoxes(natural: Size, size: Size | undefined, boxes: readonly Box[]): Fitted {
  const { width, height } = size ?? natural;
  const dx = width - natural.width;
  const plotHeight = boxes.reduce((s, b) => s + (b.bottom - b.top), 0);
  const ky = Math.max(0.2, (plotHeight + height - natural.height) / plotHeight);
  const plotWidth = Math.max(...boxes.map((b) => b.right - b.left));
  const kx = Math.max(0.2, (plotWidth + dx) / plotWidth);
  const order = boxes.map((_, k) => k).sort((a, b) => boxes[a].top - boxes[b].top);
  const fitted: Box[] = [];
  let shift = 0;
  for (const k of order) {
    const b = boxes[k];
    const top = b.top + shift;
    const bottom = top + (b.bottom - b.top) * ky;
    shift = bottom - b.bottom;
    fitted[k] = { left: b.left, top, right: b.right + dx, bottom };
  }
  return {
    width,
    height,
    boxes: fitted,
    ticks: (n, axis) => (size ? Math.max(3, Math.round(n * (axis === "x" ? kx : ky))) : n),
  };
}

/**
 * A figure's shapes: its natural size (a desktop column) and, for a figure laid out anew on
 * phones, the phone shape: a taller aspect with room for labels and a legend under the plot.
 * The figure's module is the one place that decides both: the build draws both (`shapedSvgs`) and
 * a live figure redraws at its container's width in the shape that applies (src/live/fit.ts).
 */
export interface Shapes {
  natural: Size;
  /** Drawn at this size by the build; live, at the container's width with this aspect. */
  phone?: Size;
}

/**
 * Containers narrower than this (CSS px) show a figure's phone shape. The container query in
 * src/styles/figures.css, `@container (width < 480px)`, is the same number (a unit test checks).
 */
export const phoneWidth = 480;

/**
 * The width the build draws a figure's phone shape at: the content column of a 390 px screen, the
 * commonest phone width. A live figure keeps this drawing in columns up to 13/12 as wide (src/live/fit.ts).
 */
export const phoneShapeWidth = 358;

/** Whether a figure drawn at `size` is laid out for a phone (undefined: the natural size). */
export const onPhone = (size: Size | undefined): boolean => size !== undefined && size.width < phoneWidth;

/**
 * The build's markup of a figure: its natural drawing and, if it has a phone shape, the phone
 * drawing after it (`data-shape` on each; src/styles/figures.css shows the one that fits the container, so the
 * page without JavaScript is right at any width and the box never changes when the figure wakes).
 * `draw` gets the size and a suffix for ids (clip paths) that must differ between the two.
 */
export function shapedSvgs(
  shapes: Shapes,
  draw: (size: Size | undefined, idSuffix: string) => string,
): string {
  if (!shapes.phone) return draw(undefined, "");
  // The root element: an <svg>, or the <figure> Plot wraps a chart with a legend in.
  const mark = (markup: string, shape: string) =>
    markup.replace(/^<(svg|figure)\b/, (tag) => `${tag} data-shape="${shape}"`);
  return mark(draw(undefined, ""), "wide") + mark(draw(shapes.phone, "-phone"), "phone");
}
