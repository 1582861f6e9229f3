/**
 * Figures on a phone: the size a live figure is drawn at (the phone shape below `phoneWidth`, the
 * same number as the stylesheet's container query), the build's two drawings, label boxes and
 * their placement, and for the region map, the scalar rates, the effective weights and the loss
 * curves drawn at phone widths: a plot tall enough to read, no label over another, legends under
 * the plot rather than on the curves. Text boxes are estimated as the figures estimate them.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { momentumStabilityBound, regime } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import {
  type Label,
  labelBox,
  legendRows,
  overlaps,
  placeLabel,
  textWidth,
} from "../../../src/draw/labels.ts";
import { textEms, wholePlot, wrapText } from "../../../src/draw/layers.ts";
import { renderPlot } from "../../../src/draw/render-server.ts";
import { type Box, phoneWidth, type Shapes, type Size, shapedSvgs } from "../../../src/draw/svg.ts";
import { lossLayers, lossShapes } from "../../../src/figures/loss/figure.ts";
import { noisePanels } from "../../../src/figures/noise/figure.ts";
import { noiseBook, noiseView } from "../../../src/figures/noise/model.ts";
import {
  regionLayers,
  regionLayout,
  regionShapes,
  regionTextLabels,
} from "../../../src/figures/region/figure.ts";
import { scalarLayers, scalarSeries, scalarShapes } from "../../../src/figures/scalar/figure.ts";
import { weightsLayers, weightsShapes } from "../../../src/figures/weights/figure.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { basicsStrings, regionStrings, scalarStrings } from "../../../src/i18n/views.ts";
import { sizeFor } from "../../../src/live/fit.ts";

const basicsUi = (locale: "en" | "zh") => basicsStrings(strings(locale));

const shapes: Shapes = { natural: { width: 640, height: 300 }, phone: { width: 360, height: 340 } };
/** Container widths of phones: 320 px screens to the widest below the phone shape's limit. */
const phoneWidths = [304, 358, 398, 479];

describe("the size a live figure is drawn at", () => {
  it("below phoneWidth: the container's width with the phone shape's aspect", () => {
    for (const w of [304, 343, 359, 391, 398, 479]) {
      const size = sizeFor(shapes, w);
      expect(size?.width).toBe(w);
      expect((size?.height ?? 0) / w).toBeCloseTo(340 / 360, 12);
    }
  });

  it("from the phone drawing's width to 13/12 of it (360–390 px; text at most 13 px, never below its own size): that drawing, as it is", () => {
    for (const w of [360, 361, 380, 390]) expect(sizeFor(shapes, w), `${w} px`).toBe(shapes.phone);
    // Without a phone shape, a narrow container still gets the natural aspect at its width.
    expect(sizeFor({ natural: shapes.natural }, 380)?.width).toBe(380);
  });

  it("from phoneWidth up, and for a figure without a phone shape, as before", () => {
    expect((sizeFor(shapes, 480)?.height ?? 0) / 480).toBeCloseTo(300 / 640, 12);
    expect(sizeFor(shapes, 640)).toBeUndefined();
    expect((sizeFor({ natural: shapes.natural }, 358)?.height ?? 0) / 358).toBeCloseTo(300 / 640, 12);
  });

  it("the stylesheet switches to the phone drawing at the same width", () => {
    const css = readFileSync("src/styles/figures.css", "utf8");
    expect(css).toContain(`@container (width < ${phoneWidth}px)`);
  });

  it("the build draws both shapes, the natural one first, with their own ids", () => {
    const sizes: (Size | undefined)[] = [];
    const html = shapedSvgs(shapes, (size, suffix) => {
      sizes.push(size);
      return `<svg viewBox="0 0 ${size?.width ?? 640} 1"><clipPath id="c${suffix}"/></svg>`;
    });
    expect(sizes).toEqual([undefined, shapes.phone]);
    expect(html).toMatch(/^<svg data-shape="wide" viewBox="0 0 640 1"><clipPath id="c"\/>/);
    expect(html).toContain('<svg data-shape="phone" viewBox="0 0 360 1"><clipPath id="c-phone"/>');
    expect(shapedSvgs({ natural: shapes.natural }, () => "<svg></svg>")).toBe("<svg></svg>");
    // A Plot chart with a legend is a <figure>: marked the same way.
    expect(
      shapedSvgs(shapes, (size) => `<figure class="p"><svg width="${size?.width ?? 640}"></svg></figure>`),
    ).toBe(
      '<figure data-shape="wide" class="p"><svg width="640"></svg></figure><figure data-shape="phone" class="p"><svg width="360"></svg></figure>',
    );
  });
});

