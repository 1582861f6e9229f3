import { parseHTML } from "linkedom";
import { bookObjective, gd, momentum, run } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { levelSets } from "../../../src/draw/levels.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { figureFor as drawnFor } from "../../../src/figures/example/figure.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { exampleFigureStrings } from "../../../src/i18n/views.ts";

const figureFor = (result: unknown, locale: "en" | "zh") =>
  drawnFor(result, exampleFigureStrings(strings(locale)));

const start = [-5, -2];
const svgOf = (result: unknown) => {
  const figure = figureFor(result, "en")!;
  const html = renderPlot(figure.options, "test figure", figure.summary);
  return { figure, document: parseHTML(`<html><body>${html}</body></html>`).document };
};

describe("trajectory figure", () => {
  it("draws level sets, the path and every iterate, with an accessible name and summary", () => {
    const trajectory = run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), { start, steps: 20 });
    const { figure, document } = svgOf(trajectory);
    const svg = document.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("test figure");
    expect(document.querySelectorAll("circle").length).toBe(21);
    expect(figure.summary).toContain("20 steps from (−5.000, −2.000) to (0.007, 0.003)");
    // Colours are CSS variables, so dark mode needs no redraw.
    expect(document.querySelector("circle")!.closest("[fill]")?.getAttribute("fill")).toBe(
      "var(--ml-momentum)",
    );
    // Plot's English names of its marks are not in the markup (they were, on the Chinese pages too).
    expect(document.querySelectorAll("g[aria-label]").length).toBe(0);
    expect(document.querySelectorAll('g[data-mark="y-axis tick label"]').length).toBe(1);
  });

  it("keeps the book's window for a diverging run and says where it went", () => {
    const trajectory = run(bookObjective, gd({ eta: 0.6 }), { start, steps: 20 });
    const { figure, document } = svgOf(trajectory);
    const yTicks = Array.from(document.querySelectorAll('g[data-mark="y-axis tick label"] text'), (t) =>
      Number(t.textContent?.replace("−", "-")),
    );
    expect(Math.max(...yTicks.map(Math.abs))).toBeLessThanOrEqual(3);
    // Drawn up to the first iterate outside the window (t = 2), not streaking across the plot after it.
    expect(document.querySelectorAll("circle").length).toBe(3);
    const note = document.querySelector('g[data-mark="text"]')?.textContent ?? "";
    expect(note).toContain("leaves the frame at t = 2");
    expect(note).toContain("x₂ = −1673.4");
    expect(figure.notes).toEqual([]);
  });

  it("reports a run stopped by the divergence guard", () => {
    const trajectory = run(bookObjective, gd({ eta: 0.6 }), { start, steps: 100 });
    expect(trajectory.diverged).toBe(true);
    expect(figureFor(trajectory, "en")!.notes).toEqual([`GD, η = 0.6: diverged at step ${trajectory.step}`]);
    expect(figureFor(trajectory, "zh")!.notes[0]).toContain(`在第 ${trajectory.step} 步发散`);
  });
});

describe("level sets", () => {
  it("lie on the requested levels of the objective", () => {
    const curves = levelSets({
      value: (x) => bookObjective.value(x),
      domain: { x: [-5.5, 1.5], y: [-3, 3] },
      values: [1, 2],
    });
    expect(curves.length).toBeGreaterThan(0);
    for (const curve of curves) {
      const inside = curve.points.filter(([x, y]) => x > -5.45 && x < 1.45 && Math.abs(y) < 2.95);
      for (const p of inside) expect(bookObjective.value(p)).toBeCloseTo(curve.value, 1);
    }
  });
});

describe("line and loss figures", () => {
  it("draws one labelled series per curve with a legend", () => {
    const chart = {
      series: [
        {
          label: "β = 0.90",
          points: [
            [0, 1],
            [1, 0.9],
            [2, 0.81],
          ],
        },
      ],
      x: { label: "τ" },
    };
    const { figure } = svgOf(chart);
    expect(figure.summary).toBe("β = 0.90: 3 points, last (2.000, 0.810).");
  });

  it("with a legend, the chart (not a legend swatch) is the image with the name", () => {
    const series = (label: string, r: number) => ({
      label,
      points: [0, 1, 2].map((t) => [t, r ** t]),
    });
    const { document } = svgOf({ series: [series("β = 0.9", 0.9), series("β = 0.5", 0.5)] });
    const images = [...document.querySelectorAll('svg[role="img"]')];
    expect(images).toHaveLength(1);
    expect(images[0].getAttribute("aria-label")).toBe("test figure");
    expect(images[0].querySelectorAll("path").length).toBeGreaterThan(0); // the curves are in it
    const swatches = [...document.querySelectorAll("svg")].filter((s) => s !== images[0]);
    expect(swatches.length).toBeGreaterThan(0);
    for (const swatch of swatches) expect(swatch.getAttribute("aria-hidden")).toBe("true");
  });

  it("a training result draws its loss curve from the initial loss on", () => {
    const result = {
      losses: [
        { epoch: 1, loss: 0.3 },
        { epoch: 2, loss: 0.25 },
      ],
      initialLoss: 0.5,
    };
    const { figure } = svgOf(result);
    expect(figure.summary).toBe("Loss recorded 3 times; final loss 0.250.");
  });

  it("returns null for a value it cannot draw", () => {
    expect(figureFor(42, "en")).toBeNull();
    expect(figureFor({ points: "x" }, "en")).toBeNull();
  });
});

describe("log axes", () => {
  it("print plain numbers, not SI prefixes", () => {
    const chart = {
      series: [
        {
          label: "a",
          points: [
            [0, 1],
            [1, 0.3],
            [2, 0.01],
          ],
        },
      ],
      y: { label: "‖x‖", type: "log" as const },
    };
    const { document } = svgOf(chart);
    const labels = Array.from(
      document.querySelectorAll('g[data-mark="y-axis tick label"] text'),
      (t) => t.textContent,
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).not.toMatch(/[mµ]$/);
  });
});
