/**
 * One colour per method, everywhere: every figure that draws a run of gradient descent, momentum or
 * Nesterov draws it in that method's colour (src/draw/theme.ts), whatever the order of the runs, and
 * its keys say the same; series that are not methods never take a method's colour; every colour
 * stands out from the page in both themes.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { bookObjective, gd, momentum, nesterov, type Optimizer, run } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { liveMarkClass, wholePlot } from "../../../src/draw/layers.ts";
import { linesFigure, type Series } from "../../../src/draw/lines.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import {
  keyStyle,
  type Method,
  methodColour,
  palette,
  runDashes,
  runStyles,
  runWidth,
  stackedStyles,
} from "../../../src/draw/theme.ts";
import { eigenLayers, eigenScene, eigenShapes } from "../../../src/figures/eigen/figure.ts";
import { figureFor } from "../../../src/figures/example/figure.ts";
import { noisePanels } from "../../../src/figures/noise/figure.ts";
import { noiseBook, noiseView } from "../../../src/figures/noise/model.ts";
import { playgroundOn, playgroundRuns } from "../../../src/figures/playground/figure.ts";
import { playgroundSpecs, playgroundText } from "../../../src/figures/playground/model.ts";
import { playgroundPanels as playgroundMarkup } from "../../../src/figures/playground/panels.ts";
import { scalarLayers, scalarSeries } from "../../../src/figures/scalar/figure.ts";
import { scalarSpecs, scalarText } from "../../../src/figures/scalar/model.ts";
import { liveRunStyles } from "../../../src/figures/trajectory/runs.ts";
import { bookState, type LiveConfig } from "../../../src/figures/trajectory/state.ts";
import { optimizerLabel } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import {
  basicsStrings,
  exampleFigureStrings,
  liveStrings,
  playgroundStrings,
  regionStrings,
  scalarStrings,
} from "../../../src/i18n/views.ts";
import { defaults } from "../../../src/live/settings.ts";

const all = strings("en");
const t = {
  live: liveStrings(all),
  playground: playgroundStrings(all),
  region: regionStrings(all),
  scalar: scalarStrings(all),
};
const figureStrings = exampleFigureStrings(all);
const methods: Method[] = ["gd", "momentum", "nesterov"];
const start = [-5, -2];
const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document;
const optimizerOf: Record<Method, Optimizer> = {
  gd: gd({ eta: 0.4 }),
  momentum: momentum({ eta: 0.6, beta: 0.5 }),
  nesterov: nesterov({ eta: 0.6, beta: 0.5 }),
};

describe("series colours (src/draw/theme.ts)", () => {
  it("gives each method one colour of its own, and the palette none of them", () => {
    const colours = methods.map(methodColour);
    expect(new Set(colours).size).toBe(3);
    for (const c of palette) expect(colours).not.toContain(c);
  });

  it("colours runs by method whatever their order, and dashes a method's later runs", () => {
    expect(runStyles(["momentum", "gd", "momentum", "nesterov", "momentum"])).toEqual([
      { colour: methodColour("momentum"), dash: runDashes[0] },
      { colour: methodColour("gd"), dash: runDashes[0] },
      { colour: methodColour("momentum"), dash: runDashes[1] },
      { colour: methodColour("nesterov"), dash: runDashes[0] },
      { colour: methodColour("momentum"), dash: runDashes[2] },
    ]);
    expect(new Set(runDashes).size).toBe(runDashes.length);
  });

  it("keys a dashed run with a broken bar of the same pattern", () => {
    expect(keyStyle({ colour: "var(--ml-gd)", dash: "" })).toBe("--ml-run: var(--ml-gd)");
    expect(keyStyle({ colour: "var(--ml-gd)", dash: "6 3" })).toBe(
      "--ml-run: var(--ml-gd); --ml-run-dash: repeating-linear-gradient(var(--ml-run) 0px 6px, transparent 6px 9px) 1",
    );
  });
});

describe("runs in a stack (the playground's)", () => {
  it("draws each run wider and lighter the more runs lie over it, the top one as any run", () => {
    const styles = stackedStyles(["gd", "momentum", "nesterov"]);
    expect(styles.map((s) => s.colour)).toEqual(methods.map(methodColour));
    expect(styles.map((s) => s.width)).toEqual([runWidth + 5, runWidth + 2.5, runWidth]);
    expect(styles.map((s) => s.opacity)).toEqual([0.55, 0.55, 1]);
    // A run alone, or the last one on, is drawn as in every other figure.
    expect(stackedStyles(["gd"])).toEqual([
      { colour: methodColour("gd"), dash: "", width: runWidth, opacity: 1 },
    ]);
    expect(stackedStyles(["gd", "nesterov"]).map((s) => s.width)).toEqual([runWidth + 2.5, runWidth]);
  });

  it("keys a run of a stack with a stroke of its line's width and opacity", () => {
    expect(keyStyle(stackedStyles(["gd", "nesterov"])[0])).toBe(
      "--ml-run: var(--ml-gd); --ml-run-width: 4.25px; --ml-run-opacity: 0.55",
    );
  });

  it("the playground's map and loss panel draw them so, under the same keys as the readouts", () => {
    const s = { ...defaults(playgroundSpecs), nesBeta: 0 };
    const document = doc(playgroundMarkup(s, t.playground));
    const styles = stackedStyles(["gd", "momentum", "nesterov"]);
    methods.forEach((m, k) => {
      const { width, opacity } = styles[k];
      for (const mark of ["run", "loss"]) {
        const g = document.querySelector(`.ml-${mark}-${m}`);
        expect(g?.getAttribute("stroke-width"), `${mark} ${m}`).toBe(String(width));
        expect(g?.getAttribute("stroke-opacity") ?? "1", `${mark} ${m}`).toBe(String(opacity));
      }
      // The dots under a run's are as much wider as its line: a ring around each (the build
      // rounds to 0.1 px).
      const dot = document.querySelector(`.ml-dots-${m} circle`);
      expect(Number(dot?.getAttribute("r"))).toBeCloseTo(2.75 + ((width ?? runWidth) - runWidth) / 2, 1);
    });
  });
});

describe("the colours in site.css", () => {
  const css = readFileSync(new URL("../../../src/styles/site.css", import.meta.url), "utf8");
  /** The custom properties of a rule (`:root {` or `:root[data-theme="light"] {`). */
  const block = (selector: string) => {
    const body = css.slice(css.indexOf(`${selector} {`)).split("}")[0];
    return Object.fromEntries(
      Array.from(body.matchAll(/(--ml-[\w-]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1], m[2]]),
    );
  };
  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  const contrast = (a: string, b: string) => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  // Starlight's page: white in the light theme, hsl(224 10% 10%) in the dark one.
  const themes = [
    { name: "dark", selector: ":root", page: "#17181c" },
    { name: "light", selector: ':root[data-theme="light"]', page: "#ffffff" },
  ];
  const variable = (colour: string) => colour.replace(/^var\((--[\w-]+)\)$/, "$1");

  for (const { name, selector, page } of themes) {
    it(`defines every method and palette colour, each ≥ 3:1 against the ${name} page, methods unlike the palette`, () => {
      const values = block(selector);
      const methodValues = methods.map((m) => values[variable(methodColour(m))]);
      const paletteValues = palette.map((c) => values[variable(c)]);
      for (const value of [...methodValues, ...paletteValues]) {
        expect(value).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrast(value, page)).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(methodValues.map((v) => v.toLowerCase())).size).toBe(3);
      for (const v of paletteValues)
        expect(methodValues.map((m) => m.toLowerCase())).not.toContain(v.toLowerCase());
    });
  }
});