describe("a corner note wrapped to its frame (src/draw/layers.ts wrapText)", () => {
  const zh = "梯度下降，η = 0.6 在 t = 2 时离开画面；最终 x₂ = −1673.4";
  const en = "gradient descent, η = 0.6 leaves the frame at t = 2; at the end x₂ = −1673.4";

  it("counts a Chinese character as a full em, other text as about half of one", () => {
    expect(textEms("离开画面；")).toBe(5);
    expect(textEms("t = 2")).toBeCloseTo(5 * 0.55, 9);
  });

  it("keeps a note that fits on one line, and breaks one that does not at its spaces and CJK punctuation", () => {
    expect(wrapText(en, 42)).toHaveLength(1);
    for (const [text, ems] of [
      [zh, 21],
      [en, 21],
      [en, 12],
    ] as const) {
      const lines = wrapText(text, ems);
      expect(lines.length, text).toBeGreaterThan(1);
      for (const line of lines) expect(textEms(line), line).toBeLessThanOrEqual(ems);
      // Nothing lost but the spaces at the breaks; an equation stays on one line.
      expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      expect(lines.some((l) => /x₂\s=\s−1673\.4$/.test(l))).toBe(true);
    }
    expect(wrapText(zh, 21)[0].endsWith("；")).toBe(true);
  });
});

describe("label boxes", () => {
  it("estimate widths from the characters: CJK full width, wide and narrow letters", () => {
    expect(textWidth("单调", 12)).toBe(24);
    expect(textWidth("mm", 12)).toBeGreaterThan(textWidth("ii", 12) * 2);
    expect(textWidth("oscillating", 13, true)).toBeGreaterThan(textWidth("oscillating", 13));
  });

  it("follow the anchor, and overlap only when they share an area", () => {
    const l: Label = { text: "abcd", x: 100, y: 50, anchor: "middle", size: 12 };
    const b = labelBox(l);
    expect((b.left + b.right) / 2).toBeCloseTo(100, 9);
    expect(labelBox({ ...l, anchor: "end" }).right).toBe(100);
    expect(labelBox({ ...l, anchor: "start" }).left).toBe(100);
    expect(b.top).toBeLessThan(50);
    expect(overlaps(b, { ...b, left: b.right + 1, right: b.right + 9 })).toBe(false);
    expect(overlaps(b, { ...b, left: b.right - 1, right: b.right + 9 })).toBe(true);
  });

  it("a label takes the first free spot inside the box, else its first choice", () => {
    const within = { left: 0, top: 0, right: 200, bottom: 100 };
    const at = (x: number): Label => ({ text: "label", x, y: 50, anchor: "start", size: 12 });
    const taken: Box[] = [labelBox(at(20))];
    expect(placeLabel([at(25), at(190), at(120)], taken, within).x).toBe(120);
    expect(taken).toHaveLength(2);
    expect(placeLabel([at(25)], taken, within).x).toBe(25);
  });

  it("legend entries flow into rows that fit the width", () => {
    const entries = ["one entry", "another entry", "a third one"].map((label) => ({ label, stroke: "" }));
    expect(legendRows(entries, 1000)).toHaveLength(1);
    expect(legendRows(entries, 230).map((r) => r.length)).toEqual([2, 1]);
    expect(legendRows(entries, 10)).toHaveLength(3);
  });
});

