/**
 * The loss chart (src/figures/loss/figure.ts) of the live loss figure and of "bring your own data"
 * (Plot, in layers): fitted by default, or a fixed window with clipping, marks for
 * losses above it, faint comparison curves with a legend, and a divergence mark.
 */

import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { liveMarkClass, wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { type LossCurveOptions, lossLayers, lossShapes } from "../../../src/figures/loss/figure.ts";

const labels = { epoch: "epoch", loss: "loss", optimum: "optimum", run: "this run", diverged: "diverged" };
const losses: [number, number][] = [
  [0, 0.5],
  [0.5, 0.2],
  [1, 0.12],
];

/** A fixed window, a run that blows up (to 1e300, then ∞) and its divergence mark. */
const windowed: LossCurveOptions = {
  losses: [...losses, [1.5, 1e300], [2, Number.POSITIVE_INFINITY]],
  optimum: 0.1,
  epochs: 2,
  labels,
  window: [0.05, 0.3],
  divergedAt: 1.5,
};

/** The live loss figure's drawing (`lossLayers`), as the build renders it with Plot. */
function plotted(o: LossCurveOptions) {
  const { document } = parseHTML(`<html><body>${renderPlot(wholePlot(lossLayers(o)), "name")}</body></html>`);
  const svg = document.querySelector("svg") as unknown as SVGSVGElement;
  const frame = svg.querySelector('rect[aria-label="frame"]');
  const bottom = Number(frame?.getAttribute("y")) + Number(frame?.getAttribute("height"));
  /** Each text's label and its y in the figure (Plot places it by a translation, its mark's and its own). */
  const texts = Array.from(svg.querySelectorAll("text")).map((t) => {
    const ys = [t.getAttribute("transform"), t.parentElement?.getAttribute("transform")].map((v) =>
      Number(v?.match(/translate\([-\d.]+,([-\d.]+)\)/)?.[1] ?? 0),
    );
    return { text: t.textContent ?? "", y: ys[0] + ys[1] };
  });
  return { svg, bottom, texts };
}

describe("the loss chart (Plot, in layers)", () => {
  const ghosts = ["η = 0.02, β = 0.5", "a < b"].map((label) => ({ label, losses }));

  it("by default fits the data: its name, the run's line through every point, no legend or marks", () => {
    const { svg } = plotted({ losses, optimum: 0.1, epochs: 1, labels });
    expect(svg.getAttribute("aria-label")).toBe("name");
    expect(svg.querySelector(".ml-loss-line path")?.getAttribute("d")?.split("L")).toHaveLength(3);
    expect(svg.querySelectorAll(".ml-loss-legend, .ml-loss-above, .ml-loss-diverged")).toHaveLength(0);
  });

  it("with a window clips the run, marks the losses above it, keeps coordinates small", () => {
    const { svg } = plotted(windowed);
    const line = svg.querySelector(".ml-loss-line path");
    expect(line?.closest("[clip-path]")).not.toBeNull();
    for (const n of line?.getAttribute("d")?.match(/-?[\d.e+]+/g) ?? [])
      expect(Math.abs(Number(n))).toBeLessThan(1e6);
    // 0.5 at epoch 0, 1e300 and ∞: three triangles on the top edge.
    expect(svg.querySelectorAll(".ml-loss-above path")).toHaveLength(3);
    expect(svg.querySelectorAll(".ml-loss-diverged line")).toHaveLength(1);
    // What changes with a slider is marked live; the frame and the optimum are not.
    for (const live of Array.from(svg.querySelectorAll(".ml-loss-line, .ml-loss-above, .ml-loss-diverged")))
      expect(live.classList.contains(liveMarkClass)).toBe(true);
    expect(svg.querySelector(".ml-loss-optimum")?.classList.contains(liveMarkClass)).toBe(false);
  });

  it("draws comparison curves under the run, with a legend naming each: over the curves, or under a phone's plot", () => {
    for (const size of [undefined, lossShapes.phone]) {
      const { svg, bottom, texts } = plotted({ losses, optimum: null, epochs: 1, labels, ghosts, size });
      const order = Array.from(svg.querySelectorAll(".ml-loss-ghost, .ml-loss-line")).map(
        (g) => g.getAttribute("class")?.split(" ")[0],
      );
      expect(order).toEqual(["ml-loss-ghost", "ml-loss-ghost", "ml-loss-line"]);
      const legend = texts.filter((t) => [labels.run, ...ghosts.map((g) => g.label)].includes(t.text));
      expect(legend.map((t) => t.text)).toEqual([labels.run, ...ghosts.map((g) => g.label)]);
      // Each label's sample line in its curve's style.
      const samples = Array.from(svg.querySelectorAll(".ml-loss-legend path"));
      expect(samples.map((l) => l.parentElement?.getAttribute("stroke-dasharray") ?? "")).toEqual([
        "",
        "7 3",
        "2 3",
      ]);
      for (const t of legend) {
        if (size) expect(t.y, t.text).toBeGreaterThan(bottom + 20);
        else expect(t.y, t.text).toBeLessThan(bottom);
      }
    }
  });

  it("keeps the optimum's label under its line, off the curves that end just above it", () => {
    const near: [number, number][] = [
      [0, 0.47],
      [1, 0.105],
      [2, 0.1041],
    ];
    for (const size of [undefined, lossShapes.phone]) {
      const { texts, svg } = plotted({ losses: near, optimum: 0.0956, epochs: 2, labels, size });
      const rule = Number(svg.querySelector(".ml-loss-optimum line")?.getAttribute("y1"));
      const label = texts.find((t) => t.text === labels.optimum);
      expect(label?.y).toBeGreaterThan(rule + 6);
      expect(label?.y).toBeLessThan(
        Number(svg.querySelector('rect[aria-label="frame"]')?.getAttribute("height")) + 12,
      );
    }
  });
});
