/** The pure figure functions and models of the basics and experiments figures. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  autoMpgColumns,
  autoMpgRows,
  bookObjective,
  effectiveWeights,
  momentum,
  prepareData,
  run,
  trainMomentum,
} from "../../../src/core/index.ts";
import { labelBox, overlaps, textWidth } from "../../../src/draw/labels.ts";
import { liveMarkClass, wholePlot } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import type { Size } from "../../../src/draw/svg.ts";
import { lossLayers } from "../../../src/figures/loss/figure.ts";
import { noiseBook, noiseView, sgdEta } from "../../../src/figures/noise/model.ts";
import {
  lossCurve,
  recordEvery,
  runJobNow,
  trainJob,
  trainPresets,
} from "../../../src/figures/own-data/model.ts";
import { flatTable } from "../../../src/figures/own-data/read.ts";
import { stepLabels, stepLayers, stepShapes, stepWindow } from "../../../src/figures/step/figure.ts";
import { stepRanges, stepVectors, stepView } from "../../../src/figures/step/model.ts";
import { weightsLayers } from "../../../src/figures/weights/figure.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { basicsStrings } from "../../../src/i18n/views.ts";

const basicsUi = (locale: "en" | "zh") => basicsStrings(strings(locale));

const t = basicsUi("en");

/** The step figure at step k, as the build draws it with Plot. */
const stepSvg = (k: number, strings: typeof t, size?: Size) =>
  renderPlot(wholePlot(stepLayers(stepView({ t: k }, strings).options, size)), "step");

describe("effective-weight figure", () => {
  it("draws one stem and one dot per weight, from the core, the last stem at β^N", () => {
    const o = { beta: 0.6, n: 9, xLabel: "τ", yLabel: "β^τ" };
    const svg = renderPlot(wholePlot(weightsLayers(o)), "weights", "summary");
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const root = document.querySelector("svg");
    expect([root?.getAttribute("role"), root?.getAttribute("aria-label")]).toEqual(["img", "weights"]);
    expect(root?.getAttribute("aria-description")).toBe("summary");
    // The stems and dots are the live marks (re-plotted by the island), in the figure's colour.
    const stems = Array.from(document.querySelectorAll(`[data-mark="rule"].${liveMarkClass} line`));
    const dots = Array.from(document.querySelectorAll(`[data-mark="dot"].${liveMarkClass} circle`));
    expect(stems).toHaveLength(10);
    expect(dots).toHaveLength(10);
    // heights: the stem tops are proportional to the core's weights, the dots on them
    const at = (e: Element, a: string) => Number(e.getAttribute(a));
    const tops = stems.map((l) => at(l, "y1") - at(l, "y2"));
    const w = effectiveWeights(0.6, 10);
    expect(tops[3] / tops[0]).toBeCloseTo(w[3], 2);
    expect(tops[9] / tops[0]).toBeCloseTo(w[9], 2);
    dots.forEach((d, k) => {
      expect(at(d, "cx")).toBe(at(stems[k], "x1"));
      expect(at(d, "cy")).toBe(at(stems[k], "y2"));
    });
  });
});

describe("one momentum step", () => {
  it("takes its vectors from the core's run: v_t = β v_{t−1} + g and x_t = x_{t−1} − η v_t", () => {
    for (const k of [1, 3, 12, 20]) {
      const s = stepVectors(k);
      const r = run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), { start: [-5, -2], steps: k });
      expect(s.x).toEqual(r.points[k].x);
      for (const i of [0, 1]) {
        expect(s.v[i]).toBeCloseTo(s.betav[i] + s.g[i], 12);
        expect(s.x[i]).toBeCloseTo(s.xprev[i] - 0.6 * s.v[i], 12);
      }
    }
  });

  it("marks each term with its own class, and the window keeps equal scales and holds the arrows", () => {
    const svg = stepSvg(3, t);
    for (const name of ["v", "betav", "g", "x", "xprev", "step"])
      expect(svg).toContain(`class="ml-term-${name} `);
    const w = stepWindow([
      [0, 0],
      [1, 2],
    ]);
    const sx = (w.x[1] - w.x[0]) / (626 - 52);
    const sy = (w.y[1] - w.y[0]) / (288 - 10);
    expect(sx).toBeCloseTo(sy, 10);
    expect(w.y[0]).toBeLessThan(0);
    expect(w.y[1]).toBeGreaterThan(2);
  });
});

