/**
 * The build's drawings of a page seen without JavaScript. Figures below the first screen carry theirs
 * as lazy images (`img[data-svg]`, src/build/figure-images.ts), each file the build's SVG in a
 * wrapper that gives it the page's colours; a figure that wakes puts the SVG back in the image's
 * place (src/live/loader.ts). Tests that look inside the build's drawing do the same here, from
 * Node, so that it works in a page with JavaScript disabled too.
 */
import type { Page } from "playwright-core";

/**
 * Puts the build's SVG in place of each drawing image of the page (within `scope`), as a figure
 * does when it wakes; returns how many it replaced.
 */
export async function inlineDrawings(page: Page, scope = "body"): Promise<number> {
  const sources = await page
    .locator(`${scope} img[data-svg]`)
    .evaluateAll((all) => all.map((image) => (image as HTMLImageElement).src));
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
      let replaced = 0;
      for (const image of Array.from(document.querySelectorAll<HTMLImageElement>(`${scope} img[data-svg]`))) {
        const template = document.createElement("template");
        template.innerHTML = text.get(image.src) ?? "";
        const svg = template.content.firstElementChild?.querySelector(":scope > svg");
        if (!svg) throw new Error(`${image.src}: no drawing`);
        image.replaceWith(svg);
        replaced++;
      }
      return replaced;
    },
    [scope, files] as const,
  );
}

/**
 * The same in a parsed copy of a built page (linkedom's `document`): `read(src)` gives an image
 * file's text by its URL.
 */
export function inlineDrawingsIn(document: Document, read: (src: string) => string): number {
  let replaced = 0;
  for (const image of Array.from(document.querySelectorAll("img[data-svg]"))) {
    const src = image.getAttribute("src") ?? "";
    const template = document.createElement("template");
    template.innerHTML = read(src);
    const svg = template.content.firstElementChild?.querySelector(":scope > svg");
    if (!svg) throw new Error(`${src}: no drawing`);
    image.replaceWith(svg);
    replaced++;
  }
  return replaced;
}
