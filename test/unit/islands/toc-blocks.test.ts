/**
 * The tables of contents watch exactly the blocks Starlight's own `:has()` selectors pick
 * (src/starlight/toc-blocks.ts), in document order; linkedom's selector engine is the reference here,
 * Chromium's on the built pages in test/e2e/toc.test.ts.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { blocksToWatch } from "../../../src/starlight/toc-blocks.ts";

const H = "h1#_top,:where(h2,h3)[id]";
const starlight = [
  `main :where(${H})`,
  `main :where(${H}, .sl-heading-wrapper) ~ *:not(:has(${H}))`,
  `main .sl-markdown-content > *:not(:has(${H}))`,
  `main > *:not(:has(${H}))`,
].join();

const pages: Record<string, string> = {
  "a chapter page": `<header>x</header><main><div class="content-panel"><h1 id="_top">T</h1></div>
    <div class="content-panel"><div class="sl-markdown-content">
      <p>intro</p><div class="equation"><span><span>x</span></span></div>
      <div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2><a href="#a">#</a></div>
      <p>one</p><ul><li>two</li></ul>
      <div class="sl-heading-wrapper level-h3"><h3 id="b">B</h3></div><figure><svg></svg></figure>
      <div class="sl-heading-wrapper level-h4"><h4 id="c">C</h4></div><p>under h4</p>
    </div></div><footer>f</footer></main>`,
  "headings nested in sections, siblings inside": `<main><div class="sl-markdown-content">
      <section><h2 id="s">S</h2><p>in</p><div><h3 id="t">T</h3><p>deep</p></div><p>after</p></section>
      <aside><p>no heading</p></aside></div></main>`,
  "a heading without id, an h4 wrapper deep in a block": `<main><div class="sl-markdown-content">
      <h2>no id</h2><p>x</p><blockquote><div class="sl-heading-wrapper"><h4 id="q">Q</h4></div><p>y</p></blockquote>
      </div><p>outside the content</p></main>`,
  "no headings at all": `<main><p>only</p><div class="sl-markdown-content"><p>text</p></div></main>`,
  "two mains": `<main><h2 id="m1">1</h2><p>a</p></main><main><div class="sl-markdown-content"><h3 id="m2">2</h3><p>b</p></div></main>`,
};

describe("blocksToWatch", () => {
  it.each(Object.entries(pages))("picks Starlight's blocks in document order: %s", (_, body) => {
    const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
    const expected = Array.from(document.querySelectorAll(starlight));
    expect(expected.length).toBeGreaterThan(0);
    const got = blocksToWatch(document, H);
    expect(got.map((e) => e.outerHTML)).toEqual(expected.map((e) => e.outerHTML));
  });
});
