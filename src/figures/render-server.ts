/**
 * Build-time rendering: Plot options → static markup (inline SVG, or a <figure> when the plot has a
 * legend), drawn with a linkedom document. Only the build imports this module.
 */
import type { PlotOptions } from "@observablehq/plot";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { labelPlot } from "./a11y.ts";

export function renderPlot(options: PlotOptions, name: string, description?: string): string {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  labelPlot(node as never, name, description);
  return node.outerHTML;
}
