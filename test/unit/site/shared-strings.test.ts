/**
 * Repeated figure strings are written once per page (src/build/shared-strings.ts), and the
 * policy's hashes leave the JSON data blocks out (src/build/csp.ts).
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "../../../src/build/csp.ts";
import { attributeValue, shareRepeatedStrings } from "../../../src/build/shared-strings.ts";

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;");
const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe("repeated figure strings, written once", () => {
  const editor = JSON.stringify({ run: "Run", note: `a "quoted" </script><!-- & 'x' → η` });
  const figure = JSON.stringify({ reset: "Reset" });
  const single = JSON.stringify({ only: "once" });
  const html = page(
    `<ml-example data-strings="${escapeAttribute(editor)}"></ml-example><ml-trajectory data-strings="${escapeAttribute(figure)}"></ml-trajectory>` +
      `<ml-example data-strings="${escapeAttribute(editor)}"></ml-example><ml-trajectory data-strings="${escapeAttribute(figure)}"></ml-trajectory>` +
      `<ml-noise data-strings="${escapeAttribute(single)}"></ml-noise>`,
  );
  const shared = shareRepeatedStrings(html);
  const { document } = parseHTML(shared);

  it("each repeated value is one JSON data block that names the same words; a single one stays", () => {
    const blocks = [...document.querySelectorAll('script[type="application/json"]')];
    expect(blocks).toHaveLength(2);
    const words = (element: Element) => {
      const ref = element.getAttribute("data-strings-ref");
      const text = ref ? document.getElementById(ref)?.textContent : element.getAttribute("data-strings");
      return JSON.parse(text ?? "null");
    };
    expect([...document.querySelectorAll("ml-example")].map(words)).toEqual([
      JSON.parse(editor),
      JSON.parse(editor),
    ]);
    expect([...document.querySelectorAll("ml-trajectory")].map(words)).toEqual([
      JSON.parse(figure),
      JSON.parse(figure),
    ]);
    expect(document.querySelector("ml-noise")?.getAttribute("data-strings")).toBe(single);
    expect(document.querySelector("ml-noise")?.hasAttribute("data-strings-ref")).toBe(false);
    // Nothing in a block can end it early or open a comment; the blocks close the body.
    for (const block of blocks) expect(block.textContent).not.toMatch(/</);
    expect(shared.indexOf('<script type="application/json"')).toBeGreaterThan(
      shared.lastIndexOf("<ml-noise"),
    );
    expect(shared.length).toBeLessThan(html.length);
  });

  it("a page without repeats is left alone; the policy hashes no data block", () => {
    const alone = page(
      `<ml-noise data-strings="${escapeAttribute(single)}"></ml-noise><script>run()</script>`,
    );
    expect(shareRepeatedStrings(alone)).toBe(alone);
    expect(inlineScriptHashes(shared)).toEqual([]);
    expect(inlineScriptHashes(page('<script type="module">a()</script><script>b()</script>'))).toHaveLength(
      2,
    );
  });

  it("attribute text decodes as a browser does", () => {
    expect(attributeValue("&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt; &#x3b7; &#951; &nbsp;")).toBe(
      `"a" & 'b' <c> η η \u00a0`,
    );
  });
});
