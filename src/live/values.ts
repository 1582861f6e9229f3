/**
 * DOM helpers shared by the basics and experiments islands: settings in the URL, live values bound
 * to the sliders and number inputs (controls.ts), a figure redrawn from a pure figure function's
 * SVG markup. Loaded only with an island (never at page load).
 */
import {
  announcer,
  bindNumeric,
  captionWriter,
  holdHeights,
  urlWriter as textUrlWriter,
  urlText,
} from "./controls.ts";
import {
  clampValues,
  formatValues,
  type ParsedValues,
  parseValues,
  type Ranges,
  sameValues,
  type Values,
} from "./settings.ts";

/** The figure's settings from the URL (`?key=…`), or null when the link has none. */
export function readUrl<K extends string>(
  key: string,
  base: Values<K>,
  ranges: Ranges<K>,
): ParsedValues<K> | null {
  const text = urlText(key);
  return text === null ? null : parseValues(text, base, ranges);
}

/** A debounced writer of the settings into the URL (removed when they equal `book`). */
export function urlWriter<K extends string>(key: string, book: Values<K>, ranges: Ranges<K>) {
  const write = textUrlWriter(key);
  return (values: Values<K>) => write(sameValues(values, book) ? null : formatValues(values, ranges));
}

/**
 * Live settings: clamped values, controls kept in sync, the URL updated, `render` called on change.
 * Returns the setter and the starting values (book values, or the link's, with the notice shown
 * when the link had to be adjusted).
 */
export function liveValues<K extends string>(
  element: HTMLElement,
  options: { key: string; book: Values<K>; ranges: Ranges<K>; url?: boolean },
  render: (values: Values<K>) => void,
) {
  const { key, book, ranges } = options;
  const linked = options.url === false ? null : readUrl(key, book, ranges);
  let values = linked?.values ?? book;
  const initial = values;
  const write = options.url === false ? () => {} : urlWriter(key, book, ranges);
  const sync = bindNumeric(element, ranges, (k, v) => set({ ...values, [k]: v }));
  function set(next: Values<K>): void {
    const clamped = clampValues(next, ranges);
    const changed = !sameValues(clamped, values);
    values = clamped;
    sync(values);
    if (!changed) return;
    render(values);
    write(values);
  }
  const notice = element.querySelector<HTMLElement>("[data-notice]");
  if (linked?.adjusted && notice) notice.hidden = false;
  sync(values);
  return { set, get: () => values, initial };
}

/** Puts a figure function's SVG markup in place of the current one (same size: nothing jumps). */
export function redraw(plot: HTMLElement, svg: string): void {
  plot.innerHTML = svg;
}

/** Enables the controls and marks the island awake. */
export function ready(element: HTMLElement): void {
  const fieldset = element.querySelector<HTMLFieldSetElement>(".ml-controls");
  if (fieldset) fieldset.disabled = false;
  holdHeights(element);
  element.dataset.live = "ready";
}

/** What every basics island reads from its element: strings, plot container, caption, live region. */
export function islandParts<T>(element: HTMLElement) {
  const t = JSON.parse(element.dataset.strings ?? "null") as T | null;
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  const caption = captionWriter(element);
  const say = announcer(element.querySelector<HTMLElement>("[data-summary]"));
  return { t, plot, caption, say };
}
