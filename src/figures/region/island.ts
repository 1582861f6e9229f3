/**
 * The live convergence region (src/figures/region/RegionFigure.astro): the points (ηλᵢ, β)
 * follow the linked trajectory figure's η and β, and dragging, clicking or arrow keys on the map
 * set them there. Plot re-plots only the points and their line (src/live/plot.ts); the bands,
 * lines and labels are the build's, drawn again only at another width.
 */

import { fill, show, tidy } from "../../i18n/format.ts";
import { onSvgClick, readJson, svgEl, writeText } from "../../live/controls.ts";
import { dataHandle, livePlotFigure, type PlotScales } from "../../live/plot.ts";
import { clamp, numericSettings, readNumber, splitFields } from "../../live/settings.ts";
import type { LinkDetail } from "../trajectory/island.ts";
import { limits } from "../trajectory/state.ts";
import { regionLayers, regionLayout } from "./figure.ts";
import { type RegionStrings, regionReadout } from "./model.ts";

/** η and β from a trajectory figure's `data-state` (`method:…,eta:0.6,beta:0.5,…`). */
function fromState(text: string | undefined): LinkDetail | null {
  if (!text) return null;
  const { fields } = splitFields(text);
  const eta = readNumber(fields.get("eta")?.[0]);
  const beta = readNumber(fields.get("beta")?.[0]);
  return eta === null || beta === null ? null : { eta, beta };
}

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = readJson<RegionStrings>(element, "strings");
  const lambdas = readJson<number[]>(element, "lambdas");
  const book = readJson<LinkDetail>(element, "book");
  const svg = element.querySelector<SVGSVGElement>(".figure-plot svg");
  if (!t || !lambdas || !book || !svg) return;
  const target =
    document.getElementById(element.dataset.target ?? "")?.closest<HTMLElement>(".ml-live") ?? null;
  const pointLabels = lambdas.map((l) => fill(t.point, { lambda: show(l) }));
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] li"));
  // The build drew the book's momentum run; the setting is the linked figure's until the reader moves.
  const built: LinkDetail = book;
  const setting: LinkDetail = fromState(target?.dataset.state) ?? built;
  let layout = regionLayout();

  // The points as handles: focusable, named, over the points Plot draws (src/live/plot.ts).
  const handles = lambdas.map((_, k) => {
    const g = svgEl("g", {
      class: "ml-handle",
      "data-point": k,
      tabindex: 0,
      role: "slider",
      "aria-valuemin": 0,
      "aria-valuemax": layout.x.domain[1],
    });
    svgEl("circle", { r: 14, class: "ml-handle-hit" }, g);
    svgEl("circle", { r: 8, class: "ml-handle-ring" }, g);
    return g;
  });

  /** Says where the points are and what the setting does. */
  function words({ eta, beta }: LinkDetail, scales: PlotScales) {
    const regionT = t as RegionStrings;
    handles.forEach((g, k) => {
      const x = eta * (lambdas as number[])[k];
      g.setAttribute("transform", `translate(${scales.x(x).toFixed(1)},${scales.y(beta).toFixed(1)})`);
      g.setAttribute("aria-valuenow", String(tidy(x)));
      g.setAttribute("aria-valuetext", `ηλ = ${show(x)}, β = ${show(beta)}`);
      g.setAttribute(
        "aria-label",
        fill(regionT.handle, { lambda: show((lambdas as number[])[k]), x: show(x), beta: show(beta) }),
      );
    });
    const readout = regionReadout(eta, beta, lambdas as number[], regionT);
    readout.lines.forEach((text, k) => {
      const label = items[k]?.querySelector(".ml-run-label");
      if (label) writeText(label, text);
    });
    const rate = element.querySelector("[data-rate]");
    if (rate) writeText(rate, readout.rateText);
    const changed = eta !== built.eta || beta !== built.beta;
    return { caption: { text: readout.caption, changed }, summary: readout.summary };
  }

  // The setting is the linked trajectory figure's: it stays out of the URL, and each change here
  // asks that figure to follow (or leaves the request for it, if it is not awake yet).
  const live = livePlotFigure(element, {
    key: element.querySelector("figure")?.id ?? "",
    // Clamped, not snapped: the trajectory figure's η may lie between two slider steps (Optimal).
    settings: {
      ...numericSettings({ eta: limits.eta, beta: limits.beta }, { eta: setting.eta, beta: setting.beta }),
      clamp: ({ eta, beta }) => ({
        eta: clamp(eta, limits.eta.min, limits.eta.max),
        beta: clamp(beta, limits.beta.min, limits.beta.max),
      }),
    },
    url: false,
    layers: (state, size, withBase) => {
      layout = size ? regionLayout(size.width, size.height) : regionLayout();
      return regionLayers(
        layout,
        t as RegionStrings,
        { ...state, lambdas: lambdas as number[], pointLabels },
        withBase,
      );
    },
    words,
    changed: (next) => {
      if (!target) return;
      if (target.dataset.live === "ready") target.dispatchEvent(new CustomEvent("ml-set", { detail: next }));
      else target.dataset.request = JSON.stringify(next);
    },
  });
  if (!live) return;
  live.overlay.append(...handles);
  /** A setting chosen on the map: two decimals, as on the sliders. */
  const set = (eta: number, beta: number) => live.set({ eta: tidy(eta, 2), beta: tidy(beta, 2) });
  const invert = (x: number, y: number) => live.scales()?.invert(x, y) ?? [live.get().eta, live.get().beta];

  // Each handle is a point (ηλ, β) on the map: λ is its curvature.
  handles.forEach((g, k) => {
    const lambda = (lambdas as number[])[k];
    dataHandle(live.overlay, g, live.scales, {
      at: () => [live.get().eta * lambda, live.get().beta],
      moveTo: ([el, b]) => set(el / lambda, b),
      keyStep: [limits.eta.step * lambda, limits.beta.step],
    });
  });

  // A click on the map moves the nearest point there, of those that can get there: a point whose
  // curvature would need η outside its range would land elsewhere and drag the other point along.
  onSvgClick(svg, (x, y) => {
    const [el, b] = invert(x, y);
    const { eta } = live.get();
    const etaFor = (i: number) => el / lambdas[i];
    const reachable = (i: number) => etaFor(i) >= limits.eta.min && etaFor(i) <= limits.eta.max;
    const order = lambdas
      .map((_, i) => i)
      .sort((i, j) => Math.abs(eta * lambdas[i] - el) - Math.abs(eta * lambdas[j] - el));
    const k = order.find(reachable) ?? order[0];
    set(etaFor(k), b);
  });

  target?.addEventListener("ml-state", (event) => {
    const d = (event as CustomEvent<LinkDetail>).detail;
    live.set({ eta: d.eta, beta: d.beta });
  });
}
