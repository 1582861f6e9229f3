/**
 * The figure under an edited example: the reader's result drawn in its place with the build's figure
 * code (src/figures/example/example-figure.ts), and a line under the book's caption, which stays
 * (it describes the book's run), saying whose figure is shown: the reader's last run, or their last
 * successful run after a run that failed. While it shows a run, the book's live controls, readouts
 * and state caption go (src/editor/example.css) and the figure takes the height of what it shows.
 * The book's figure, the same nodes (a live figure's island keeps its hold on them), comes back
 * with its caption and controls.
 */
import type { EditorStrings } from "../i18n/views.ts";
import { releaseHeights } from "../live/controls.ts";

/** What the figure shows: the build's figure, the reader's last run, or their last successful one. */
type Shown = "book" | "edited" | "stale";

export interface RunFigure {
  /** The example has a figure. */
  readonly present: boolean;
  /**
   * Draws a run's result in place of the figure; returns the words to read out (the figure's
   * summary, then the line under the caption if it is new), or null when the result has nothing to draw
   * (the figure is then hidden).
   */
  draw(result: unknown): Promise<string | null>;
  /** After a run that failed: a figure of the reader's is now their last successful run's. */
  failed(): string;
  /** The book's figure, caption and controls back. */
  restore(): void;
}

export function runFigure(element: HTMLElement, t: EditorStrings, name: string): RunFigure {
  const figure = element.querySelector<HTMLElement>(".ml-figure");
  const plot = figure?.querySelector<HTMLElement>(".figure-plot") ?? null;
  const bookPlot = plot ? Array.from(plot.childNodes) : [];
  const figureName = plot?.querySelector("svg")?.getAttribute("aria-label") ?? name;
  const captioned = figure?.querySelector("[data-book-caption]") != null;
  const line = document.createElement("span");
  line.className = "ml-ex-figure-mark";
  line.dataset.figureMark = "";
  let shown: Shown = "book";

  /** Marks the figure as showing `next`; returns the words to read out (none when unchanged). */
  const mark = (next: Shown): string => {
    if (next === shown || !figure) return "";
    shown = next;
    releaseHeights(figure);
    if (next === "book") {
      line.remove();
      delete element.dataset.edited;
      return "";
    }
    element.dataset.edited = "";
    line.textContent = [
      next === "edited" ? t.figureEdited : t.figureStale,
      ...(captioned ? [t.captionIsBook] : []),
    ].join(t.figure.punctuation.gap);
    (figure.querySelector("figcaption") ?? figure).append(line);
    return line.textContent;
  };
  const showBook = () => {
    if (plot) plot.replaceChildren(...bookPlot);
    mark("book");
  };

  const drawn = async (result: unknown): Promise<string | null> => {
    if (!plot || result === undefined || result === null) return null;
    const { drawResult } = await import("../figures/example/example-figure.ts");
    const out = drawResult(result, t.figure, figureName, plot.getBoundingClientRect().width);
    if (!out) return null;
    plot.replaceChildren(out.node);
    return out.summary;
  };

  return {
    present: figure !== null,
    async draw(result) {
      const summary = await drawn(result).catch(() => null);
      if (figure) figure.hidden = summary === null;
      if (summary === null) {
        showBook();
        return null;
      }
      return [summary, mark("edited")].filter(Boolean).join(" ");
    },
    failed: () => (shown === "book" ? "" : mark("stale")),
    restore() {
      showBook();
      if (figure) figure.hidden = false;
    },
  };
}
