/**
 * The build subsets KaTeX's fonts to the glyphs the pages' math uses (src/build/font-subset.ts).
 * A glyph left out would be drawn by some fallback font: visibly wrong, and silent. So Chromium is
 * asked which fonts it really used for the text of every typeset element (the DevTools protocol's
 * platform fonts per node); smoke.test.ts asks on every page, in both languages, and expects only
 * KaTeX's faces. The exception is Chinese inside \text{…}: KaTeX has no CJK glyphs at all, so those
 * elements are drawn by the system's CJK font with or without subsetting, and are left out.
 */
import type { Page } from "playwright-core";

interface PlatformFont {
  familyName: string;
  glyphCount: number;
}

export interface MathFonts {
  /** Typeset elements asked about. */
  asked: number;
  /** Those for which Chromium reported fonts. */
  checked: number;
  /** Glyphs drawn by each font that is not one of KaTeX's faces. */
  wrong: Record<string, number>;
}

/** Which fonts drew the page's typeset text (once its fonts have loaded). */
export async function mathFonts(page: Page): Promise<MathFonts> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const cjk = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
    const generated = (element: Element, which: string) =>
      !["none", "normal"].includes(getComputedStyle(element, which).content);
    for (const element of document.querySelectorAll(".katex-html *")) {
      const own = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent);
      if (cjk.test(own.join(""))) element.setAttribute("data-test-cjk", "");
      // The elements that hold text of their own, written or generated: asking each of them
      // asks about every character (about a quarter of the elements; asking the others too,
      // which hold only elements, was most of this check's time).
      if (own.join("") !== "" || generated(element, "::before") || generated(element, "::after"))
        element.setAttribute("data-test-text", "");
    }
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
      nodeId: root.nodeId,
      // (A node reports the fonts of the text inside it, so ancestors of Chinese are left out too.)
      selector: ".katex-html [data-test-text]:not([data-test-cjk], :has([data-test-cjk]))",
    });
    const wrong = new Map<string, number>();
    let checked = 0;
    // Asked all at once: one round trip each, one after another, was most of this check's time.
    const perNode = await Promise.all(
      nodeIds.map(
        async (nodeId) =>
          ((await cdp.send("CSS.getPlatformFontsForNode", { nodeId })) as { fonts: PlatformFont[] }).fonts,
      ),
    );
    for (const fonts of perNode) {
      if (fonts.length) checked++;
      for (const font of fonts) {
        if (!font.familyName.startsWith("KaTeX_")) {
          wrong.set(font.familyName, (wrong.get(font.familyName) ?? 0) + font.glyphCount);
        }
      }
    }
    return { asked: nodeIds.length, checked, wrong: Object.fromEntries(wrong) };
  } finally {
    await cdp.detach();
  }
}