/**
 * Every <text> of an SVG as a label: its position from its own and its parents' translations (dy
 * in ems), its size, anchor and weight as set on it or inherited (Plot sets them on a mark's group).
 */
function textLabels(svg: string): (Label & { transform: boolean })[] {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const inherited = (el: Element, name: string) => el.closest(`[${name}]`)?.getAttribute(name) ?? null;
  return Array.from(document.querySelectorAll("text")).map((el) => {
    let [dx, dy] = [0, 0];
    for (let e: Element | null = el; e && e.tagName.toLowerCase() !== "svg"; e = e.parentElement) {
      const m = e.getAttribute("transform")?.match(/^translate\(([-\d.]+),([-\d.]+)\)$/);
      if (m) [dx, dy] = [dx + Number(m[1]), dy + Number(m[2])];
    }
    const regime = el.closest(".ml-regime") !== null;
    const size = regime ? 13 : Number(inherited(el, "font-size") ?? 13);
    const em = Number.parseFloat(el.getAttribute("dy") ?? "0");
    // Plot sets a text's baseline in ems ("0.3em") and places the text by its own translation.
    const y = el.getAttribute("y") ?? "0";
    return {
      text: el.textContent ?? "",
      x: dx + Number(el.getAttribute("x") ?? 0),
      y: dy + (y.endsWith("em") ? Number.parseFloat(y) * size : Number(y)) + em * size,
      anchor: (inherited(el, "text-anchor") ?? "start") as Label["anchor"],
      size,
      bold: regime,
      transform: /rotate/.test(el.getAttribute("transform") ?? ""),
    };
  });
}

/** Pairs of labels whose boxes overlap (rotated axis names left out: they sit apart at the side). */
function clashes(svg: string): string[] {
  const boxes = textLabels(svg)
    .filter((l) => !l.transform)
    .map((l) => ({ text: l.text, box: labelBox(l) }));
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) out.push(`${a.text} × ${b.text}`);
  });
  return out;
}

/** The plot frame's box: the first unfilled <rect> (the axes' frame, or Plot's frame mark). */
function frame(svg: string): Box {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const rect = document.querySelector('rect[fill="none"]');
  const [x, y, w, h] = ["x", "y", "width", "height"].map((k) => Number(rect?.getAttribute(k)));
  return { left: x, top: y, right: x + w, bottom: y + h };
}

/** The region map as the build draws it. */
const regionSvg = (...args: Parameters<typeof regionLayers>) =>
  renderPlot(wholePlot(regionLayers(...args)), args[1].name);

const phoneSizes = (s: Shapes) => phoneWidths.map((w) => sizeFor(s, w) as Size);