describe("every figure draws a method's run in the method's colour", () => {
  const orders: Method[][] = [
    ["gd", "momentum"],
    ["momentum", "gd"],
    ["nesterov", "gd", "momentum"],
  ];

  for (const order of orders) {
    it(`trajectories of an example (Plot), runs ${order.join(", ")}`, () => {
      const runs = order.map((m) => run(bookObjective, optimizerOf[m], { start, steps: 20 }));
      const figure = figureFor(runs, figureStrings)!;
      const document = doc(renderPlot(figure.options, "runs", figure.summary));
      // One line a run, in the order of the runs.
      const lines = Array.from(document.querySelectorAll('g[aria-description="trajectory"] > g'));
      expect(lines.map((g) => g.getAttribute("stroke"))).toEqual(order.map(methodColour));
      // Every iterate's dot: its tooltip names the run, its fill is the run's method's colour.
      const dots = Array.from(document.querySelectorAll("circle"));
      expect(dots.length).toBeGreaterThan(order.length);
      for (const dot of dots) {
        const title = dot.querySelector("title")?.textContent ?? "";
        const r = runs.findIndex((x) =>
          title.startsWith(`${optimizerLabel(x.optimizer, all)}${t.live.comma}t = `),
        );
        expect(r).toBeGreaterThanOrEqual(0);
        // Its own fill, or its mark's (Plot sets a constant fill on the mark's group).
        expect(dot.closest("[fill]")?.getAttribute("fill")).toBe(methodColour(order[r]));
      }
    });
  }

  it("trajectories of one method with different parameters: one colour, told apart by dashes", () => {
    const runs = [0.25, 0.5, 0.9].map((beta) =>
      run(bookObjective, momentum({ eta: 0.3, beta }), { start, steps: 20 }),
    );
    const figure = figureFor(runs, figureStrings)!;
    const document = doc(renderPlot(figure.options, "runs", figure.summary));
    const lines = Array.from(document.querySelectorAll('g[aria-description="trajectory"] > g'));
    expect(lines.map((g) => g.getAttribute("stroke"))).toEqual(Array(3).fill(methodColour("momentum")));
    expect(lines.map((g) => g.getAttribute("stroke-dasharray") ?? "")).toEqual(runDashes.slice(0, 3));
  });

  it("a live trajectory figure: the comparison is gradient descent's colour, run 0 follows the method menu", () => {
    const config: LiveConfig = {
      key: "fig-test",
      objective: bookObjective.name,
      runs: [{ method: "momentum", eta: 0.6, beta: 0.5, linked: true }],
      start: [-5, -2],
      steps: 20,
      domain: { x: [-5.5, 1.5], y: [-3, 3] },
      optimum: [0, 0],
    };
    const book = bookState(config);
    expect(liveRunStyles(config, book).map((s) => s.colour)).toEqual([methodColour("momentum")]);
    expect(liveRunStyles(config, { ...book, compare: true })).toEqual([
      { colour: methodColour("momentum"), dash: "" },
      { colour: methodColour("gd"), dash: "" },
    ]);
    const nesterovFirst = { ...book, method: "nesterov" as const, compare: true };
    expect(liveRunStyles(config, nesterovFirst).map((s) => s.colour)).toEqual([
      methodColour("nesterov"),
      methodColour("gd"),
    ]);
    // Three momentum runs (the exercise): run 0 turned into gradient descent keeps the others' styles apart.
    const three: LiveConfig = {
      ...config,
      runs: [0.5, 0.9, 0.2].map((beta) => ({ method: "momentum" as const, eta: 0.6, beta, linked: false })),
    };
    expect(liveRunStyles(three, { ...bookState(three), method: "gd", beta: 0 })).toEqual([
      { colour: methodColour("gd"), dash: "" },
      { colour: methodColour("momentum"), dash: "" },
      { colour: methodColour("momentum"), dash: runDashes[1] },
    ]);
  });

  for (const order of orders) {
    it(`a line chart of methods' runs (an example's chart), series ${order.join(", ")}`, () => {
      const series: Series[] = order.map((method, k) => ({
        label: `run ${k}`,
        method,
        points: [
          [0, 1],
          [1, 0.5 - k / 10],
        ],
      }));
      const options = linesFigure({ series, punctuation: t.live });
      const document = doc(renderPlot(options, "chart", ""));
      const strokes = Array.from(document.querySelectorAll('g[aria-label="line"] path, path[stroke]'))
        .map((p) => p.getAttribute("stroke") ?? p.parentElement?.getAttribute("stroke"))
        .filter((s): s is string => Boolean(s?.startsWith("var(--ml-") && !s.includes("muted")));
      expect(new Set(strokes)).toEqual(new Set(order.map(methodColour)));
      // The legend's swatches: one per series, in its method's colour.
      const swatches = Array.from(document.querySelectorAll("[class$='-swatch'] svg"), (s) =>
        s.getAttribute("fill"),
      );
      expect(swatches).toEqual(order.map(methodColour));
    });
  }

  it("a line chart of series that are not methods: the palette", () => {
    const series: Series[] = [0, 1, 2].map((k) => ({ label: `β = ${k}`, points: [[0, k]] }));
    const document = doc(renderPlot(linesFigure({ series, punctuation: t.live }), "chart", ""));
    const swatches = Array.from(document.querySelectorAll("[class$='-swatch'] svg"), (s) =>
      s.getAttribute("fill"),
    );
    expect(swatches).toEqual(palette.slice(0, 3));
  });

  it("noisy gradients: SGD in gradient descent's colour, momentum in momentum's, in both orders", () => {
    const o = noiseView(noiseBook, basicsStrings(strings("en"))).options;
    expect(o.methods).toEqual(["gd", "momentum"]);
    for (const flip of [false, true]) {
      const options = flip
        ? {
            ...o,
            runs: [...o.runs].reverse(),
            distances: [...o.distances].reverse(),
            methods: [...o.methods].reverse(),
          }
        : o;
      // The runs over the level sets, then their distances: one line a run in each panel.
      for (const [k, which] of ["run", "distance"].entries()) {
        const document = doc(renderPlot(wholePlot(noisePanels[k].layers(options)), "noise"));
        const lines = document.querySelectorAll(`[aria-description="${which}"] .${liveMarkClass}`);
        const strokes = Array.from(lines, (p) => p.getAttribute("stroke"));
        expect(strokes).toEqual(options.methods.map(methodColour));
      }
    }
  });

  it("the scalar rates: gradient descent's curve, legend and readout key in its colour, momentum's in its", () => {
    const v = defaults(scalarSpecs);
    const labels = { name: "n", x: "t", y: "|x|", gd: "GD", momentum: "momentum", rate: "rate" };
    const document = doc(
      renderPlot(wholePlot(scalarLayers(labels, scalarSeries(v.lambda, v.eta, v.beta))), "n"),
    );
    for (const m of ["gd", "momentum"] as const) {
      const curve = document.querySelector(`[aria-description="${m}"] .${liveMarkClass}`);
      expect(curve?.getAttribute("stroke")).toBe(methodColour(m));
      expect(curve?.querySelector("path")?.getAttribute("d")).toMatch(
        /^M[\d.]+,[\d.]+(L[-\d.]+,[-\d.]+){40}$/,
      );
    }
    // The legend's sample lines, in the order of its labels.
    const legend = Array.from(document.querySelectorAll("[data-mark='rule']"), (g) =>
      g.getAttribute("stroke"),
    );
    const names = Array.from(document.querySelectorAll("[data-mark='text'] text"), (x) => x.textContent);
    expect(names).toEqual([labels.gd, labels.momentum, labels.rate]);
    expect(legend.slice(0, 2)).toEqual([methodColour("gd"), methodColour("momentum")]);
    const text = scalarText(v, t.scalar, t.region.regimes, scalarSeries(v.lambda, v.eta, v.beta).ends);
    expect(text.keys).toEqual([`--ml-run: ${methodColour("gd")}`, `--ml-run: ${methodColour("momentum")}`]);
  });

  it("the eigen-coordinates: the momentum run in momentum's colour", () => {
    const eigenLabels = { name: "n", x1: "x₁", x2: "x₂", z1: "z₁", z2: "z₂", titleX: "x", titleZ: "z" };
    const scene = eigenScene({ kappa: 10, angle: 30, eta: 1, beta: 0.5, x1: -2, x2: 1.5, steps: 20 });
    for (const size of [undefined, eigenShapes.phone]) {
      const document = doc(renderPlot(wholePlot(eigenLayers(scene, eigenLabels, size)), "n"));
      // Each panel's run (line and dots, one group a panel).
      const line = Array.from(document.querySelectorAll('[data-mark="line"] .ml-eigen-run'));
      const dots = Array.from(document.querySelectorAll('[data-mark="dot"] .ml-eigen-run'));
      expect(line).toHaveLength(2);
      expect(dots).toHaveLength(2);
      for (const g of line) {
        expect(g.getAttribute("stroke")).toBe(methodColour("momentum"));
        expect(g.querySelector("path")?.getAttribute("d")).toMatch(/^M/);
      }
      for (const g of dots) {
        expect(g.getAttribute("fill")).toBe(methodColour("momentum"));
        expect(g.querySelectorAll("circle").length).toBe(21);
      }
    }
  });

  it("the playground: each method's path, dots, loss curve and readout key in its colour, whichever are on", () => {
    const all = defaults(playgroundSpecs);
    for (const on of [
      { gd: 1, mom: 1, nes: 1 },
      { gd: 0, mom: 1, nes: 1 },
      { gd: 1, mom: 0, nes: 1 },
      { gd: 0, mom: 0, nes: 1 },
    ]) {
      const s = { ...all, ...on };
      const document = doc(playgroundMarkup(s, t.playground));
      for (const m of playgroundOn(s)) {
        for (const [mark, attr] of [
          ["run", "stroke"],
          ["dots", "fill"],
          ["loss", "stroke"],
        ]) {
          expect(document.querySelector(`.ml-${mark}-${m}`)?.getAttribute(attr)).toBe(methodColour(m));
        }
      }
      const { runs, objective } = playgroundRuns(s);
      const text = playgroundText(s, runs, objective.minimizer ?? [0, 0], t.playground, t.live);
      expect(text.keys).toEqual(stackedStyles(playgroundOn(s)).map(keyStyle));
      playgroundOn(s).forEach((m, k) => {
        expect(text.keys?.[k]).toMatch(new RegExp(`^--ml-run: var\\(--ml-${m}\\);`));
      });
      // Each key stands before the readout of its own method.
      playgroundOn(s).forEach((m, k) => {
        expect(text.lines[k].startsWith(t.live[m])).toBe(true);
      });
    }
  });
});
