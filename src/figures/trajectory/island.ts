/**
 * The live trajectory figure (loaded by loader.ts when a figure comes into view). The build's SVG
 * stays as the static layer (frame, axes, level sets); its run marks are replaced by an overlay
 * drawn in the same pixel frame (src/figures/trajectory/figure.ts `trajectoryFrame`), so an input only
 * re-runs the core and rewrites a few path strings: no Plot in the browser, no contour work.
 */
import { optimalFor } from "momentum-live/core";
import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import {
  announcer,
  captionWriter,
  draggable,
  holdHeights,
  onFrame,
  svgEl,
  urlText,
  urlWriter,
} from "../../live/controls.ts";
import { instantiateDeferred } from "../../live/defer.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { frameLayers, trajectoryFrame } from "./frame.ts";
import { computeRuns, curvaturesOf, quadraticOf, readouts, readoutText, summaryText } from "./runs.ts";
import {
  bookState,
  captionText,
  clampState,
  comparable,
  formatState,
  type LiveConfig,
  type LiveState,
  type Method,
  parseState,
  sameState,
} from "./state.ts";

/** Keys of the sliders, each paired with a number input. */
const numeric = ["eta", "beta", "steps"] as const;
type NumericKey = (typeof numeric)[number];

/** What another figure asks of this one (`ml-set`), and what this one tells (`ml-state`). */
export interface LinkDetail {
  eta: number;
  beta: number;
  method?: Method;
}

