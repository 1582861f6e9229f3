import { describe, expect, it } from "vitest";
import {
  figuresAsImages,
  imageFile,
  screenStylesheets,
  svgAsXml,
  themeVariables,
} from "../../../src/build/figure-images.ts";

const css = [
  ":root,::backdrop{--sl-color-white:#fff;--sl-color-black:#17181c;--sl-color-bg:var(--sl-color-black)}",
  ":root[data-theme=light],[data-theme=light] ::backdrop{--sl-color-white:#17181c;--sl-color-black:#fff}",
  ':root{--ml-gd:#e69f00;--ml-unused:red}:root[data-theme="light"]{--ml-gd:#d55e00}',
  ".other{--ml-gd:blue}",
];
const theme = themeVariables(css);

/** A Plot drawing as the build writes it, `size` bytes or more. */
const drawing = (attributes: string, size = 3000) =>
  `<svg class="plot-abc" width="640" height="480" viewBox="0 0 640 480" ${attributes}>` +
  `<clippath id="c"><rect width="9" height="9" /></clippath>` +
  `<g stroke="var(--ml-gd)" fill="currentColor">${'<path d="M0,0L1,1" />'.repeat(size / 20)}</g></svg>`;

describe("figure drawings as images (src/build/figure-images.ts)", () => {
  it("reads each theme's root variables, the light ones as overrides, and nothing of other rules", () => {
    expect(theme.dark.get("--ml-gd")).toBe("#e69f00");
    expect(theme.light.get("--ml-gd")).toBe("#d55e00");
    expect(theme.dark.get("--sl-color-bg")).toBe("var(--sl-color-black)");
    expect(theme.light.has("--sl-color-bg")).toBe(false);
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

  it("wraps the drawing, unchanged, with the variables it uses (and theirs) for both themes", () => {
    const svg = drawing("");
    const file = imageFile(svg, 640, 480, theme);
    expect(file.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"')).toBe(true);
    expect(file).toContain(svgAsXml(svg));
    const style = /<style>(.*?)<\/style>/.exec(file)?.[1] ?? "";
    // currentColor is the plot box's text colour.
    expect(style).toContain(":root{color:var(--sl-color-white);");
    expect(style).toContain("--ml-gd:#e69f00");
    expect(style).toContain("@media (prefers-color-scheme:light){:root{");
    expect(style).toContain("--ml-gd:#d55e00");
    expect(style).toContain("--sl-color-white:#17181c");
    expect(style).not.toContain("--ml-unused");
    expect(style).not.toContain("blue");
  });

  it("moves each figure's drawing but the lead figure's and small ones, keeping size, name and shape", () => {
    const html =
      `<figure class="ml-figure" id="lead" data-lead><div class="figure-plot">${drawing('aria-label="Lead"')}</div></figure>` +
      `<p>text</p><figure class="ml-figure" id="a"><div class="figure-plot">` +
      drawing('data-shape="wide" aria-label="Bowl &amp; path" aria-description="20 steps"') +
      drawing('data-shape="phone" aria-label="Bowl &amp; path"') +
      `</div></figure><figure class="ml-figure" id="b"><div class="figure-plot">${drawing("", 100)}</div></figure>`;
    const { html: out, files } = figuresAsImages(html, theme, "/m/_astro/");
    expect(files.size).toBe(2);
    expect(out.match(/<svg/g)?.length).toBe(2); // the lead's and the small one
    expect(out).toContain('aria-label="Lead"');
    const images = [...out.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(2);
    const [wide, phone] = images;
    expect(wide).toMatch(/^<img data-svg src="\/m\/_astro\/figure\.[\w-]{10}\.svg" width="640" height="480"/);
    expect(wide).toContain('alt="Bowl &amp; path" aria-description="20 steps" data-shape="wide"');
    expect(wide).toContain('loading="lazy"');
    expect(phone).toContain('data-shape="phone"');
    for (const [name, file] of files) {
      expect(out).toContain(name);
      expect(file).toContain("<clipPath");
    }
    // The text around the drawings is untouched.
    expect(out.replace(/<img [^>]*>/g, "")).toBe(
      html.replace(/<svg class="plot-abc"[^>]*>.*?<\/svg>/g, (svg) =>
        svg.length > 2048 && !svg.includes("Lead") ? "" : svg,
      ),
    );
  });

  it("leaves a page without figures as it is", () => {
    const html = `<p>${drawing("")}</p>`;
    expect(figuresAsImages(html, theme, "/").html).toBe(html);
  });
});
