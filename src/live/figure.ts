/**
 * The one runner of every live figure: controls → state → redraw → URL.
 *
 * A figure brings a pure `Settings` model (its book setting, clamping, the link's text) and a
 * `draw` function; the kit reads the link (showing the notice when it had to adjust it), binds the
 * sliders and number boxes of its numeric settings, keeps one state, draws it once per animation
 * frame however many inputs arrive, writes the state to `data-state` and (after the input settles)
 * to the URL, fills the state caption and the live region, wires the preset buttons, and marks the
 * island awake. Figures with controls of their own (a method menu, a draggable point) call `set`.
 */

import type { Size } from "../draw/svg.ts";
import {
  announcer,
  bindNumeric,
  captionWriter,
  holdHeights,
  onFrame,
  settleMs,
  urlText,
  urlWriter,
} from "./controls.ts";
import { instantiateDeferred } from "./defer.ts";
import { fitWidth, shapesOf } from "./fit.ts";
import { type Caption, nextSettings, type Ranges, type Settings } from "./settings.ts";

export type { Settings };

/** What a figure's `draw` returns: the words around the drawing (each optional). */
export interface Drawn {
  /** The state caption (`data-state-caption`) and whether the setting differs from the book's. */
  caption?: Caption;
  /** The screen-reader summary, announced once the input settles. */
  summary?: string;
}

export interface LiveFigureOptions<S> {
  /** The figure's key in the URL (`?<key>=…`): its anchor id. */
  key: string;
  settings: Settings<S>;
  /**
   * Draws `state` (the plot, readouts) and returns its caption and summary. `draft` (only with
   * `drafts`): more input is on its way, so the drawing may leave out what no one sees mid-drag.
   */
  draw(state: S, draft: boolean): Drawn;
  /**
   * True: while input keeps arriving (a slider dragged, a key held down), `draw` is asked for a
   * draft, and once the input settles (`settleMs` without a change) the kit draws the state again
   * in full. A single change is drawn in full at once. Default: every drawing is in full.
   */
  drafts?: boolean;
  /**
   * Draws `state` ahead, in the background, showing nothing, as `draw(state, draft)` would (a figure
   * that keeps its drawings: src/live/plot.ts `liveKey`, `ahead`). The kit asks for the settings
   * a reader is likely to ask for next (src/live/settings.ts `nextSettings`) after each move of a
   * numeric setting, and for full drawings once the input settles: the next input finds its
   * drawing ready. One setting a background task (after input and frames), dropped once the
   * state changes again.
   */
  ahead?(state: S, draft: boolean): void;
  /** Numeric settings bound to `[data-control=k]` sliders and `[data-number=k]` boxes (default: the settings' `ranges`). */
  numeric?: Ranges<string>;
  /** Shows a state in the figure's own controls (menus, checkboxes), after every change. */
  sync?(state: S): void;
  /** Called after every accepted change, before the redraw (e.g. to tell a linked figure). */
  changed?(state: S): void;
  /**
   * Preset buttons `[data-preset=name]` besides "book" (the book's setting), "reset" (the link's)
   * and those whose name is a setting's text (`data-preset="beta:0.9"`).
   */
  presets?: Record<string, (state: S) => S>;
  /** False: the state stays out of the URL (the figure is driven by another one, or by a file). */
  url?: boolean;
  /**
   * True when the build's drawing is already right for the book's setting (then nothing is drawn
   * until the reader changes something). Default: the figure draws as it wakes.
   */
  keepBuild?: boolean;
}

export interface LiveFigure<S> {
  get(): S;
  /** Clamps `next`, shows it in the controls and, when it differs, draws it at the next frame. */
  set(next: S): void;
  /** The state the figure woke with (the link's, or the book's). */
  readonly initial: S;
  /** Draws the current state again at the next frame (e.g. at a new width). */
  redraw(): void;
}

/** Runs `fn` once the page has nothing more pressing to do (a background task), or at least after this task. */
function background(fn: () => void): void {
  if (typeof scheduler !== "undefined") void scheduler.postTask(fn, { priority: "background" });
  else setTimeout(fn, 0);
}

