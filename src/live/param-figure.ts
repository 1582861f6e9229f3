/**
 * The island behind src/live/ParamFigure.astro: sliders and number inputs, presets,
 * the URL (`?<figure id>=lambda:4,eta:0.6,beta:0.5`, bad values clamped or ignored with a notice), one redraw
 * per frame, readouts, caption and live summary. The figure module supplies only `render`.
 */
import { announcer, bindNumeric, holdHeights, onFrame, urlText, urlWriter } from "./controls.ts";
import { clampValues, formatValues, parseValues, type Specs, type Values } from "./settings.ts";

/** What a figure shows for its values: it redraws its SVG and returns the text around it. */
export interface Rendered {
  lines: string[];
  /** A colour key per line (the CSS colour of its run in the figure), when lines stand for runs. */
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
  render(v: Values<K>): Rendered;
}

export interface ParamHandle<K extends string> {
  get(): Values<K>;
  set(next: Partial<Values<K>>): void;
}

/** Marks a readout line with its run's colour (a square before it, site.css), or unmarks it. */
function keyLine(item: HTMLElement, colour: string | null): void {
  item.classList.toggle("ml-keyed", colour !== null);
  if (colour === null) item.style.removeProperty("--ml-run");
  else item.style.setProperty("--ml-run", colour);
}

const same = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).every((k) => a[k] === b[k]);

export function runParamFigure<K extends string>(element: HTMLElement, fig: ParamFigure<K>): ParamHandle<K> {
  const key = element.querySelector("figure")?.id ?? "";
  const text = urlText(key);
  const linked = text === null ? null : parseValues(text, fig.initial, fig.specs);
  let values = linked?.values ?? fig.initial;
  const start = values;
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  const caption = element.querySelector<HTMLElement>("[data-state-caption]");
  const notice = element.querySelector<HTMLElement>("[data-notice]");
  const announce = announcer(element.querySelector<HTMLElement>("[data-summary]"));
  const writeUrl = urlWriter(key);

  function render(): void {
    const started = performance.now();
    const out = fig.render(values);
    // One item per line: a run switched off hides its item; one switched on gets it back.
    const list = element.querySelector("[data-readouts]");
    out.lines.forEach((line, k) => {
      if (!items[k] && list) items.push(list.appendChild(document.createElement("li")));
      items[k].textContent = line;
      items[k].hidden = false;
      keyLine(items[k], out.keys?.[k] ?? null);
    });
    for (const item of items.slice(out.lines.length)) {
      item.hidden = true;
      item.textContent = "";
    }
    if (caption) caption.textContent = out.caption;
    announce(out.summary);
    element.dataset.renderMs = (performance.now() - started).toFixed(2);
  }
  const redraw = onFrame(render);

  const sync = bindNumeric(element, fig.specs, (k, v) => set({ [k]: v } as Partial<Values<K>>));
  function set(next: Partial<Values<K>>): void {
    const clamped = clampValues({ ...values, ...next }, fig.specs);
    sync(clamped);
    if (same(clamped, values)) return;
    values = clamped;
    element.dataset.state = formatValues(values, fig.specs);
    writeUrl(same(values, fig.initial) ? null : formatValues(values, fig.specs));
    redraw();
  }
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-preset]"))) {
    button.addEventListener("click", () => {
      const preset = button.dataset.preset ?? "";
      set(preset === "reset" ? start : (fig.presets[preset]?.(values) ?? values));
    });
  }
  if (linked?.adjusted && notice) notice.hidden = false;
  sync(values);
  element.dataset.state = formatValues(values, fig.specs);
  render();
  const fieldset = element.querySelector<HTMLFieldSetElement>(".ml-controls");
  if (fieldset) fieldset.disabled = false;
  holdHeights(element);
  element.dataset.live = "ready";
  return { get: () => values, set };
}
