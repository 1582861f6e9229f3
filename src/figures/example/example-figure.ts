/**
 * Draws the result of an edited example with the same figure code as the build (src/figures/example/figure.ts
 * + Plot), in the browser. Loaded only after a run whose result has something to draw.
 */
import * as Plot from "@observablehq/plot";
import * as core from "momentum-live/core";
import { labelPlot } from "../../draw/a11y.ts";
import type { ExampleFigureStrings } from "../../i18n/views.ts";
import { sizeFor } from "../../live/fit.ts";
import { figureFor } from "./figure.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * The core's objectives by name: a result that crossed from the worker lost its functions. (Listed,
 * not found among all of the core's exports, so that the bundle keeps only what it uses: not the
 * core's data sets.)
 */
function objectiveNamed(name: unknown): core.Objective | undefined {
  return [core.bookObjective].find((v) => v.name === name);
}

/** Puts back what structured cloning dropped: `{ objective, runs }` gets its objective again. */
function revive(result: unknown): unknown {
  if (isObject(result) && Array.isArray(result.runs) && isObject(result.objective)) {
    return { ...result, objective: objectiveNamed(result.objective.name) };
  }
  return result;
}

export interface DrawnFigure {
  node: Element;
  summary: string;
}

/**
 * The figure of `result` for a container `width` CSS px wide (a line chart is drawn at that width
 * when the 640 px drawing would shrink its text, as on a phone), or null when there is nothing to draw.
 */
export function drawResult(
  result: unknown,
  t: ExampleFigureStrings,
  name: string,
  width: number,
): DrawnFigure | null {
  const revived = revive(result);
  const natural = figureFor(revived, t);
  const size = natural?.shapes && sizeFor(natural.shapes, width);
  const figure = size ? figureFor(revived, t, size) : natural;
  if (!figure) return null;
  const node = Plot.plot(figure.options) as Element;
  labelPlot(node as never, name, figure.summary);
  return { node, summary: figure.summary };
}
