/**
 * The live trajectory figure (loaded by loader.ts when a figure comes into view), drawn with Plot
 * in two layers (src/live/plot.ts): the build's SVG stays as the base (frame, axes, level sets),
 * drawn again only at another width, and an input re-runs the core and re-plots the runs alone.
 */
import { optimalFor, type Trajectory } from "momentum-live/core";
import { ellipseLevels } from "../../draw/ellipses.ts";
import type { Size } from "../../draw/svg.ts";
import { keyStyle } from "../../draw/theme.ts";
import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import { svgEl, writeText } from "../../live/controls.ts";
import { instantiateDeferred } from "../../live/defer.ts";
import { dataHandle, livePlotFigure, type PlotScales } from "../../live/plot.ts";
import { offChartNote, trajectoryLayers } from "./figure.ts";
import {
  computeRuns,
  curvaturesOf,
  liveRunStyles,
  quadraticOf,
  type Readout,
  readouts,
  readoutText,
  summaryText,
} from "./runs.ts";
import {
  betaFor,
  captionText,
  type LiveConfig,
  type LiveState,
  limits,
  type Method,
  runOptimizer,
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
  if (!config || !t) return;
  // The method menu and number boxes wait in templates until now (src/live/defer.ts).
  instantiateDeferred(element);
  const q = <T extends Element>(selector: string) => element.querySelector<T>(selector);
  const startOut = q<HTMLOutputElement>("[data-start]");
  const readoutItems = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] > li"));
  const quadratic = quadraticOf(config);
  const curvatures = curvaturesOf(config);
  const { domain, optimum } = config;
  const handle = svgEl("g", {
    class: "ml-handle",
    tabindex: 0,
    role: "slider",
    "aria-valuemin": domain.x[0],
    "aria-valuemax": domain.x[1],
  });
  svgEl("circle", { r: 16, class: "ml-handle-hit" }, handle);
  svgEl("circle", { r: 7, class: "ml-handle-dot" }, handle);

  /** The runs of the state last drawn, and their readouts (computed once for the drawing and the words). */
  let shown: { runs: Trajectory[]; lines: Readout[] } = { runs: [], lines: [] };

  /** The figure's layers for `state`: the core's runs; the base with the level sets at another size. */
  function layers(state: LiveState, size: Size | undefined, withBase: boolean, draft: boolean) {
    const cfg = config as LiveConfig;
    const runs = computeRuns(cfg, state);
    const lines = readouts(cfg, state, runs, t as LiveStrings);
    shown = { runs, lines };
    return trajectoryLayers({
      runs: runs.map((run, r) => ({
        label: lines[r].label,
        method: runOptimizer(cfg, state, r).method,
        points: run.points.map((p) => [p.x[0], p.x[1]] as const),
        divergedAt: lines[r].divergedAt,
      })),
      levels: withBase && quadratic ? ellipseLevels({ ...quadratic, domain, count: 9 }) : [],
      domain,
      optimum,
      ...size,
      punctuation: { comma: (t as LiveStrings).comma, colon: (t as LiveStrings).colon },
      offChart: offChartNote((t as LiveStrings).frameNote),
      tips: !draft,
    });
  }

  /** The readouts and the handle of `state`, drawn in `scales`; returns the caption and summary. */
  function words(state: LiveState, scales: PlotScales) {
    const cfg = config as LiveConfig;
    const { lines } = shown;
    const styles = liveRunStyles(cfg, state);
    readoutItems.forEach((item, r) => {
      item.hidden = r >= lines.length;
    });
    lines.forEach((o, r) => {
      const item = readoutItems[r];
      if (!item) return;
      const label = item.querySelector(".ml-run-label");
      const text = item.querySelector("[data-readout]");
      if (label) writeText(label, o.label);
      label?.setAttribute("style", keyStyle(styles[r]));
      if (text) writeText(text, readoutText(o, t as LiveStrings));
      item.dataset.step = String(o.step);
      item.dataset.f = String(o.f);
    });
    const [hx, hy] = [scales.x(state.x0[0]), scales.y(state.x0[1])];
    handle.setAttribute("transform", `translate(${hx.toFixed(1)},${hy.toFixed(1)})`);
    const at = showPoint(state.x0);
    handle.setAttribute("aria-label", fill((t as LiveStrings).handle, { point: at }));
    handle.setAttribute("aria-valuenow", String(state.x0[0]));
    handle.setAttribute("aria-valuetext", at);
    if (startOut) writeText(startOut, at);
    return {
      caption: captionText(cfg, state, t as LiveStrings),
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
  const live = livePlotFigure(element, {
    key: config.key,
    settings: trajectorySettings(config, optimal),
    numeric: { eta: limits.eta, beta: limits.beta, steps: limits.steps },
    layers,
    words,
    // Mid-drag the iterates' hover tips are left out (src/figures/trajectory/figure.ts `tips`).
    drafts: true,
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
  if (!live) return;
  live.overlay.append(handle);
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
    set({ ...current(), method: m, beta: betaFor(m, current().beta) });
  });

  // The start point: drag it, or focus it and use the arrow keys (0.1 a press).
  dataHandle(live.overlay, handle, live.scales, {
    at: () => current().x0,
    moveTo: ([x, y]) => set({ ...current(), x0: [tidy(x, 2), tidy(y, 2)] }),
    keyStep: [0.1, 0.1],
  });

  const state = current();
  element.dispatchEvent(
    new CustomEvent("ml-state", { detail: { eta: state.eta, beta: state.beta, method: state.method } }),
  );
  // A request made before this figure woke up.
  if (element.dataset.request) follow(JSON.parse(element.dataset.request) as LinkDetail);
}
