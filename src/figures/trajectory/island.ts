/**
 * The live trajectory figure (loaded by loader.ts when a figure comes into view). The build's SVG
 * stays as the static layer (frame, axes, level sets); its run marks are replaced by an overlay
 * drawn in the same pixel frame (src/figures/trajectory/figure.ts `trajectoryFrame`), so an input only
 * re-runs the core and rewrites a few path strings: no Plot in the browser, no contour work.
 */
import { optimalFor } from "momentum-live/core";
import { keyStyle } from "../../draw/theme.ts";
import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import { draggable, svgEl } from "../../live/controls.ts";
import { instantiateDeferred } from "../../live/defer.ts";
import { liveFigure } from "../../live/figure.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { frameLayers, trajectoryFrame } from "./frame.ts";
import {
  computeRuns,
  curvaturesOf,
  liveRunStyles,
  quadraticOf,
  readouts,
  readoutText,
  summaryText,
} from "./runs.ts";
import {
  captionText,
  comparable,
  type LiveConfig,
  type LiveState,
  limits,
  type Method,
  trajectorySettings,
} from "./state.ts";

/** What another figure asks of this one (`ml-set`), and what this one tells (`ml-state`). */
export interface LinkDetail {
  eta: number;
  beta: number;
  method?: Method;
}

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const config = JSON.parse(element.dataset.config ?? "null") as LiveConfig | null;
  const t = JSON.parse(element.dataset.strings ?? "null") as LiveStrings | null;
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  const staticSvg = plot?.querySelector("svg");
  if (!config || !t || !plot || !staticSvg) return;
  // The method menu and number boxes wait in templates until now (src/live/defer.ts).
  instantiateDeferred(element);

  const q = <T extends Element>(selector: string) => element.querySelector<T>(selector);
  const startOut = q<HTMLOutputElement>("[data-start]");
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
    live.redraw();
  });
  resize();
  const layer = svgEl("g", { "clip-path": `url(#${clipId})`, "aria-hidden": "true" }, overlay);
  // One pair of paths per run the figure can draw (its own, and gradient descent on request).
  const drawable = config.runs.length + (comparable(config) ? 1 : 0);
  const paths = Array.from({ length: drawable }, () => ({
    line: svgEl("path", { class: "ml-path" }, layer),
    dots: svgEl("path", { class: "ml-dots" }, layer),
  }));
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

  /** Draws `state`: the runs' paths, the readouts, the handle; returns the caption and summary. */
  function draw(state: LiveState) {
    const runs = computeRuns(config as LiveConfig, state);
    const { x: dx, y: dy } = (config as LiveConfig).domain;
    const styles = liveRunStyles(config as LiveConfig, state);
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
      for (const d of [paths[r].line, paths[r].dots]) d.setAttribute("stroke", styles[r].colour);
      paths[r].line.setAttribute("stroke-dasharray", styles[r].dash || "none");
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
      label?.setAttribute("style", keyStyle(styles[r]));
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
    return {
      caption: captionText(config as LiveConfig, state, t as LiveStrings),
      summary: summaryText(lines, t as LiveStrings),
    };
  }

  const method = q<HTMLSelectElement>('[data-control="method"]');
  const compare = q<HTMLInputElement>('[data-control="compare"]');
  const betaFields = Array.from(
    element.querySelectorAll<HTMLInputElement>('[data-control="beta"], [data-number="beta"]'),
  );
  // The optimum of the method shown for the objective's curvatures (0.2 and 4 for the book's):
  // 2/(λmin + λmax) for GD, Polyak's η and β for momentum, Nesterov's own.
  const optimal = curvatures
    ? (state: LiveState): LiveState => {
        const best = optimalFor(state.method, ...curvatures);
        return { ...state, eta: tidy(best.eta), beta: state.method === "gd" ? state.beta : tidy(best.beta) };
      }
    : undefined;
  const live = liveFigure(element, {
    key: config.key,
    settings: trajectorySettings(config, optimal),
    numeric: { eta: limits.eta, beta: limits.beta, steps: limits.steps },
    draw,
    // The method menu and the comparison box; β means nothing for gradient descent.
    sync: (state) => {
      if (method) method.value = state.method;
      for (const field of betaFields) field.disabled = state.method === "gd";
      if (compare) {
        compare.checked = state.compare;
        compare.disabled = state.method === "gd";
      }
    },
    changed: (state) => {
      const detail: LinkDetail = { eta: state.eta, beta: state.beta, method: state.method };
      element.dispatchEvent(new CustomEvent("ml-state", { detail }));
    },
    presets: optimal ? { optimal } : {},
  });
  const set = live.set;
  const current = live.get;

  // A linked figure (the convergence region) sets η and β; β > 0 turns gradient descent into momentum.
  const follow = (d: LinkDetail | null) => {
    if (!d || !Number.isFinite(d.eta) || !Number.isFinite(d.beta)) return;
    const state = current();
    const m = d.method ?? (state.method === "gd" && d.beta > 0 ? "momentum" : state.method);
    set({ ...state, method: m, eta: tidy(d.eta), beta: tidy(d.beta) });
  };
  element.addEventListener("ml-set", (event) => follow((event as CustomEvent<LinkDetail>).detail));

  compare?.addEventListener("change", () => set({ ...current(), compare: compare.checked }));
  method?.addEventListener("change", () => {
    const m = method.value as Method;
    set({ ...current(), method: m, beta: m === "gd" ? 0 : current().beta });
  });

  // The start point: drag it, or focus it and use the arrow keys (0.1 a press).
  const moveTo = (x: number, y: number) => set({ ...current(), x0: [tidy(x, 2), tidy(y, 2)] });
  draggable(
    overlay,
    handle,
    (px, py) => {
      const [x, y] = frame.invert(px, py);
      moveTo(x, y);
    },
    (dx, dy) => moveTo(current().x0[0] + dx / 10, current().x0[1] + dy / 10),
  );

  const state = current();
  element.dispatchEvent(
    new CustomEvent("ml-state", { detail: { eta: state.eta, beta: state.beta, method: state.method } }),
  );
  // A request made before this figure woke up.
  if (element.dataset.request) follow(JSON.parse(element.dataset.request) as LinkDetail);
}
