/**
 * The theory page's figure functions: scales and ticks, the region map (bands, boundaries, regime
 * labels in their regimes, points at ηλᵢ), the scalar series (the core's factor and run), the
 * eigen-coordinates (z = Ox and back), and the playground's runs and markup.
 */
import { parseHTML } from "linkedom";
import {
  gd,
  gdFactor,
  momentum,
  momentumStabilityBound,
  nesterov,
  regime,
  rotatedQuadratic,
  run,
  scalarQuadratic,
  spectralRadius,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { niceTicks, scale, tickText } from "../../../src/draw/svg.ts";
import { eigenScene, fromEigen } from "../../../src/figures/eigen/figure.ts";
import {
  playgroundMapLayers,
  playgroundRuns,
  playgroundShapes,
} from "../../../src/figures/playground/figure.ts";
import { playgroundSpecs } from "../../../src/figures/playground/model.ts";
import { playgroundPanels as playgroundMarkup } from "../../../src/figures/playground/panels.ts";
import {
  regimeLabelPoints,
  regimes,
  regionLayers,
  regionLayout,
  regionPoints,
} from "../../../src/figures/region/figure.ts";
import { scalarSeries } from "../../../src/figures/scalar/figure.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { playgroundStrings, regionStrings } from "../../../src/i18n/views.ts";
import { defaults } from "../../../src/live/settings.ts";

const t = { region: regionStrings(strings("en")), playground: playgroundStrings(strings("en")) };
const svgOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document;

describe("svg helpers", () => {
  it("scales invert and tick at round numbers", () => {
    const s = scale([0, 4.8], [48, 624]);
    expect(s.invert(s(3.3))).toBeCloseTo(3.3, 12);
    expect(niceTicks(0, 4.8, 8)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0, 0.99, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    // Zero is zero, not the sum of steps from below (−2.8e−17, drawn as such).
    expect(niceTicks(-0.3, 0.7, 10)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(-0.0173, 0.0027, 4)).toEqual([-0.015, -0.01, -0.005, 0]);
    const log = scale([1e-8, 1e4], [240, 12], "log");
    expect(log(1)).toBeCloseTo(240 - (228 * 8) / 12, 9);
    expect(log.ticks(6)[0]).toBe(1e-8);
    expect(tickText(1e-6, "log")).toBe("10⁻⁶");
    expect(tickText(0.01, "log")).toBe("0.01");
    expect(tickText(-1.5)).toBe("−1.5");
  });
});

describe("convergence region", () => {
  const layout = regionLayout();
  const labels = { ...t.region };
  const setting = { eta: 0.6, beta: 0.5, lambdas: [0.2, 4], pointLabels: ["a", "b"] };

  it("draws bands, the two boundaries and a label for every regime, each inside its regime", () => {
    const html = renderPlot(wholePlot(regionLayers(layout, labels, setting)), labels.name);
    const document = svgOf(html);
    const svg = document.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-label")).toBe(labels.name);
    const texts = Array.from(document.querySelectorAll("text"), (e) => e.textContent);
    for (const r of regimes) expect(texts).toContain(labels.regimes[r]);
    expect(texts).toContain(labels.momentumBound);
    const points = regimeLabelPoints(layout);
    for (const r of regimes) expect(regime(points[r][0], points[r][1])).toBe(r);
    // The momentum boundary passes through (2 + 2β, β) as the core states it.
    const bound = document.querySelector('[stroke="var(--ml-optimum)"] path');
    const start = bound?.getAttribute("d")?.match(/^M([\d.]+),([\d.]+)/);
    expect(Number(start?.[1])).toBeCloseTo(layout.x(momentumStabilityBound(0)), 0);
    expect(html.length).toBeLessThan(40_000);
  });

  it("puts one point per curvature at (ηλᵢ, β)", () => {
    const [p1, p2] = regionPoints(layout, 0.6, 0.5, [0.2, 4]);
    expect(layout.x.invert(p1[0])).toBeCloseTo(0.12, 9);
    expect(layout.x.invert(p2[0])).toBeCloseTo(2.4, 9);
    expect(layout.y.invert(p1[1])).toBeCloseTo(0.5, 9);
    expect(p2[1]).toBe(p1[1]);
  });
});

describe("scalar rates", () => {
  it("GD is (1 − ηλ)^t in magnitude and momentum is the core's run", () => {
    const s = scalarSeries(4, 0.6, 0.5, 20);
    const factor = Math.abs(gdFactor(0.6, 4));
    expect(s.gd[7][1]).toBeCloseTo(factor ** 7, 12);
    const expected = run(scalarQuadratic(4), momentum({ eta: 0.6, beta: 0.5 }), { start: [1], steps: 20 });
    expect(s.momentum[13][1]).toBe(Math.abs(expected.points[13].x[0]));
    expect(s.rate[5][1]).toBeCloseTo(spectralRadius(0.5, 0.6, 4) ** 5, 12);
    expect(s.ends.gd).toBe(factor ** 20);
  });

  it("a diverging run's end is |x_T| after the last step, not where the core stopped it", () => {
    // The core stops this run near |x| = 2·10⁶; the 2×2 recurrence of E12 carries it to step 42.
    const s = scalarSeries(3.8, 1.21, 0.34, 42);
    expect(s.momentum.length).toBeLessThan(43);
    let [v, x] = [0, 1];
    for (let t = 0; t < 42; t++) [v, x] = [0.34 * v + 3.8 * x, x - 1.21 * (0.34 * v + 3.8 * x)];
    expect(s.ends.momentum / Math.abs(x)).toBeCloseTo(1, 9);
    expect(s.ends.momentum).toBeGreaterThan(9.7e20);
    expect(s.ends.momentum).toBeLessThan(9.8e20);
  });
});

describe("eigen-coordinates", () => {
  it("z is O(x − x*) by the core, and x = Oᵀz maps it back", () => {
    const setting = { eta: 1, beta: 0.5, angle: 30, kappa: 10, x1: -2.5, x2: 1.5, steps: 10 };
    const scene = eigenScene(setting);
    const q = rotatedQuadratic({ lambda1: 1, lambda2: 0.1, angle: Math.PI / 6 });
    expect(scene.values[0]).toBeCloseTo(0.1, 12);
    expect(scene.values[1]).toBeCloseTo(1, 12);
    expect(scene.z[4][0]).toBeCloseTo(q.toEigen(scene.x[4])[0], 12);
    const back = fromEigen(scene, scene.z[4]);
    expect(back[0]).toBeCloseTo(scene.x[4][0], 12);
    expect(back[1]).toBeCloseTo(scene.x[4][1], 12);
    // The angle turns the x picture only: z is the same for the same start in z.
    const turned = eigenScene({
      ...setting,
      angle: 75,
      ...toX(scene, eigenScene({ ...setting, angle: 75 })),
    });
    expect(turned.z[10][0]).toBeCloseTo(scene.z[10][0], 9);
    expect(turned.z[10][1]).toBeCloseTo(scene.z[10][1], 9);
  });
});

/** The x start that puts `other` at the same z start as `scene`. */
function toX(scene: ReturnType<typeof eigenScene>, other: ReturnType<typeof eigenScene>) {
  const [x1, x2] = fromEigen(other, scene.z[0]);
  return { x1, x2 };
}

describe("playground", () => {
  it("runs the chosen optimizers with the core and draws a path and a loss line for each", () => {
    const s = defaults(playgroundSpecs);
    const { runs, objective } = playgroundRuns(s);
    const q = rotatedQuadratic({ lambda1: 1, lambda2: 0.1, angle: Math.PI / 6 });
    const opts = { start: [-2.5, 1.5], steps: 50 };
    expect(runs.map((r) => r.points[50].f)).toEqual([
      run(q, gd({ eta: 1 }), opts).points[50].f,
      run(q, momentum({ eta: 1, beta: 0.5 }), opts).points[50].f,
      run(q, nesterov({ eta: 1, beta: 0.5 }), opts).points[50].f,
    ]);
    expect(objective.name).toBe("rotated quadratic");
    const document = svgOf(playgroundMarkup({ ...s, gd: 0 }, t.playground));
    // The map and the loss panel, each drawn in its two shapes (wide, and for a phone).
    expect(document.querySelectorAll("svg[role=img]").length).toBe(4);
    expect(
      Array.from(document.querySelectorAll("[data-panel] > svg"), (svg) => svg.getAttribute("data-shape")),
    ).toEqual(["wide", "phone", "wide", "phone"]);
    // GD is off: no path of it; the others have their path on the map and their loss line.
    expect(document.querySelector(".ml-run-gd")).toBeNull();
    expect(document.querySelector(".ml-loss-gd")).toBeNull();
    expect(document.querySelector(".ml-run-momentum path")?.getAttribute("d")?.length).toBeGreaterThan(10);
    expect(document.querySelector(".ml-loss-nesterov path")?.getAttribute("d")?.length).toBeGreaterThan(10);
  });

  it("draws the map at any size with equal scales, the level sets in their true shape", () => {
    const s = defaults(playgroundSpecs);
    const { runs, objective, window } = playgroundRuns(s);
    const labels = playgroundStrings(strings("en"));
    const sizes = [
      playgroundShapes.map.natural,
      playgroundShapes.map.phone,
      { width: 358, height: 268.5 },
      { width: 500, height: (500 * 672) / 680 },
    ];
    for (const size of sizes) {
      const { options } = playgroundMapLayers(s, runs, objective, window, labels, false, size);
      expect(options.width).toBe(size.width);
      expect(options.height).toBe(size.height);
      const across = options.width - options.marginLeft - options.marginRight;
      const down = options.height - options.marginTop - options.marginBottom;
      expect(across, `${size.width} × ${size.height}`).toBeCloseTo(
        down * ((window.x[1] - window.x[0]) / (window.y[1] - window.y[0])),
        6,
      );
      // Room kept for the tick labels and the axes' names.
      expect(options.marginLeft).toBeGreaterThanOrEqual(48);
      expect(options.marginBottom).toBeGreaterThanOrEqual(40);
    }
    // The desktop drawing is the width the page gives it (src/figures/playground/playground.css).
    expect(playgroundShapes.map.natural.width).toBe(680);
    expect(playgroundShapes.loss.natural.width).toBe(680);
  });

  it("switches to the stretched Rosenbrock function with its own window", () => {
    const { objective, window } = playgroundRuns({ ...defaults(playgroundSpecs), obj: 1, b: 30 });
    expect(objective.name).toBe("Rosenbrock");
    expect(objective.value([1, 1])).toBe(0);
    expect(window.x).toEqual([-2, 2]);
  });
});
