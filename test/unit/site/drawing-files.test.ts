import { describe, expect, it } from "vitest";
import {
  drawingFile,
  drawingsToFiles,
  rootVariables,
  screenStylesheets,
  svgAsXml,
} from "../../../src/build/drawing-files.ts";

const css = [
  ":root,::backdrop{--sl-color-white:#fff;--sl-color-black:#17181c;--sl-color-bg:var(--sl-color-black)}",
  ":root[data-theme=light],[data-theme=light] ::backdrop{--sl-color-white:#17181c;--sl-color-black:#fff}",
  ':root{--ml-gd:#e69f00;--ml-unused:red}:root[data-theme="light"]{--ml-gd:#d55e00}',
  ".other{--ml-gd:blue}",
];
const variables = rootVariables(css);

/** A Plot drawing as the build writes it, `size` bytes or more. */
const drawing = (attributes: string, size = 3000) =>
  `<svg class="plot-abc" width="640" height="480" viewBox="0 0 640 480" ${attributes}>` +
  `<style>:where(.plot-abc){display:block}</style><clippath id="c"><rect width="9" height="9" /></clippath>` +
  `<g stroke="var(--ml-gd)" fill="currentColor">${'<path d="M0,0L1,1" />'.repeat(size / 20)}</g></svg>`;

describe("figure drawings in files (src/build/drawing-files.ts)", () => {
  it("reads the root's variables (the dark theme's, Starlight's default), later ones winning, nothing of other rules", () => {
    expect(variables.get("--ml-gd")).toBe("#e69f00");
    expect(variables.get("--sl-color-white")).toBe("#fff");
    expect(variables.get("--sl-color-bg")).toBe("var(--sl-color-black)");
    expect(rootVariables([":root{--a:1}", ":root{--a:2}"]).get("--a")).toBe("2");
  });

  it("takes a page's stylesheets for the screen, not the print one", () => {
    const html =
      '<link rel="stylesheet" href="/m/_astro/print.css" media="print"><link rel="stylesheet" href="/m/_astro/a.css">';
    expect(screenStylesheets(html, "/m/")).toEqual(["_astro/a.css"]);
  });

  it("writes SVG's capitalised element names and HTML's entities as XML wants them", () => {
    expect(svgAsXml('<clippath id="c"></clippath><text>a&nbsp;&amp;b</text>')).toBe(
      '<clipPath id="c"></clipPath><text>a&#160;&amp;b</text>',
    );
    expect(() => svgAsXml("<text>&nosuchentity;</text>")).toThrow(/unknown entity/);
  });

  it("wraps the drawing, unchanged, with the variables it uses (and theirs)", () => {
    const file = drawingFile(drawing('stroke="var(--sl-color-bg, white)"'), 640, 480, variables);
    const style = /<style>(.*?)<\/style>/.exec(file)?.[1] ?? "";
    expect(file.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"')).toBe(true);
    expect(file).toContain(svgAsXml(drawing('stroke="var(--sl-color-bg, white)"')));
    // currentColor is the plot box's text colour.
    expect(style).toContain(":root{color:var(--sl-color-white);");
    expect(style).toContain("--ml-gd:#e69f00");
    expect(style).toContain("--sl-color-white:#fff");
    // A variable's value's variables too.
    expect(style).toContain("--sl-color-bg:var(--sl-color-black)");
    expect(style).toContain("--sl-color-black:#17181c");
    expect(style).not.toContain("--ml-unused");
    expect(style).not.toContain("blue");
  });

  it("moves each figure's drawing but the lead figure's and small ones, leaving a box of the same size, name and shape, and an image without JavaScript", () => {
    const html =
      `<figure class="ml-figure" id="lead" data-lead><div class="figure-plot">${drawing('aria-label="Lead"')}</div></figure>` +
      `<p>text</p><figure class="ml-figure" id="a"><div class="figure-plot">` +
      drawing('data-shape="wide" aria-label="Bowl &amp; path" aria-description="20 steps"') +
      drawing('data-shape="phone" aria-label="Bowl &amp; path"') +
      `</div></figure><figure class="ml-figure" id="b"><div class="figure-plot">${drawing("", 100)}</div></figure>`;
    const { html: out, files } = drawingsToFiles(html, variables, "/m/_astro/");
    expect(files.size).toBe(2);
    expect(out).toContain(drawing('aria-label="Lead"'));
    expect(out).toContain(drawing("", 100));
    const moved = [
      ...out.matchAll(/<svg [^>]*data-src="[^"]*">(.*?)<\/svg><noscript([^>]*)>(<img [^>]*>)<\/noscript>/g),
    ];
    expect(moved).toHaveLength(2);
    const [wide, phone] = moved;
    // The box: the drawing's own opening tag and Plot's style, no marks.
    expect(wide[0]).toMatch(
      /^<svg class="plot-abc" width="640" height="480" viewBox="0 0 640 480" data-shape="wide" aria-label="Bowl &amp; path" aria-description="20 steps" data-src="\/m\/_astro\/figure\.[\w-]{10}\.svg">/,
    );
    expect(wide[1]).toBe("<style>:where(.plot-abc){display:block}</style>");
    expect(wide[2]).toBe(' data-shape="wide"');
    expect(wide[3]).toMatch(
      /^<img data-svg src="\/m\/_astro\/figure\.[\w-]{10}\.svg" width="640" height="480"/,
    );
    expect(wide[3]).toContain('alt="Bowl &amp; path" aria-description="20 steps"');
    expect(wide[3]).toContain('loading="lazy"');
    expect(phone[2]).toBe(' data-shape="phone"');
    for (const m of moved) expect(m[3]).toContain(/data-src="([^"]*)"/.exec(m[0])?.[1]);
    for (const [name, file] of files) {
      expect(out).toContain(`/m/_astro/${name}`);
      expect(file).toContain("<clipPath");
    }
    // The text around the drawings is untouched.
    expect(out.replace(/<svg [^>]*data-src="[^"]*">.*?<\/svg><noscript[^>]*>.*?<\/noscript>/g, "")).toBe(
      html.replace(/<svg class="plot-abc"[^>]*>.*?<\/svg>/g, (svg) =>
        svg.length > 2048 && !svg.includes("Lead") ? "" : svg,
      ),
    );
  });

  it("leaves a page without figures as it is", () => {
    const html = `<p>${drawing("")}</p>`;
    expect(drawingsToFiles(html, variables, "/").html).toBe(html);
  });
});
