/**
 * The island behind src/live/ParamFigure.astro: the kit (figure.ts) for a figure of numeric
 * settings whose readouts are a list of lines (scalar rates, eigen-coordinates, playground, loss
 * curves). The figure module supplies only `render`.
 */
import { writeText } from "./controls.ts";
import { type Drawn, liveFigure } from "./figure.ts";
import { type LivePlotFigureOptions, livePlotFigure, type PlotScales } from "./plot.ts";
import { numericSettings, type Specs, sameValues, type Values } from "./settings.ts";

/** What a figure shows for its values: it redraws its SVG and returns the text around it. */
export interface Rendered {
  lines: string[];
  /**
   * A key per line, when lines stand for runs: the inline style of its key (src/draw/theme.ts
   * `keyStyle`: its run's colour, and its line's width in a stack of runs).
   */
  keys?: (string | null)[];
  caption: string;
  summary: string;
}

export interface ParamFigure<K extends string> {
  specs: Specs<K>;
  /** The build's values (the "Book" setting). */
  initial: Values<K>;
  /** Presets other than "reset" (back to the link's values): values from the current ones. */
  presets: Record<string, (v: Values<K>) => Values<K>>;
  /**
   * Redraws the figure (unless `plot` draws it) and returns the text around it. With `plot`, the
   * kit has re-plotted the live marks first, and `scales` are theirs. `draft`: see `drafts`.
   */
  render(v: Values<K>, scales: PlotScales | undefined, draft: boolean): Rendered;
  /** The figure drawn with Plot in layers (src/live/plot.ts `livePlotFigure`), instead of by `render`. */
  plot?: Pick<LivePlotFigureOptions<Values<K>>, "layers" | "baseKey" | "liveKey">;
  /** Drafts mid-drag, drawn again in full once the input settles (src/live/figure.ts `drafts`). */
  drafts?: boolean;
  /** Without `plot`: draws values ahead in the background, showing nothing (src/live/figure.ts `ahead`). */
  ahead?(v: Values<K>, draft: boolean): void;
}

export interface ParamHandle<K extends string> {
  get(): Values<K>;
  set(next: Partial<Values<K>>): void;
  /** Draws the current values again at the next frame (e.g. at a new width). */
  redraw(): void;
}

/** Marks a readout line with its run's key (a square or a stroke before it, src/styles/figures.css), or unmarks it. */
function keyLine(item: HTMLElement, key: string | null): void {
  item.classList.toggle("ml-keyed", key !== null);
  if (key === null) item.removeAttribute("style");
  else if (item.getAttribute("style") !== key) item.setAttribute("style", key);
}

/**
 * The writer of a figure's readout list (`[data-readouts] > li`, ParamFigure.astro): one item a
 * line, hidden when not in use, keyed with its run's colour; returns the kit's words.
 */
export function readoutList(element: HTMLElement): (out: Rendered, changed: boolean) => Drawn {
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  const list = element.querySelector("[data-readouts]");
  return (out, changed) => {
    // One item per line: a run switched off hides its item; one switched on gets it back.
    out.lines.forEach((line, k) => {
      if (!items[k] && list) items.push(list.appendChild(document.createElement("li")));
      writeText(items[k], line);
      if (items[k].hidden) items[k].hidden = false;
      keyLine(items[k], out.keys?.[k] ?? null);
    });
    for (const item of items.slice(out.lines.length)) {
      if (!item.hidden) item.hidden = true;
      writeText(item, "");
    }
    return { caption: { text: out.caption, changed }, summary: out.summary };
  };
}

/** The kit (figure.ts) with a list of readout lines: one `<li>` a line, hidden when not in use. */
export function runParamFigure<K extends string>(element: HTMLElement, fig: ParamFigure<K>): ParamHandle<K> {
  const options = {
    key: element.querySelector("figure")?.id ?? "",
    settings: numericSettings(fig.specs, fig.initial),
    presets: fig.presets,
    drafts: fig.drafts,
  };
  const write = readoutList(element);
  const words = (values: Values<K>, scales: PlotScales | undefined, draft: boolean) =>
    write(fig.render(values, scales, draft), !sameValues(values, fig.initial));
  const figure =
    (fig.plot && livePlotFigure(element, { ...options, ...fig.plot, words })) ??
    liveFigure(element, {
      ...options,
      draw: (values, draft) => words(values, undefined, draft),
      ahead: fig.ahead,
    });
  return {
    get: figure.get,
    set: (next) => figure.set({ ...figure.get(), ...next }),
    redraw: figure.redraw,
  };
}
