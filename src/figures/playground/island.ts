/**
 * The live playground: every control re-runs the core for the optimizers switched on and rewrites
 * their paths; the level sets and axes are redrawn only when the objective or the steps change.
 */

import { px } from "../../draw/svg.ts";
import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import { draggable, readJson } from "../../live/controls.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { defaults } from "../../live/settings.ts";
import {
  type PlaygroundSetting,
  playgroundAxes,
  playgroundContours,
  playgroundLayout,
  playgroundMethods,
  playgroundOn,
  playgroundPaths,
  playgroundRuns,
  playgroundStart,
  type Window,
} from "./figure.ts";
import {
  methodFlags,
  type PlaygroundStrings,
  playgroundOptimal,
  playgroundSpecs,
  playgroundText,
} from "./model.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<PlaygroundStrings>(element, "strings");
  const live = readJson<LiveStrings>(element, "runs");
  const map = element.querySelector<SVGSVGElement>('svg[data-panel="map"]');
  const loss = element.querySelector<SVGSVGElement>('svg[data-panel="loss"]');
  if (!t || !live || !map || !loss) return;
  const q = (svg: SVGSVGElement, selector: string) => svg.querySelector(selector);
  const contours = q(map, '[data-layer="contours"]');
  const optimum = q(map, '[data-layer="optimum"]');
  const start = q(map, '[data-layer="start"]') as SVGGElement | null;
  const mapAxes = q(map, '[data-layer="axes"]');
  const lossAxes = q(loss, '[data-layer="axes"]');
  const select = element.querySelector<HTMLSelectElement>('[data-select="obj"]');
  const optimalButton = element.querySelector<HTMLButtonElement>('[data-preset="optimal"]');
  const flags = Array.from(element.querySelectorAll<HTMLInputElement>("[data-flag]"));
  const fields = (keys: string[]) =>
    keys.map((k) => element.querySelector<HTMLElement>(`[data-field="${k}"]`));
  const [quadraticFields, rosenbrockFields] = [fields(["kappa", "angle"]), fields(["b"])];
  const methodFields = {
    gd: fields(["gdEta"]),
    momentum: fields(["momEta", "momBeta"]),
    nesterov: fields(["nesEta", "nesBeta"]),
  };
  const enable = (list: (HTMLElement | null)[], on: boolean) => {
    for (const f of list) for (const i of Array.from(f?.querySelectorAll("input") ?? [])) i.disabled = !on;
  };

  // The static layers as the build drew them, for the default setting (Playground.astro): the first
  // render keeps them unless a link asks for another objective, window or number of steps.
  const objectiveOf = (s: PlaygroundSetting) => `${s.obj},${s.kappa},${s.angle},${s.b}`;
  const built = defaults(playgroundSpecs);
  let windowKey = built.obj;
  let objectiveKey = objectiveOf(built);
  let stepsKey = built.steps;
  let layout = playgroundLayout({ x: [-3, 3], y: [-3, 3] }, 1);
  let view: Window = { x: [-3, 3], y: [-3, 3] };

  const figure = runParamFigure(element, {
    specs: playgroundSpecs,
    initial: built,
    presets: { optimal: playgroundOptimal },
    render: (s: PlaygroundSetting) => {
      const { runs, objective, window: w } = playgroundRuns(s);
      view = w;
      layout = playgroundLayout(w, s.steps);
      // Static layers: the axes follow the window (the objective's kind), the level sets its shape.
      if (s.obj !== windowKey) {
        windowKey = s.obj;
        if (mapAxes) mapAxes.innerHTML = playgroundAxes(layout, t as PlaygroundStrings).map;
      }
      const key = objectiveOf(s);
      if (key !== objectiveKey) {
        objectiveKey = key;
        contours?.setAttribute("d", playgroundContours(objective, w, layout));
        const o = objective.minimizer ?? [0, 0];
        const [u, v] = [layout.map.x(o[0]), layout.map.y(o[1])];
        optimum?.setAttribute("d", `M${px(u - 5)},${px(v - 5)}l10,10m0,-10l-10,10`);
      }
      if (s.steps !== stepsKey) {
        stepsKey = s.steps;
        if (lossAxes) lossAxes.innerHTML = playgroundAxes(layout, t as PlaygroundStrings).loss;
      }
      const paths = playgroundPaths(runs, objective, w, layout);
      const on = playgroundOn(s);
      for (const m of playgroundMethods) {
        const p = paths[on.indexOf(m)] ?? { path: "", dots: "", loss: "" };
        q(map, `[data-run="${m}"]`)?.setAttribute("d", p.path);
        q(map, `[data-dots="${m}"]`)?.setAttribute("d", p.dots);
        q(loss, `[data-loss="${m}"]`)?.setAttribute("d", p.loss);
        enable(methodFields[m], s[methodFlags[m]] === 1);
      }
      const x0 = playgroundStart(s, w);
      start?.setAttribute("transform", `translate(${px(layout.map.x(x0[0]))},${px(layout.map.y(x0[1]))})`);
      start?.setAttribute("aria-valuetext", showPoint(x0));
      start?.setAttribute("aria-valuenow", String(tidy(x0[0])));
      start?.setAttribute("aria-label", fill((t as PlaygroundStrings).start, { point: showPoint(x0) }));
      if (select) select.value = String(s.obj);
      for (const f of flags) f.checked = s[f.dataset.flag as keyof PlaygroundSetting] === 1;
      enable(quadraticFields, s.obj === 0);
      enable(rosenbrockFields, s.obj === 1);
      // Optimal parameters exist for a quadratic's curvatures only.
      if (optimalButton) optimalButton.disabled = s.obj !== 0;
      return playgroundText(
        s,
        runs,
        objective.minimizer ?? [0, 0],
        t as PlaygroundStrings,
        live as LiveStrings,
      );
    },
  });

  select?.addEventListener("change", () => {
    const obj = Number(select.value);
    // The Rosenbrock valley wants small steps: start from settings that show it, not a blow-up.
    figure.set(
      obj === 1
        ? {
            obj,
            x1: -1.5,
            x2: 2,
            gdEta: 0.01,
            momEta: 0.01,
            momBeta: 0.9,
            nesEta: 0.01,
            nesBeta: 0.9,
            steps: 200,
          }
        : { ...defaults(playgroundSpecs), obj },
    );
  });
  for (const f of flags) {
    f.addEventListener("change", () => figure.set({ [f.dataset.flag as string]: f.checked ? 1 : 0 }));
  }
  // It now holds focusable points: a named group of controls, no longer a flat image.
  map.setAttribute("role", "group");
  if (start) {
    start.setAttribute("tabindex", "0");
    start.setAttribute("role", "slider");
    start.setAttribute("aria-valuemin", "-3");
    start.setAttribute("aria-valuemax", "3");
    draggable(
      map,
      start,
      (u, v) => {
        const [a, b] = [layout.map.x.invert(u), layout.map.y.invert(v)];
        figure.set({
          x1: Math.min(view.x[1], Math.max(view.x[0], a)),
          x2: Math.min(view.y[1], Math.max(view.y[0], b)),
        });
      },
      (dx, dy) => {
        const s = figure.get();
        figure.set({ x1: s.x1 + dx / 20, x2: s.x2 + dy / 20 });
      },
    );
  }
}
