/**
 * Build-time rendering: Plot options → static markup (inline SVG, or a <figure> when the plot has a
 * legend), drawn with a linkedom document. Only the build imports this module.
 * Coordinates are rounded to 0.1 px: Plot writes full double precision, which triples the size
 * of an inline figure for no visible difference.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { labelPlot } from "./a11y.ts";
import { type LayeredPlot, wholePlot } from "./layers.ts";
import { type Shapes, type Size, shapedSvgs } from "./svg.ts";

const geometry = ["d", "cx", "cy", "x", "y", "x1", "x2", "y1", "y2", "transform", "points", "r"];
const longNumber = /-?\d+\.\d{2,}(?:e-?\d+)?/g;

export function roundCoordinates(value: string): string {
  return value.replace(longNumber, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return Object.is(rounded, -0) ? "0" : String(rounded);
  });
}

export function renderPlot(options: PlotOptions, name: string, description?: string): string {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  labelPlot(node as never, name, description);
  for (const element of Array.from(node.querySelectorAll("*"))) {
    for (const attribute of geometry) {
      const value = element.getAttribute(attribute);
      if (value && longNumber.test(value)) element.setAttribute(attribute, roundCoordinates(value));
      longNumber.lastIndex = 0;
    }
  }
  return node.outerHTML;
}

/**
 * The build's markup of a figure drawn in layers (src/draw/layers.ts): the whole plot in each of
 * its shapes (`shapedSvgs`), named and described for assistive technology.
 */
export function renderShaped(
  shapes: Shapes,
  layers: (size: Size | undefined) => LayeredPlot,
  name: string,
  description?: string,
): string {
  return shapedSvgs(shapes, (size) => renderPlot(wholePlot(layers(size)), name, description));
}