describe.each(["en", "zh"] as const)("the region map on a phone (%s)", (locale) => {
  const t = regionStrings(strings(locale));
  const setting = { eta: 0.6, beta: 0.5, lambdas: [0.2, 4], pointLabels: ["λ = 0.2", "λ = 4"] };

  it("has a plot at least 200 px tall and no label over another", () => {
    for (const size of phoneSizes(regionShapes)) {
      const svg = regionSvg(regionLayout(size.width, size.height), t, setting);
      const box = frame(svg);
      expect(box.bottom - box.top, `${size.width} px`).toBeGreaterThanOrEqual(200);
      expect(clashes(svg), `${size.width} px`).toEqual([]);
    }
  });

  // It draws the map at every phone size for three values of η: about 3 s alone, 8 s beside a build
  // on 2 cores (npm test runs the unit tests alongside it), over vitest's default limit of 5 s.
  it("keeps the points' labels off the tick labels wherever the points are", { timeout: 30_000 }, () => {
    for (const size of phoneSizes(regionShapes)) {
      for (const eta of [0.05, 0.3, 1.2]) {
        const svg = regionSvg(regionLayout(size.width, size.height), t, { ...setting, eta });
        const onTicks = clashes(svg).filter((c) => /λ =/.test(c) && /(^|× )[−\d.]+( ×|$)/.test(c));
        expect(onTicks, `${size.width} px, η = ${eta}`).toEqual([]);
      }
    }
  });

  it("places its labels inside the plot at every size, the natural one included", () => {
    for (const size of [regionShapes.natural, ...phoneSizes(regionShapes)]) {
      const layout = regionLayout(size.width, size.height);
      for (const l of regionTextLabels(layout, t)) {
        const b = labelBox(l);
        expect(b.left, l.text).toBeGreaterThanOrEqual(layout.box.left - 0.01);
        expect(b.right, l.text).toBeLessThanOrEqual(layout.box.right + 0.01);
      }
    }
  });

  // On a phone (the phone shape, below 480 px) the monotone and oscillating wedges are narrower
  // than their names even at 10 px: there each name is drawn as near its regime as it fits.
  it("prints each regime's name inside that regime at the natural size (the desktop map)", () => {
    for (const size of [regionShapes.natural]) {
      const layout = regionLayout(size.width, size.height);
      for (const l of regionTextLabels(layout, t).filter((l) => l.regime !== undefined)) {
        const b = labelBox(l);
        for (const [u, v] of [
          [b.left + 2, b.top + 2],
          [b.right - 2, b.top + 2],
          [b.left + 2, b.bottom - 2],
          [b.right - 2, b.bottom - 2],
          [(b.left + b.right) / 2, (b.top + b.bottom) / 2],
        ]) {
          const at = regime(layout.x.invert(u), layout.y.invert(v));
          expect(at, `${size.width} px: "${l.text}" reaches into ${at}`).toBe(l.regime);
        }
      }
    }
  });

  it("keeps every label, regimes' names and boundaries', off both boundary lines, at every size", () => {
    for (const size of [regionShapes.natural, ...phoneSizes(regionShapes)]) {
      const layout = regionLayout(size.width, size.height);
      const { x, y } = layout;
      // Points along ηλ = 2 + 2β (β up to 0.99) and along GD's ηλ = 2 (β up to where it is drawn).
      const lines = Array.from({ length: 400 }, (_, k) => {
        const b = (0.99 * k) / 399;
        return [
          [x(momentumStabilityBound(b)), y(b)],
          [x(2), y((0.93 * k) / 399)],
        ];
      }).flat();
      const all = regionTextLabels(layout, t);
      expect(all.filter((l) => l.regime === undefined).map((l) => l.text)).toEqual([
        t.gdBound,
        t.momentumBound,
      ]);
      // The oscillating wedge is narrower than its name even at 10 px: the name crosses GD's dashed
      // line (not an edge of its regime), on its halo; from 340 px never momentum's stability line.
      for (const l of all.filter((l) => l.regime === undefined || size.width >= 340)) {
        const b = labelBox(l);
        const crossing = l.regime === "oscillating" ? lines.filter((_, k) => k % 2 === 0) : lines;
        const hit = crossing.find(([u, v]) => u > b.left - 1 && u < b.right + 1 && v > b.top && v < b.bottom);
        expect(hit, `${size.width} px: "${l.text}" on a line`).toBeUndefined();
      }
    }
  });
});

