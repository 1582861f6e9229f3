/**
 * The noise figure's distance panel keeps its window when a run diverges: the axis stops at twice
 * the start's distance (a nice number above it), and the run that goes off the top says so.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { type NoiseFigureOptions, noisePanels } from "../../../src/figures/noise/figure.ts";

const start = Math.hypot(-5, -2);
/** SGD blowing up from step 10 (to 400 and beyond), momentum settling. */
const options = (blowUp: boolean): NoiseFigureOptions => {
  const steps = 40;
  const ts = Array.from({ length: steps + 1 }, (_, t) => t);
  const sgd = ts.map((t) => [t, blowUp && t >= 10 ? start * 1.5 ** (t - 9) : start * 0.9 ** t] as const);
  const momentum = ts.map((t) => [t, start * 0.85 ** t] as const);
  return {
    runs: [[], []],
    methods: ["gd", "momentum"],
    distances: [sgd, momentum],
    steps,
    labels: { x1: "x₁", x2: "x₂", step: "step", distance: "distance" },
    notes: ["SGD goes off the top at step {k}", "momentum goes off the top at step {k}"],
  };
};
const panel = noisePanels.find((p) => p.name === "distances");
if (!panel) throw new Error("the noise figure has no distance panel");
const distances = panel;

describe("the noise figure's distance panel", () => {
  it("keeps its window when SGD diverges, and says where it went off the top", () => {
    const layers = distances.layers(options(true));
    const top = (layers.options.y as { domain: number[] }).domain[1];
    expect(top).toBeGreaterThanOrEqual(start);
    expect(top).toBeLessThanOrEqual(2 * start * 1.5);
    const { document } = parseHTML(`<html><body>${renderPlot(wholePlot(layers), "d")}</body></html>`);
    const note = document.querySelector(".ml-noise-off")?.textContent ?? "";
    const first = options(true).distances[0].find((p) => p[1] > top)?.[0];
    expect(note).toBe(`SGD goes off the top at step ${first}`);
  });

  it("has no note when every run stays in the window", () => {
    const layers = distances.layers(options(false));
    const { document } = parseHTML(`<html><body>${renderPlot(wholePlot(layers), "d")}</body></html>`);
    expect(document.querySelector(".ml-noise-off")).toBeNull();
    expect((layers.options.y as { domain: number[] }).domain[1]).toBeGreaterThanOrEqual(start);
  });
});
