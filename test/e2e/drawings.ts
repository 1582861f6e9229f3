/**
 * The build's drawings of a page, whole. Figures below the first screen carry theirs in files
 * (src/build/drawing-files.ts): in the page, an empty box of the drawing's size (`svg[data-src]`),
 * which the loader fills as it nears the viewport (src/live/loader.ts `showDrawings`), and an image
 * of the file in <noscript>. Tests that look inside the build's drawings fill every box here, from
 * Node, as the loader does, so that it works in a page with JavaScript disabled too (the <noscript>
 * goes: without JavaScript its image is the drawing).
 */
import type { Page } from "playwright-core";

/** The SVG of a drawing's file (the build's SVG inside a wrapper with the page's colours). */
function drawingOf(document: Document, file: string, src: string): Element {
  const template = document.createElement("template");
  template.innerHTML = file;
  const svg = template.content.firstElementChild?.querySelector(":scope > svg");
  if (!svg) throw new Error(`${src}: no drawing`);
  return svg;
}

/** Puts the build's SVG in each empty box of the page (within `scope`); returns how many it filled. */
export async function inlineDrawings(page: Page, scope = "body"): Promise<number> {
  const sources = await page
    .locator(`${scope} svg[data-src]`)
    .evaluateAll((all) => all.map((box) => new URL(box.getAttribute("data-src") ?? "", location.href).href));
  const files = await Promise.all(
    [...new Set(sources)].map(async (src) => {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`${src}: ${response.status}`);
      return [src, await response.text()] as const;
    }),
  );
  return page.evaluate(
    ([scope, files]) => {
      const text = new Map(files);
      const boxes = Array.from(document.querySelectorAll(`${scope} svg[data-src]`));
      for (const box of boxes) {
        const src = new URL(box.getAttribute("data-src") ?? "", location.href).href;
        // As drawingOf above (this runs in the page).
        const template = document.createElement("template");
        template.innerHTML = text.get(src) ?? "";
        const svg = template.content.firstElementChild?.querySelector(":scope > svg");
        if (!svg) throw new Error(`${src}: no drawing`);
        if (box.nextElementSibling?.localName === "noscript") box.nextElementSibling.remove();
        box.replaceWith(svg);
      }
      return boxes.length;
    },
    [scope, files] as const,
  );
}

/**
 * The same in a parsed copy of a built page (linkedom's `document`): `read(src)` gives a drawing's
 * file by its URL.
 */
export function inlineDrawingsIn(document: Document, read: (src: string) => string): number {
  const boxes = Array.from(document.querySelectorAll("svg[data-src]"));
  for (const box of boxes) {
    const src = box.getAttribute("data-src") ?? "";
    if (box.nextElementSibling?.localName === "noscript") box.nextElementSibling.remove();
    box.replaceWith(drawingOf(document, read(src), src));
  }
  return boxes.length;
}

/**
 * The files of the page's boxes (`svg[data-src]`, passed in) that show at the page's width, as
 * paths: what the loader fetches at idle after load. Runs in the page (`locator.evaluateAll`).
 */
export const shownFiles = (all: Element[]) =>
  all
    .filter((b) => b.checkVisibility())
    .map((b) => new URL(b.getAttribute("data-src") ?? "", location.href).pathname);
