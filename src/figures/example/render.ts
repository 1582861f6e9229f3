/**
 * The build's drawing of an example's result: its figure (figure.ts) drawn with Plot at build time
 * (src/draw/render-server.ts), at its natural size and, for a figure with a phone shape, at a
 * phone's width too. Only the build imports this module.
 */
import { renderPlot } from "../../draw/render-server.ts";
import { shapedSvgs } from "../../draw/svg.ts";
import { strings } from "../../i18n/strings.ts";
import { exampleFigureStrings } from "../../i18n/views.ts";
import type { Locale } from "../../site/chapter.ts";
import { type AutoFigure, figureFor } from "./figure.ts";

/**
 * The build's markup of the figure of an example's `result` (figure.ts), named `name`:
 * its natural drawing and, for a figure with a phone shape, the phone drawing too (svg.ts
 * `shapedSvgs`). Null when the result has nothing to draw.
 */
export function renderResult(
  result: unknown,
  locale: Locale,
  name: string,
): { figure: AutoFigure; svg: string } | null {
  const t = exampleFigureStrings(strings(locale));
  const figure = figureFor(result, t);
  if (!figure) return null;
  const draw = (f: AutoFigure) => renderPlot(f.options, name, figure.summary);
  const svg = figure.shapes
    ? shapedSvgs(figure.shapes, (size) => draw((size && figureFor(result, t, size)) || figure))
    : draw(figure);
  return { figure, svg };
}