describe("one momentum step, its labels", () => {
  /** The figure's labels (bold 13 px, where Plot drew them) and its two points, in a drawing of step k. */
  const parts = (k: number, strings: typeof t, size?: Size) => {
    const { document } = parseHTML(`<html><body>${stepSvg(k, strings, size)}</body></html>`);
    const at = (e: Element | null) =>
      (e?.getAttribute("transform") ?? "").match(/translate\(([-\d.]+),([-\d.]+)\)/);
    return {
      document,
      labels: Array.from(document.querySelectorAll('[class^="ml-term-"] text')).map((e) => ({
        text: e.textContent ?? "",
        x: Number(at(e)?.[1]),
        y: Number(at(e)?.[2]),
      })),
      dots: Array.from(document.querySelectorAll('[class^="ml-term-"] circle')).map((e) => {
        const [u, v] = [Number(e.getAttribute("cx")), Number(e.getAttribute("cy"))];
        return { left: u - 5, right: u + 5, top: v - 5, bottom: v + 5 };
      }),
    };
  };

  it("no label runs into another label, a point or the y axis's title, at every step, on a desktop and a phone, in both languages", () => {
    for (const locale of ["en", "zh"] as const) {
      const strings = basicsUi(locale);
      for (let k = stepRanges.t.min; k <= stepRanges.t.max; k++) {
        for (const size of [undefined, stepShapes.phone]) {
          const { document, labels, dots } = parts(k, strings, size);
          const placed = Object.values(stepLabels(stepView({ t: k }, strings).options, size));
          // Plot draws each label where it was placed (to the 0.1 px the build rounds to).
          expect(labels).toHaveLength(6);
          for (const [i, l] of placed.entries()) {
            expect(labels[i].text).toBe(l.text);
            expect(labels[i].x).toBeCloseTo(l.x, 1);
            expect(labels[i].y).toBeCloseTo(l.y, 1);
          }
          expect(dots).toHaveLength(2);
          // The y axis's title (rotated, its glyphs right of its anchor by 0.7 em) stays clear of its tick labels.
          const title = document.querySelector('[data-mark="y-axis label"]');
          const shift = Number(title?.getAttribute("transform")?.match(/translate\(([-\d.]+)/)?.[1]);
          const anchor = Number(
            title
              ?.querySelector("text")
              ?.getAttribute("transform")
              ?.match(/translate\(([-\d.]+)/)?.[1],
          );
          const ticks = document.querySelector('[data-mark="y-axis tick label"]');
          const tickShift = Number(ticks?.getAttribute("transform")?.match(/translate\(([-\d.]+)/)?.[1]);
          const tickLefts = Array.from(ticks?.querySelectorAll("text") ?? []).map(
            (e) =>
              Number(e.getAttribute("transform")?.match(/translate\(([-\d.]+)/)?.[1]) +
              tickShift -
              textWidth(e.textContent ?? "", 13),
          );
          expect(tickLefts.length).toBeGreaterThan(1);
          expect(Math.min(...tickLefts), `${locale}, step ${k}: y ticks`).toBeGreaterThan(
            shift + anchor + 0.7 * 13 + 7,
          );
          const boxes = placed.map(labelBox);
          const where = `${locale}, step ${k}, ${size ? "phone" : "desktop"}`;
          boxes.forEach((b, i) => {
            for (const other of boxes.slice(i + 1))
              expect(overlaps(b, other), `${where}: ${placed[i].text}`).toBe(false);
            for (const d of dots)
              expect(overlaps(b, d), `${where}: ${placed[i].text} on a point`).toBe(false);
          });
        }
      }
    }
  }, 30_000); // 80 drawings rendered with Plot: over the default 5 s on a loaded machine

  it("two drawings in one page keep their clip ids apart", () => {
    const ids = [undefined, stepShapes.phone].map(
      (size) => stepSvg(3, t, size).match(/<clipPath id="([^"]+)"/)?.[1],
    );
    expect(ids[0]).toBeTruthy();
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe("noisy gradients", () => {
  it("compares SGD at η/(1 − β) with momentum (η, β) and says so in the caption", () => {
    expect(sgdEta(noiseBook)).toBeCloseTo(0.4, 12);
    const { result: r, caption, lines } = noiseView(noiseBook, t);
    expect(r.runs[0].optimizer).toEqual({ method: "gd", eta: 0.4, beta: 0 });
    expect(r.runs[1].optimizer).toEqual({ method: "momentum", eta: 0.2, beta: 0.5 });
    expect(caption.text).toContain("SGD with η = 0.4 and momentum with η = 0.2, β = 0.5");
    expect(lines[1][1]).toMatch(/^rms /);
  });
});

describe("bring your own data", () => {
  it("a job is the core's training: same final loss as trainMomentum on the same data and seed", () => {
    const rows = autoMpgRows.map((r) => [...r]);
    const preset = trainPresets[2];
    expect(preset).toMatchObject({ eta: 0.005, beta: 0.9, batch: 10, epochs: 2 });
    const table = flatTable({ columns: [...autoMpgColumns], rows });
    const outcome = runJobNow(trainJob(table, rows[0].length - 1, rows.length, preset));
    const direct = trainMomentum(
      prepareData(rows),
      { eta: 0.005, beta: 0.9 },
      { epochs: 2, batchSize: 10, seed: 0 },
    );
    expect(outcome.finalLoss).toBe(direct.finalLoss);
    expect(outcome.optimum).toBeGreaterThan(0);
    expect(outcome.optimum).toBeLessThan(outcome.finalLoss);
    expect(recordEvery(1500, 10)).toBe(60);
    const figure = renderPlot(wholePlot(lossLayers(lossCurve(outcome, 2, t))), "loss");
    expect(figure.startsWith("<svg")).toBe(true);
    expect(figure).toContain("least-squares optimum");
  });

  it("a job that cannot train ends with a message, not an exception", () => {
    const rows = [
      [1, 1, 2],
      [1, 2, 3],
      [1, 3, 4],
    ];
    const outcome = runJobNow(trainJob(flatTable({ columns: ["a", "b", "y"], rows }), 2, 3, trainPresets[0]));
    expect(outcome.error).toContain("column 1");
  });
});
