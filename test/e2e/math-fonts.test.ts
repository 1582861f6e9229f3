/**
 * The build subsets KaTeX's fonts to the glyphs the pages' math uses (src/build/font-subset.ts).
 * A glyph left out would be drawn by some fallback font: visibly wrong, and silent. So Chromium is
 * asked which fonts it really used for the text of every typeset element (the DevTools protocol's
 * platform fonts per node): on every page with math, in both languages, only KaTeX's faces. The
 * exception is Chinese inside \text{…}: KaTeX has no CJK glyphs at all, so those elements are
 * drawn by the system's CJK font with or without subsetting, and are left out.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

interface PlatformFont {
  familyName: string;
  glyphCount: number;
}

describe.each(Object.keys(locales) as Locale[])("math glyphs come from KaTeX's fonts (%s)", (locale) => {
  for (const page of pages) {
    const path = pagePath(locale, page);
    it(`${path}: every typeset character is drawn by a KaTeX face`, async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(server.url + path, { waitUntil: "load" });
        await tab.evaluate(async () => {
          await document.fonts.ready;
          const cjk = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
          const generated = (element: Element, which: string) =>
            !["none", "normal"].includes(getComputedStyle(element, which).content);
          for (const element of document.querySelectorAll(".katex-html *")) {
            const own = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent);
            if (cjk.test(own.join(""))) element.setAttribute("data-test-cjk", "");
            // The elements that hold text of their own, written or generated: asking each of them
            // asks about every character (about a quarter of the elements; asking the others too,
            // which hold only elements, was most of this test's time).
            if (own.join("") !== "" || generated(element, "::before") || generated(element, "::after"))
              element.setAttribute("data-test-text", "");
          }
        });
        const cdp = await tab.context().newCDPSession(tab);
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
        // Asked all at once: one round trip each, one after another, was most of this test's time.
        const perNode = await Promise.all(
          nodeIds.map(
            async (nodeId) =>
              ((await cdp.send("CSS.getPlatformFontsForNode", { nodeId })) as { fonts: PlatformFont[] })
                .fonts,
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
        if (nodeIds.length) expect(checked).toBeGreaterThan(0);
        expect(Object.fromEntries(wrong)).toEqual({});
      } finally {
        await tab.close();
      }
    });
  }
});
