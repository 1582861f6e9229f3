/**
 * Accessibility fixes applied to every rendered plot, at build time and in the browser.
 * The root gets role="img" and the figure's accessible name (and its summary as description).
 * Plot names its marks' groups in English (aria-label="x-axis tick", "line"…); inside an image
 * they are never read, audits flag an aria-label on a <g> without a role, and on a Chinese page
 * they were English words in the markup: each becomes a data-mark attribute.
 */
interface ElementLike {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  tagName: string;
  parentNode?: unknown;
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
  if (chart) {
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", name);
    if (description) chart.setAttribute("aria-description", description);
  }
}