/** Reads the figure's settings from the URL (`?fig-…=…`): null when there are none. */
function fromUrl(config: LiveConfig, base: LiveState) {
  const text = urlText(config.key);
  return text === null ? null : parseState(text, base, config.domain, comparable(config));
}

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const config = JSON.parse(element.dataset.config ?? "null") as LiveConfig | null;
  const t = JSON.parse(element.dataset.strings ?? "null") as LiveStrings | null;
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  const staticSvg = plot?.querySelector("svg");
  if (!config || !t || !plot || !staticSvg) return;
  instantiateDeferred(element);

  const book = bookState(config);
  const linked = fromUrl(config, book);
  let state = linked?.state ?? book;
  const initial = state;

  const q = <T extends Element>(selector: string) => element.querySelector<T>(selector);
  const fieldset = q<HTMLFieldSetElement>(".ml-controls");
  const method = q<HTMLSelectElement>('[data-control="method"]');
  const compare = q<HTMLInputElement>('[data-control="compare"]');
  const ranges = Object.fromEntries(
    numeric.map((k) => [k, q<HTMLInputElement>(`[data-control="${k}"]`)]),
  ) as Record<NumericKey, HTMLInputElement | null>;
  const numbers = Object.fromEntries(
    numeric.map((k) => [k, q<HTMLInputElement>(`[data-number="${k}"]`)]),
  ) as Record<NumericKey, HTMLInputElement | null>;
  const startOut = q<HTMLOutputElement>("[data-start]");
  const caption = captionWriter(element);
  const summary = q<HTMLElement>("[data-summary]");
  const notice = q<HTMLElement>("[data-notice]");
  const readoutItems = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));

  // The overlay: same size and viewBox as the build's SVG, laid over it.
  let frame = trajectoryFrame({ domain: config.domain });
  const natural = { width: frame.width, height: frame.height };
  for (const g of Array.from(staticSvg.querySelectorAll(".ml-runs"))) g.remove();
  const overlay = svgEl("svg", {
    class: "ml-overlay",
    // Its own compositing layer: a redraw repaints the runs, never the level sets under them.
    style: "will-change: transform",
  });
  const clipId = `${config.key}-clip`;
  const clip = svgEl("rect", {}, svgEl("clipPath", { id: clipId }, svgEl("defs", {}, overlay)));
  // On a narrow screen the frame, axes and level sets are drawn here too, at the container's width.
  const layers = svgEl("g", { "aria-hidden": "true" }, overlay);
  const quadratic = quadraticOf(config);
  const curvatures = curvaturesOf(config);
  /** Sizes the overlay (and draws the static layers when the build's SVG is not the right size). */
  const resize = () => {
    const s = size();
    frame = trajectoryFrame({ domain: (config as LiveConfig).domain, ...s });
    const { width, height, margin } = frame;
    // The build's SVG keeps the box (its layers hidden when redrawn here) in the drawing's shape.
    for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) {
      overlay.setAttribute(k, String(v));
      staticSvg.setAttribute(k, String(v));
    }
    const box = { x: margin.left, y: margin.top, width: width - margin.left - margin.right };
    for (const [k, v] of Object.entries({ ...box, height: height - margin.top - margin.bottom })) {
      clip.setAttribute(k, String(v));
    }
    const { domain, optimum } = config as LiveConfig;
    layers.innerHTML = s ? frameLayers(frame, domain, { quadratic, optimum, clipId }) : "";
    staticSvg.classList.toggle("ml-redrawn", s !== undefined);
  };
  const size = fitWidth(plot, shapesOf(plot) ?? { natural }, () => {
    resize();
    render();
  });
  resize();
  const layer = svgEl("g", { "clip-path": `url(#${clipId})`, "aria-hidden": "true" }, overlay);
  // One pair of paths per run the figure can draw (its own, and gradient descent on request).
  const drawable = config.runs.length + (comparable(config) ? 1 : 0);
  const paths = Array.from({ length: drawable }, (_, r) => {
    const colour = `var(--ml-series-${(r % 6) + 1})`;
    return {
      line: svgEl("path", { class: "ml-path", stroke: colour }, layer),
      dots: svgEl("path", { class: "ml-dots", stroke: colour }, layer),
    };
  });
  const handle = svgEl(
    "g",
    {
      class: "ml-handle",
      tabindex: 0,
      role: "slider",
      "aria-valuemin": config.domain.x[0],
      "aria-valuemax": config.domain.x[1],
    },
    overlay,
  );
  svgEl("circle", { r: 16, class: "ml-handle-hit" }, handle);
  svgEl("circle", { r: 7, class: "ml-handle-dot" }, handle);
  plot.appendChild(overlay);

  const writeUrl = urlWriter(config.key);
  const announce = announcer(summary);

  function render(): void {
    const started = performance.now();
    const runs = computeRuns(config as LiveConfig, state);
    const { x: dx, y: dy } = (config as LiveConfig).domain;
    runs.forEach((run, r) => {
      const points = run.points;
      const out = points.findIndex(
        (p) => p.x[0] < dx[0] || p.x[0] > dx[1] || p.x[1] < dy[0] || p.x[1] > dy[1],
      );
      const shown = out < 0 ? points : points.slice(0, out + 1);
      let line = "";
      let dots = "";
      for (let i = 0; i < shown.length; i++) {
        const px = frame.x(shown[i].x[0]).toFixed(1);
        const py = frame.y(shown[i].x[1]).toFixed(1);
        line += `${i ? "L" : "M"}${px},${py}`;
        dots += `M${px},${py}h0`;
      }
      paths[r].line.setAttribute("d", line);
      paths[r].dots.setAttribute("d", dots);
    });
    for (const p of paths.slice(runs.length)) for (const d of [p.line, p.dots]) d.setAttribute("d", "");
    const lines = readouts(config as LiveConfig, state, runs, t as LiveStrings);
    readoutItems.forEach((item, r) => {
      item.hidden = r >= lines.length;
    });
    lines.forEach((o, r) => {
      const item = readoutItems[r];
      if (!item) return;
      const label = item.querySelector(".ml-run-label");
      const text = item.querySelector("[data-readout]");
      if (label) label.textContent = o.label;
      if (text) text.textContent = readoutText(o, t as LiveStrings);
      item.dataset.step = String(o.step);
      item.dataset.f = String(o.f);
    });
    const [hx, hy] = [frame.x(state.x0[0]), frame.y(state.x0[1])];
    handle.setAttribute("transform", `translate(${hx.toFixed(1)},${hy.toFixed(1)})`);
    const at = showPoint(state.x0);
    handle.setAttribute("aria-label", fill((t as LiveStrings).handle, { point: at }));
    handle.setAttribute("aria-valuenow", String(state.x0[0]));
    handle.setAttribute("aria-valuetext", at);
    if (startOut) startOut.textContent = at;
    caption(captionText(config as LiveConfig, state, t as LiveStrings));
    announce(summaryText(lines, t as LiveStrings));
    element.dataset.renderMs = (performance.now() - started).toFixed(2);
  }
  const redraw = onFrame(render);

  /** Shows the state in the controls (all but the one being typed in). */
  function syncControls(): void {
    if (method) method.value = state.method;
    for (const k of numeric) {
      const value = String(tidy(state[k]));
      const range = ranges[k];
      const number = numbers[k];
      if (range && document.activeElement !== range) range.value = value;
      if (number && document.activeElement !== number) number.value = value;
      if (k === "beta") {
        if (range) range.disabled = state.method === "gd";
        if (number) number.disabled = state.method === "gd";
      }
    }
    if (compare) {
      compare.checked = state.compare;
      compare.disabled = state.method === "gd";
    }
  }

  function set(next: LiveState): void {
    const clamped = clampState(next, (config as LiveConfig).domain, comparable(config as LiveConfig));
    const changed = !sameState(clamped, state);
    state = clamped;
    syncControls();
    if (!changed) return;
    element.dataset.state = formatState(state);
    redraw();
    writeUrl(sameState(state, book) ? null : formatState(state));
    const detail: LinkDetail = { eta: state.eta, beta: state.beta, method: state.method };
    element.dispatchEvent(new CustomEvent("ml-state", { detail }));
  }

  // A linked figure (the convergence region) sets η and β; β > 0 turns gradient descent into momentum.
  const follow = (d: LinkDetail | null) => {
    if (!d || !Number.isFinite(d.eta) || !Number.isFinite(d.beta)) return;
    const m = d.method ?? (state.method === "gd" && d.beta > 0 ? "momentum" : state.method);
    set({ ...state, method: m, eta: tidy(d.eta), beta: tidy(d.beta) });
  };
  element.addEventListener("ml-set", (event) => follow((event as CustomEvent<LinkDetail>).detail));

  compare?.addEventListener("change", () => set({ ...state, compare: compare.checked }));
  method?.addEventListener("change", () => {
    const m = method.value as Method;
    set({ ...state, method: m, beta: m === "gd" ? 0 : state.beta });
  });
  for (const k of numeric) {
    ranges[k]?.addEventListener("input", () => {
      const v = Number(ranges[k]?.value);
      if (Number.isFinite(v)) set({ ...state, [k]: v });
    });
    const number = numbers[k];
    number?.addEventListener("input", () => {
      const v = number.valueAsNumber;
      if (number.value !== "" && Number.isFinite(v)) set({ ...state, [k]: v });
    });
    number?.addEventListener("change", () => {
      number.value = String(tidy(state[k]));
    });
  }
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-preset]"))) {
    button.addEventListener("click", () => {
      const preset = button.dataset.preset;
      if (preset === "book") set(book);
      else if (preset === "reset") set(initial);
      else if (preset === "optimal" && curvatures) {
        // The optimum of the method shown for the objective's curvatures (0.2 and 4 for the book's):
        // 2/(λmin + λmax) for GD, Polyak's η and β for momentum, Nesterov's own for Nesterov.
        const best = optimalFor(state.method, ...curvatures);
        set({ ...state, eta: tidy(best.eta), beta: state.method === "gd" ? state.beta : tidy(best.beta) });
      }
    });
  }

  // The start point: drag it, or focus it and use the arrow keys (0.1 a press).
  const moveTo = (x: number, y: number) => set({ ...state, x0: [tidy(x, 2), tidy(y, 2)] });
  draggable(
    overlay,
    handle,
    (px, py) => {
      const [x, y] = frame.invert(px, py);
      moveTo(x, y);
    },
    (dx, dy) => moveTo(state.x0[0] + dx / 10, state.x0[1] + dy / 10),
  );

  if (linked?.adjusted && notice) notice.hidden = false;
  syncControls();
  element.dataset.state = formatState(state);
  render();
  if (summary) summary.textContent = summaryText(readouts(config, state, computeRuns(config, state), t), t);
  if (fieldset) fieldset.disabled = false;
  holdHeights(element);
  element.dataset.live = "ready";
  element.dispatchEvent(
    new CustomEvent("ml-state", { detail: { eta: state.eta, beta: state.beta, method: state.method } }),
  );
  // A request made before this figure woke up.
  if (element.dataset.request) follow(JSON.parse(element.dataset.request) as LinkDetail);
}
