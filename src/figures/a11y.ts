/**
 * Accessibility fixes applied to every rendered plot, at build time and in the browser.
 * Plot puts aria-label on <g> elements without a role, which audits flag: give them role="group".
 * The root gets role="img" and the figure's accessible name.
 */
interface ElementLike {
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  tagName: string;
}

export function labelPlot(root: ElementLike, name: string, description?: string): void {
  for (const g of Array.from(root.querySelectorAll("g[aria-label]"))) g.setAttribute("role", "group");
  const svg = root.tagName.toLowerCase() === "svg" ? root : root.querySelectorAll("svg")[0];
  if (svg) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", name);
    if (description) svg.setAttribute("aria-description", description);
  }
}