export function liveFigure<S>(element: HTMLElement, options: LiveFigureOptions<S>): LiveFigure<S> {
  const { key, settings } = options;
  const useUrl = options.url !== false;
  instantiateDeferred(element);
  const text = useUrl ? urlText(key) : null;
  const linked = text === null ? null : settings.parse(text, settings.book);
  let state = linked?.state ?? settings.book;
  const initial = state;
  const writeUrl = useUrl ? urlWriter(key) : () => {};
  const caption = captionWriter(element);
  const region = element.querySelector<HTMLElement>("[data-summary]");
  const announce = announcer(region);
  const numeric = options.numeric ?? settings.ranges;
  const showNumbers = numeric ? bindNumeric(element, numeric, (k, v) => set({ ...state, [k]: v })) : () => {};

  /** Whether the next drawing may be a draft (input keeps arriving), and whether the last one was. */
  let draft = false;
  let drafted = false;
  let lastChange = Number.NEGATIVE_INFINITY;
  let settling = 0;
  /** The input has settled: a draft on screen is drawn again in full. */
  function settle(): void {
    draft = false;
    if (drafted) redraw();
    else planAhead();
  }

  /** The last move (the state before it, and after), and the plan of drawings ahead (a new one drops the last). */
  let moved: [S, S] | null = null;
  let plan = 0;
  function planAhead(): void {
    const mine = ++plan;
    if (!options.ahead || !numeric || !moved) return;
    const queue = nextSettings(numeric, ...moved).map((s) => settings.clamp(s));
    // One setting a task, each after anything else the page has to do (input first).
    const next = () => {
      const ahead = queue.shift();
      if (mine !== plan || ahead === undefined) return;
      // Mid-drag the next input draws a draft; once the input has settled, a full drawing.
      options.ahead?.(ahead, options.drafts === true && performance.now() - lastChange < settleMs);
      background(next);
    };
    background(next);
  }

  /** Draws the state; the summary is announced once the input settles, or at once as the figure wakes. */
  function render(waking = false): void {
    const started = performance.now();
    drafted = draft;
    const out = options.draw(state, draft);
    if (out.caption) caption(out.caption);
    if (out.summary !== undefined && waking && region) region.textContent = out.summary;
    else if (out.summary !== undefined) announce(out.summary);
    // The drawing's description (the build's summary of the book's setting) follows what it shows.
    if (out.summary !== undefined) {
      for (const svg of Array.from(element.querySelectorAll(".figure-plot svg[aria-description]")))
        if (svg.getAttribute("aria-description") !== out.summary)
          svg.setAttribute("aria-description", out.summary);
    }
    element.dataset.renderMs = (performance.now() - started).toFixed(2);
    if (!waking) planAhead();
  }
  const redraw = onFrame(() => render());

  function sync(): void {
    if (numeric) showNumbers(state as Record<string, number>);
    options.sync?.(state);
  }

  function set(next: S): void {
    const clamped = settings.clamp(next);
    const changed = !settings.same(clamped, state);
    if (changed) [moved, state, plan] = [[state, clamped], clamped, plan + 1];
    // The controls show the clamped value even when nothing changed (a typed 9 becomes 0.99).
    sync();
    if (!changed) return;
    element.dataset.state = settings.format(state);
    writeUrl(settings.same(state, settings.book) ? null : settings.format(state));
    options.changed?.(state);
    if (options.drafts) {
      const now = performance.now();
      draft = now - lastChange < settleMs;
      lastChange = now;
      clearTimeout(settling);
      settling = window.setTimeout(settle, settleMs);
    }
    redraw();
  }

  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-preset]"))) {
    button.addEventListener("click", () => {
      const name = button.dataset.preset ?? "";
      if (name === "book") set(settings.book);
      else if (name === "reset") set(initial);
      else {
        const preset = options.presets?.[name];
        if (preset) set(preset(state));
        // A preset written as a setting's text (`beta:0.9`) sets those values over the current ones.
        else if (name.includes(":")) set(settings.parse(name, state).state);
      }
    });
  }

  const notice = element.querySelector<HTMLElement>("[data-notice]");
  if (linked?.adjusted && notice) notice.hidden = false;
  sync();
  element.dataset.state = settings.format(state);
  if (!(options.keepBuild && settings.same(state, settings.book))) render(true);
  const fieldset = element.querySelector<HTMLFieldSetElement>(".ml-controls");
  if (fieldset) fieldset.disabled = false;
  holdHeights(element);
  element.dataset.live = "ready";
  return { get: () => state, set, initial, redraw };
}

/**
 * A figure drawn as SVG markup into its `.figure-plot`: at its natural size, or on a narrow screen
 * in the phone shape the build drew too, at the container's width unless the build's fits
 * (src/live/fit.ts). The build's drawing stays until the reader changes something, unless the screen
 * needs another size.
 */
export function liveSvgFigure<S>(
  element: HTMLElement,
  options: Omit<LiveFigureOptions<S>, "draw" | "keepBuild" | "drafts"> & {
    draw(state: S, size: Size | undefined): Drawn & { svg: string };
  },
): LiveFigure<S> | null {
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  if (!plot) return null;
  const shapes = shapesOf(plot);
  const size = shapes
    ? fitWidth(plot, shapes, () => figure.redraw())
    : Object.assign(() => undefined, { built: undefined });
  const figure = liveFigure(element, {
    ...options,
    // The build's drawing stands while the size is the one it was drawn at.
    keepBuild: size() === size.built,
    draw: (state) => {
      const out = options.draw(state, size());
      plot.innerHTML = out.svg;
      return out;
    },
  });
  return figure;
}
