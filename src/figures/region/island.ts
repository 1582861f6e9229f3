/**
 * The live convergence region (src/figures/region/RegionFigure.astro): the points (ηλᵢ, β)
 * follow the linked trajectory figure's η and β, and dragging, clicking or arrow keys on the map
 * set them there. Only the marks are redrawn; the bands, lines and labels are the build's.
 */

import { px } from "../../draw/svg.ts";
import { fill, show, tidy } from "../../i18n/format.ts";
import { draggable, onSvgClick, readJson } from "../../live/controls.ts";
import { liveFigure } from "../../live/figure.ts";
import { adoptSvg, fitWidth, shapesOf } from "../../live/fit.ts";
import { clamp, numericSettings, readNumber, splitFields } from "../../live/settings.ts";
import type { LinkDetail } from "../trajectory/island.ts";
import { limits } from "../trajectory/state.ts";
import { pointLabel, regionLayout, regionMarks, regionPoints, regionSvg } from "./figure.ts";
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
  const svg = element.querySelector<SVGSVGElement>(".figure-plot svg");
  const marks = svg?.querySelector<SVGGElement>(".ml-marks");
  if (!t || !lambdas || !svg || !marks) return;
  const target =
    document.getElementById(element.dataset.target ?? "")?.closest<HTMLElement>(".ml-live") ?? null;
  const plot = svg.parentElement as Element;
  const shapes = shapesOf(plot);
  let layout = regionLayout();
  const labels = lambdas.map((l) => fill(t.point, { lambda: show(l) }));
  const items = Array.from(element.querySelectorAll<HTMLElement>("[data-readouts] li"));

  const linked = fromState(target?.dataset.state);
  let setting: LinkDetail = linked ?? { eta: 0.6, beta: 0.5 };
  // Read the build's setting back from its points, so nothing moves before the reader does.
  const first = marks.querySelector<SVGGElement>("[data-point='0']");
  const at = first?.getAttribute("transform")?.match(/translate\(([^,]+),([^)]+)\)/);
  if (!linked && at) {
    setting = {
      eta: tidy(layout.x.invert(Number(at[1])) / lambdas[0], 2),
      beta: tidy(layout.y.invert(Number(at[2])), 2),
    };
  }

  // It now holds focusable points: a named group of controls, no longer a flat image.
  svg.setAttribute("role", "group");
  // The marks, made once (a drag keeps its element); a redraw moves them.
  marks.replaceChildren();
  marks.insertAdjacentHTML(
    "beforeend",
    regionMarks(layout, regionPoints(layout, setting.eta, setting.beta, lambdas), labels),
  );
  const line = marks.querySelector<SVGPathElement>(".ml-region-line");
  const handles = Array.from(marks.querySelectorAll<SVGGElement>("[data-point]"));
  for (const g of handles) {
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "slider");
    g.setAttribute("aria-valuemin", "0");
    g.setAttribute("aria-valuemax", String(layout.x.domain[1]));
  }

  /** Bands, lines and labels again at the container's width (src/live/fit.ts); the points stay. */
  const relayout = ({ eta, beta }: { eta: number; beta: number }) => {
    const s = size();
    layout = s ? regionLayout(s.width, s.height) : regionLayout();
    const id = element.querySelector("figure")?.id ?? "";
    const shown = { eta, beta, lambdas: lambdas as number[], pointLabels: labels };
    adoptSvg(svg, regionSvg(layout, t as RegionStrings, shown, id), ".ml-marks");
  };
  const size = shapes
    ? fitWidth(plot, shapes, () => {
        relayout(live.get());
        live.redraw();
      })
    : () => undefined;
  if (size()) relayout(setting);

  /** Moves the points to (ηλᵢ, β) and says what the setting does. */
  function draw({ eta, beta }: { eta: number; beta: number }) {
    const points = regionPoints(layout, eta, beta, lambdas as number[]);
    handles.forEach((g, k) => {
      const [u, v] = points[k];
      g.setAttribute("transform", `translate(${px(u)},${px(v)})`);
      g.querySelector("text")?.setAttribute("x", px(pointLabel(layout, [u, v], labels[k]).x - u));
      const x = eta * (lambdas as number[])[k];
      g.setAttribute("aria-valuenow", String(tidy(x)));
      g.setAttribute("aria-valuetext", `ηλ = ${show(x)}, β = ${show(beta)}`);
      g.setAttribute(
        "aria-label",
        fill((t as RegionStrings).handle, {
          lambda: show((lambdas as number[])[k]),
          x: show(x),
          beta: show(beta),
        }),
      );
    });
    const ends = [points[0], points[points.length - 1]];
    line?.setAttribute("d", `M${px(ends[0][0])},${px(ends[0][1])}H${px(ends[1][0])}`);
    const readout = regionReadout(eta, beta, lambdas as number[], t as RegionStrings);
    readout.lines.forEach((text, k) => {
      const label = items[k]?.querySelector(".ml-run-label");
      if (label) label.textContent = text;
    });
    const rate = element.querySelector("[data-rate]");
    if (rate) rate.textContent = readout.rateText;
    return { caption: { text: readout.caption, changed: false }, summary: readout.summary };
  }

  // The setting is the linked trajectory figure's: it stays out of the URL, and each change here
  // asks that figure to follow (or leaves the request for it, if it is not awake yet).
  const live = liveFigure(element, {
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
    draw,
    changed: (next) => {
      if (!target) return;
      if (target.dataset.live === "ready") target.dispatchEvent(new CustomEvent("ml-set", { detail: next }));
      else target.dataset.request = JSON.stringify(next);
    },
  });
  /** A setting chosen on the map: two decimals, as on the sliders. */
  const set = (eta: number, beta: number) => live.set({ eta: tidy(eta, 2), beta: tidy(beta, 2) });

  handles.forEach((g, k) => {
    draggable(
      svg,
      g,
      (x, y) => set(layout.x.invert(x) / (lambdas as number[])[k], layout.y.invert(y)),
      (dx, dy) => set(live.get().eta + dx * limits.eta.step, live.get().beta + dy * limits.beta.step),
    );
  });

  // A click on the map moves the nearest point there, of those that can get there: a point whose
  // curvature would need η outside its range would land elsewhere and drag the other point along.
  onSvgClick(svg, (x, y) => {
    const points = regionPoints(layout, live.get().eta, live.get().beta, lambdas);
    const etaFor = (i: number) => layout.x.invert(x) / lambdas[i];
    const reachable = (i: number) => etaFor(i) >= limits.eta.min && etaFor(i) <= limits.eta.max;
    const order = points
      .map((_, i) => i)
      .sort((i, j) => Math.abs(points[i][0] - x) - Math.abs(points[j][0] - x));
    const k = order.find(reachable) ?? order[0];
    set(etaFor(k), layout.y.invert(y));
  });

  target?.addEventListener("ml-state", (event) => {
    const d = (event as CustomEvent<LinkDetail>).detail;
    live.set({ eta: d.eta, beta: d.beta });
  });
}
