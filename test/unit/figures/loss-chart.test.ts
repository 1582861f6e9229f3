/**
 * The loss chart (src/figures/basics-loss.ts) shared by the live loss figure and "bring your own
 * data": fitted by default, or a fixed window with clipping, marks for losses above it, faint
 * comparison curves with a legend, and a divergence mark.
 */
import { describe, expect, it } from "vitest";
import { type LossCurveOptions, lossCurveSvg } from "../../../src/figures/basics-loss.ts";

const labels = { epoch: "epoch", loss: "loss", optimum: "optimum", run: "this run", diverged: "diverged" };
const losses: [number, number][] = [
  [0, 0.5],
  [0.5, 0.2],
  [1, 0.12],
];

describe("the loss chart", () => {
  it("by default fits the data: no clip, no legend, no marks", () => {
    const svg = lossCurveSvg({ losses, optimum: 0.1, epochs: 1, labels }, "name");
    expect(svg).toContain('aria-label="name"');
    expect(svg).not.toMatch(/clip-path|ml-loss-legend|ml-loss-above|ml-loss-diverged/);
    expect(svg.match(/class="ml-loss-line" d="M[^"]*"/)?.[0].split("L")).toHaveLength(3);
  });

  it("with a window clips, marks the losses above it, and keeps coordinates small for blown-up values", () => {
    const o: LossCurveOptions = {
      losses: [...losses, [1.5, 1e300], [2, Number.POSITIVE_INFINITY]],
      optimum: 0.1,
      epochs: 2,
      labels,
      window: [0.05, 0.3],
      divergedAt: 1.5,
      id: "fig-x",
    };
    const svg = lossCurveSvg(o, "name");
    expect(svg).toContain('<clipPath id="fig-x-clip">');
    expect(svg).toContain('clip-path="url(#fig-x-clip)"');
    // 0.5 at epoch 0, 1e300 and ∞: three triangles on the top edge.
    expect(svg.match(/class="ml-loss-above" d="([^"]*)"/)?.[1].match(/M/g)).toHaveLength(3);
    expect(svg).toContain("ml-loss-diverged");
    const line = svg.match(/class="ml-loss-line" d="([^"]*)"/)?.[1] ?? "";
    for (const n of line.match(/-?[\d.e+]+/g) ?? []) expect(Math.abs(Number(n))).toBeLessThan(1e6);
  });

  it("draws comparison curves under the run, with a legend naming each", () => {
    const svg = lossCurveSvg(
      {
        losses,
        optimum: null,
        epochs: 1,
        labels,
        ghosts: [
          { label: "η = 0.02, β = 0.5", losses },
          { label: "a < b", losses },
        ],
      },
      "name",
    );
    expect(svg.match(/data-ghost=/g)).toHaveLength(2);
    expect(svg.indexOf("data-ghost")).toBeLessThan(svg.indexOf("ml-loss-line"));
    expect(svg).toContain(">this run</text>");
    expect(svg).toContain(">η = 0.02, β = 0.5</text>");
    expect(svg).toContain(">a &lt; b</text>");
  });
});
