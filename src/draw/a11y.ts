/**
 * Accessibility fixes applied to every rendered plot, at build time and in the browser.
 * The root gets role="img" and the figure's accessible name (and its summary as description).
 * Plot names its marks' groups in English (aria-label="x-axis tick", "line"…); inside an image
 * they are never read, audits flag an aria-label on a <g> without a role, and on a Chinese page
 * they were English words in the markup: each becomes a data-mark attribute. And exponents written
 * `^x` in labels are set raised (src/i18n/format.ts `exponentRuns`).
 */
import { exponentRuns } from "../i18n/format.ts";

interface ElementLike {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  tagName: string;
  parentNode?: unknown;
}

const svgNs = "http://www.w3.org/2000/svg";

/**
 * Exponents in a plot's text (`exponentRuns`) become raised, smaller tspans. Raised by `dy` (0.4 of
 * their own size, 0.3 of the text's), and the text after them lowered back: `baseline-shift` is not
 * honoured by every browser.
 */
function raiseExponents(root: Element): void {
  // Every live redraw passes here: most plots have no caret at all, and need no walk of their text.
  if (!root.textContent?.includes("^")) return;
  for (const text of Array.from(root.querySelectorAll("text, tspan"))) {
    for (const node of Array.from(text.childNodes)) {
      const runs = node.nodeType === 3 ? exponentRuns(node.textContent ?? "") : [];
      if (!runs.some(([, raised]) => raised)) continue;
      const doc = text.ownerDocument;
      let up = false;
      for (const [run, raised] of runs) {
        if (raised || up) {
          const span = doc.createElementNS(svgNs, "tspan");
          if (raised) span.setAttribute("font-size", "75%");
          span.setAttribute("dy", raised ? (up ? "0" : "-0.4em") : "0.3em");
          span.textContent = run;
          text.insertBefore(span, node);
        } else text.insertBefore(doc.createTextNode(run), node);
        up = raised;
      }
      text.removeChild(node);
    }
  }
}

/**
 * A plot with a legend is a <figure>: swatches (small decorative SVGs beside their text labels),
 * then the chart's own <svg> as a direct child. The chart gets the name; the swatches are hidden.
 */
export function labelPlot(root: ElementLike, name: string, description?: string): void {
  for (const g of Array.from(root.querySelectorAll("g[aria-label]"))) {
    g.setAttribute("data-mark", g.getAttribute("aria-label") ?? "");
    g.removeAttribute("aria-label");
  }
  const svgs = Array.from(root.querySelectorAll("svg"));
  const chart =
    root.tagName.toLowerCase() === "svg" ? root : (svgs.find((s) => s.parentNode === root) ?? svgs.at(-1));
  for (const swatch of svgs) if (swatch !== chart) swatch.setAttribute("aria-hidden", "true");
  raiseExponents(root as unknown as Element);
  if (chart) {
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", name);
    if (description) chart.setAttribute("aria-description", description);
  }
}
