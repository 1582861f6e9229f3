/**
 * The loss chart (src/figures/loss/figure.ts) shared by the live loss figure and "bring your own
 * data": fitted by default, or a fixed window with clipping, marks for losses above it, faint
 * comparison curves with a legend, and a divergence mark.
 */
import { describe, expect, it } from "vitest";
import { labelBox, textWidth } from "../../../src/draw/labels.ts";
import { type LossCurveOptions, lossCurveSvg, lossShapes } from "../../../src/figures/loss/figure.ts";

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

  it("a fitted chart keeps the optimum's label under its line, off a curve that ends just above it", () => {
    // As training usually ends: the last losses a hair above the optimum.
    const near: [number, number][] = [
      [0, 0.47],
      [0.2, 0.15],
      [0.5, 0.12],
      [1, 0.105],
      [1.5, 0.1045],
      [2, 0.1041],
    ];
    const text = "least-squares optimum";
    for (const size of [undefined, lossShapes.phone]) {
      const svg = lossCurveSvg(
        { losses: near, optimum: 0.0956, epochs: 2, labels: { ...labels, optimum: text }, size },
        "n",
      );
      const [, x, y, dy] =
        svg.match(/<text x="([\d.]+)" y="([\d.]+)" dy="(-?\d+)" text-anchor="end"[^>]*>least/) ?? [];
      expect(dy, `${size?.width ?? "natural"}: label under the line`).toBe("15");
      const box = labelBox({ text, x: Number(x), y: Number(y) + Number(dy), size: 12, anchor: "end" });
      expect(box.right - box.left).toBeCloseTo(textWidth(text, 12), 6);
      const line = svg.match(/class="ml-loss-line" d="M([^"]*)"/)?.[1] ?? "";
      const points = line.split("L").map((p) => p.split(",").map(Number));
      // The curve runs over the label (smaller y), never through it; the frame's bottom is below it.
      for (const [px, py] of points) if (px >= box.left - 2) expect(py).toBeLessThan(box.top);
      const bottom = Number(
        svg
          .match(/<rect[^>]*y="([\d.]+)"[^>]*height="([\d.]+)"[^>]*fill="none"/)
          ?.slice(1)
          .reduce((a, b) => Number(a) + Number(b), 0),
      );
      expect(bottom).toBeGreaterThan(0);
      expect(box.bottom).toBeLessThanOrEqual(bottom);
    }
  });
});
