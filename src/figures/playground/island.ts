/**
 * The live playground: every control re-runs the core for the optimizers switched on and re-plots
 * their runs with Plot (src/live/plot.ts); the level sets are drawn again only when the objective
 * changes, the loss panel's axes only when the number of steps does.
 */

import { fill, showPoint, tidy } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import { readJson, svgEl } from "../../live/controls.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { runParamFigure } from "../../live/param-figure.ts";
import { dataHandle, draftKey, livePlot, type PlotScales } from "../../live/plot.ts";
import { clamp, defaults, lastBy } from "../../live/settings.ts";
import {
  type PlaygroundSetting,
  playgroundLossLayers,
  playgroundMapLayers,
  playgroundMethods,
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
  const panel = (name: string) => element.querySelector<HTMLElement>(`[data-panel="${name}"]`);
  const [mapBox, lossBox] = [panel("map"), panel("loss")];
  // The build drew the default setting (Playground.astro). The map's base (its level sets) follows
  // the objective, the loss panel's (its x axis) the number of steps.
  const objectiveOf = (s: PlaygroundSetting) => `${s.obj},${s.kappa},${s.angle},${s.b}`;
  const built = defaults(playgroundSpecs);
  // Each panel drawn at its box's width (src/live/fit.ts), in the shapes the build drew it in.
  const [mapShapes, lossShapes] = [mapBox && shapesOf(mapBox), lossBox && shapesOf(lossBox)];
  if (!t || !live || !mapBox || !lossBox || !mapShapes || !lossShapes) return;
  // The observer calls back after the figure exists.
  const redraw = () => figure.redraw();
  const [mapSize, lossSize] = [fitWidth(mapBox, mapShapes, redraw), fitWidth(lossBox, lossShapes, redraw)];
  const map = livePlot(mapBox, t.name, objectiveOf(built), mapSize.built);
  const loss = livePlot(lossBox, t.lossName, `${built.steps}`, lossSize.built);
  if (!map || !loss) return;
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
  // Only what changed: a control's state written again (the same) still makes the browser restyle it.
  const enable = (list: (HTMLElement | null)[], on: boolean) => {
    for (const f of list)
      for (const i of Array.from(f?.querySelectorAll("input") ?? [])) if (i.disabled === on) i.disabled = !on;
  };

  let scales: PlotScales | null = null;
  let view: Window = { x: [-3, 3], y: [-3, 3] };
  const start = svgEl("g", {
    class: "ml-handle",
    tabindex: 0,
    role: "slider",
    "aria-valuemin": -3,
    "aria-valuemax": 3,
  });
  svgEl("circle", { r: 14, class: "ml-handle-hit" }, start);
  svgEl("circle", { r: 6, class: "ml-handle-dot" }, start);
  map.overlay.append(start);

  const labels = t;
  // A setting drawn lately, or ahead, is shown as it was (src/live/plot.ts `again`, `ahead`).
  const liveKeyOf = (s: PlaygroundSetting, draft: boolean) => draftKey(JSON.stringify(s), draft);
  /** The runs of a setting, computed once for both panels and the words. */
  const runsOf = lastBy((s: PlaygroundSetting) => JSON.stringify(s), playgroundRuns);
  const figure = runParamFigure(element, {
    specs: playgroundSpecs,
    initial: built,
    presets: { optimal: playgroundOptimal },
    drafts: true,
    ahead: (s: PlaygroundSetting, draft) => {
      const [size, lossAt, liveKey] = [mapSize(), lossSize(), liveKeyOf(s, draft)];
      map.ahead(objectiveOf(s), size, liveKey, (withBase) => {
        const { runs, objective, window: w } = runsOf(s);
        return playgroundMapLayers(s, runs, objective, w, labels, withBase, size, draft);
      });
      loss.ahead(`${s.steps}`, lossAt, liveKey, () => {
        const { runs, objective } = runsOf(s);
        return playgroundLossLayers(s, runs, objective, labels, lossAt);
      });
    },
    render: (s: PlaygroundSetting, _scales, draft) => {
      const { runs, objective, window: w } = runsOf(s);
      view = w;
      const [key, size, lossAt, liveKey] = [objectiveOf(s), mapSize(), lossSize(), liveKeyOf(s, draft)];
      const mapScales =
        map.again(size, liveKey) ??
        map.draw(
          playgroundMapLayers(s, runs, objective, w, labels, map.stale(key, size), size, draft),
          key,
          size,
          liveKey,
        );
      if (!loss.again(lossAt, liveKey)) {
        const lossLayers = playgroundLossLayers(s, runs, objective, labels, lossAt);
        loss.draw(lossLayers, `${s.steps}`, lossAt, liveKey);
      }
      scales = mapScales;
      for (const m of playgroundMethods) enable(methodFields[m], s[methodFlags[m]] === 1);
      const x0 = playgroundStart(s, w);
      start.setAttribute(
        "transform",
        `translate(${mapScales.x(x0[0]).toFixed(1)},${mapScales.y(x0[1]).toFixed(1)})`,
      );
      start.setAttribute("aria-valuetext", showPoint(x0));
      start.setAttribute("aria-valuenow", String(tidy(x0[0])));
      start.setAttribute("aria-label", fill(labels.start, { point: showPoint(x0) }));
      if (select && select.value !== String(s.obj)) select.value = String(s.obj);
      for (const f of flags) {
        const on = s[f.dataset.flag as keyof PlaygroundSetting] === 1;
        if (f.checked !== on) f.checked = on;
      }
      enable(quadraticFields, s.obj === 0);
      enable(rosenbrockFields, s.obj === 1);
      // Optimal parameters exist for a quadratic's curvatures only.
      if (optimalButton && optimalButton.disabled !== (s.obj !== 0)) optimalButton.disabled = s.obj !== 0;
      return playgroundText(s, runs, objective.minimizer ?? [0, 0], labels, live);
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
  dataHandle(map.overlay, start, () => scales, {
    at: () => [figure.get().x1, figure.get().x2],
    // Dragged, the start point stays in the map's view.
    moveTo: ([a, b]) => figure.set({ x1: clamp(a, ...view.x), x2: clamp(b, ...view.y) }),
    keyStep: [0.05, 0.05],
  });
}