describe.each(["en", "zh"] as const)("legends on a phone (%s)", (locale) => {
  const t = { scalar: scalarStrings(strings(locale)) };

  it("the scalar rates: the legend under the plot, clear of the curves and of the axis labels", () => {
    const series = scalarSeries(4, 0.6, 0.5);
    for (const size of phoneSizes(scalarShapes)) {
      const svg = renderPlot(wholePlot(scalarLayers(t.scalar, series, 40, size)), "s");
      const box = frame(svg);
      expect(box.bottom - box.top, `${size.width} px`).toBeGreaterThanOrEqual(160);
      const legend = textLabels(svg).filter((l) =>
        [t.scalar.gd, t.scalar.momentum, t.scalar.rate].includes(l.text),
      );
      expect(legend).toHaveLength(3);
      for (const l of legend) {
        expect(labelBox(l).top, l.text).toBeGreaterThan(box.bottom);
        expect(labelBox(l).bottom, l.text).toBeLessThanOrEqual(size.height);
      }
      expect(clashes(svg)).toEqual([]);
    }
  });

  it("the scalar rates at the natural size: the legend where it always was, over the curves", () => {
    const layers = scalarLayers(t.scalar, scalarSeries(4, 0.6, 0.5));
    const svg = renderPlot(wholePlot(layers), "s");
    // Drawn after the curves, in the live layer: a rising curve passes under its labels' halo.
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const marks = Array.from(document.querySelectorAll("svg > g"), (g) => g.getAttribute("data-mark"));
    expect(marks.lastIndexOf("text")).toBeGreaterThan(marks.lastIndexOf("line"));
    expect(layers.live).toHaveLength(3 + 4);
    const legend = textLabels(svg).filter((l) =>
      [t.scalar.gd, t.scalar.momentum, t.scalar.rate].includes(l.text),
    );
    expect(legend.map((l) => [l.x, Math.round(l.y - 0.3 * 12)])).toEqual([
      [640 - 16 - 150 + 28, 26],
      [640 - 16 - 150 + 28, 44],
      [640 - 16 - 150 + 28, 62],
    ]);
  });

  it("the loss curves: the legend of the comparison curves under the plot", () => {
    const losses = [0, 1, 2].map((e) => [e, 1 / (e + 1)] as const);
    const ghosts = ["η = 0.02, β = 0.5", "η = 0.01, β = 0.9", "η = 0.005, β = 0.9"].map((label) => ({
      label,
      losses,
    }));
    const labels = { epoch: "epoch", loss: "loss", optimum: "least-squares optimum", run: "this run" };
    for (const size of phoneSizes(lossShapes)) {
      const svg = renderPlot(
        wholePlot(lossLayers({ losses, optimum: 0.3, epochs: 2, labels, ghosts, size })),
        "loss",
      );
      const box = frame(svg);
      const legend = textLabels(svg).filter((l) =>
        [labels.run, ...ghosts.map((g) => g.label)].includes(l.text),
      );
      expect(legend).toHaveLength(4);
      for (const l of legend) expect(labelBox(l).top, l.text).toBeGreaterThan(box.bottom);
      expect(clashes(svg)).toEqual([]);
    }
  });
});

describe("the effective weights on a phone", () => {
  it("has a plot at least 160 px tall", () => {
    const o = { beta: 0.9, n: 40, xLabel: "τ (steps ago)", yLabel: "weight β^τ" };
    for (const size of phoneSizes(weightsShapes)) {
      const box = frame(renderPlot(wholePlot(weightsLayers(o, size)), "weights"));
      expect(box.bottom - box.top, `${size.width} px`).toBeGreaterThanOrEqual(160);
    }
  });
});

describe.each(["en", "zh"] as const)("the noisy gradients on a phone (%s)", (locale) => {
  it("both panels tall enough to read, each taller than its axis title is long", () => {
    const t = basicsUi(locale);
    const o = noiseView(noiseBook, t).options;
    const drawings = noisePanels.map((panel) =>
      phoneSizes(panel.shapes).map((size) => renderPlot(wholePlot(panel.layers(o, size)), "noise")),
    );
    const [runs, distances] = drawings.map((panel) => panel.map(frame));
    // The drawings' clip paths keep apart in one page.
    const ids = drawings.flat().flatMap((svg) => Array.from(svg.matchAll(/ id="([^"]+)"/g), (m) => m[1]));
    expect(ids.length).toBeGreaterThanOrEqual(drawings.flat().length);
    expect(new Set(ids).size).toBe(ids.length);
    phoneWidths.forEach((width, k) => {
      expect(runs[k].bottom - runs[k].top, `${width} px: trajectories`).toBeGreaterThanOrEqual(240);
      expect(distances[k].bottom - distances[k].top, `${width} px: distances`).toBeGreaterThanOrEqual(
        textWidth(t.noise.distance, 12) + 8,
      );
    });
  });
});
