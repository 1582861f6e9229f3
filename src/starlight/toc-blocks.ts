/** What the tables of contents watch (src/starlight/toc.ts), as a pure DOM function. */

/**
 * The elements Starlight's selectors pick, where H is `heading`:
 * `main :where(H)`, `main :where(H, .sl-heading-wrapper) ~ *:not(:has(H))`,
 * `main .sl-markdown-content > *:not(:has(H))` and `main > *:not(:has(H))` — in document order.
 */
export function blocksToWatch(root: ParentNode, heading: string): Element[] {
  const blocks: Element[] = [];
  for (const main of root.querySelectorAll("main")) {
    /** Elements with a heading inside: the only ones `:not(:has(H))` rules out. */
    const holders = new Set<Element>();
    /** Elements whose children are candidates, with all their ancestors up to `main`. */
    const parents = new Set<Element>([main]);
    const withAncestors = (el: Element | null, into: Set<Element>) => {
      for (let p = el; p && p !== main && !into.has(p); p = p.parentElement) into.add(p);
    };
    for (const h of main.querySelectorAll(heading)) withAncestors(h.parentElement, holders);
    for (const el of holders) parents.add(el);
    for (const el of main.querySelectorAll(".sl-heading-wrapper, .sl-markdown-content")) {
      withAncestors(el.matches(".sl-markdown-content") ? el : el.parentElement, parents);
    }
    // Down from `main` through `parents` only: the blocks come out in document order.
    const visit = (parent: Element) => {
      const always = parent === main || parent.matches(".sl-markdown-content");
      let afterHeading = false;
      for (const child of parent.children) {
        const isHeading = child.matches(heading);
        if (isHeading || (!holders.has(child) && (always || afterHeading))) blocks.push(child);
        afterHeading ||= isHeading || child.matches(".sl-heading-wrapper");
        if (parents.has(child)) visit(child);
      }
    };
    visit(main);
  }
  return blocks;
}
