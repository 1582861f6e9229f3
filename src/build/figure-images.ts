/**
 * The drawings of figures below the first screen, as images until their island wakes.
 *
 * Under a phone's slow link, a page paints nothing before its whole HTML has arrived (Lighthouse's
 * simulation keeps the document whole on the way to the first paint), and the link carries about
 * 15, 44, 74 and 105 KB gzip in 1, 2, 3 and 4 round trips of 150 ms. The basics and theory pages
 * (83–97 KB) needed four; their figures' drawings were a third of that, all of it far below the
 * first screen.
 *
 * After the build, each Plot drawing of a figure (`<svg class="plot-…">` in a `figure.ml-figure`)
 * leaves the page for a file of its own (`_astro/figure.<hash>.svg`) and the page shows it with
 * `<img loading="lazy">` of the same size, name and description: fetched only as the reader
 * scrolls near it, complete without JavaScript, with no layout shift. The image follows the page's
 * theme: the file carries the page's colour variables for both themes, the light ones under
 * `prefers-color-scheme: light`, which inside an image follows the page's `color-scheme` (Starlight
 * sets it with the theme). A phone shape's image (`data-shape`, src/styles/figures.css) is hidden on
 * wide screens and the reverse, and a hidden lazy image is never fetched. When the figure's island
 * wakes, the loader (src/live/loader.ts) fetches the files again (from the cache) and puts the
 * build's SVG back in the image's place, exactly as the build drew it, so the islands are unchanged.
 *
 * The figure the page opens with (`<figure data-lead>`: the landing page and the playground) keeps
 * its drawing in the page: it is in the first screen (a browser test checks that no image is).
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { htmlFiles } from "./csp.ts";
import { attributeValue } from "./shared-strings.ts";

/** The page's custom properties for the dark theme (Starlight's default) and the light one's overrides. */
export interface ThemeVariables {
  dark: Map<string, string>;
  light: Map<string, string>;
}

const rootSelector = /^:root$/;
const lightSelector = /^(?::root)?\[data-theme=(["']?)light\1\]$/;

/**
 * The custom properties the stylesheets set on the root, per theme (rules whose selectors include
 * `:root`, and `:root[data-theme="light"]`). Later declarations win, as in the cascade.
 */
export function themeVariables(stylesheets: readonly string[]): ThemeVariables {
  const dark = new Map<string, string>();
  const light = new Map<string, string>();
  for (const css of stylesheets) {
    for (const [, selectors, body] of css.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
      const parts = selectors.split(",").map((s) => s.trim());
      const into = parts.some((s) => rootSelector.test(s))
        ? dark
        : parts.some((s) => lightSelector.test(s))
          ? light
          : null;
      if (!into) continue;
      for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) into.set(name, value.trim());
    }
  }
  return { dark, light };
}

/** The variables `text` uses (`var(--x)`), and those their values use, in either theme. */
function usedVariables(text: string, theme: ThemeVariables): string[] {
  const used = new Set<string>();
  const visit = (source: string) => {
    for (const [, name] of source.matchAll(/var\(\s*(--[\w-]+)/g)) {
      if (used.has(name)) continue;
      used.add(name);
      for (const map of [theme.dark, theme.light]) {
        const value = map.get(name);
        if (value !== undefined) visit(value);
      }
    }
  };
  visit(text);
  return [...used].sort();
}

/** SVG's element names with capitals, which the HTML parser writes in lower case. */
const camelCase = ["clipPath", "linearGradient", "radialGradient", "foreignObject", "textPath"];
const camelCaseTag = new RegExp(`<(/?)(${camelCase.join("|")})\\b`, "gi");
const xmlEntities = new Set(["amp", "lt", "gt", "quot", "apos"]);

/** An inline SVG as the build wrote it in HTML → the same as XML (an image's file is parsed as XML). */
export function svgAsXml(markup: string): string {
  return markup
    .replace(camelCaseTag, (_, slash: string, name: string) => {
      const proper = camelCase.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
      return `<${slash}${proper}`;
    })
    .replace(/&([a-z][a-z0-9]*);/gi, (whole, name: string) => {
      if (xmlEntities.has(name)) return whole;
      const text = attributeValue(whole);
      if (text === whole) throw new Error(`figure images: unknown entity ${whole} in a drawing`);
      return `&#${text.codePointAt(0)};`;
    });
}

/** An attribute's value in an element's opening tag (decoded), or undefined. */
function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? attributeValue(match[1]) : undefined;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The colour of a plot box's text, which the drawing's `currentColor` is (src/styles/figures.css
 * `.figure-plot`).
 */
const plotText = "var(--sl-color-white)";

/**
 * The image file of a drawing: the build's SVG, unchanged, inside an outer <svg> of the same size
 * that sets the page's colours for both themes.
 */
export function imageFile(svg: string, width: number, height: number, theme: ThemeVariables): string {
  const names = usedVariables(`${svg} ${plotText}`, theme);
  const declare = (map: Map<string, string>) =>
    names
      .filter((n) => map.has(n))
      .map((n) => `${n}:${map.get(n)}`)
      .join(";");
  const light = declare(theme.light);
  const style =
    `:root{color:${plotText};${declare(theme.dark)}}` +
    (light ? `@media (prefers-color-scheme:light){:root{${light}}}` : "");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>${style}</style>${svgAsXml(svg)}</svg>`
  );
}

/** Drawings smaller than this stay in the page (not worth a request). */
const smallest = 2048;

const figureTag = /<figure\b[^>]*\bclass="[^"]*\bml-figure\b[^"]*"[^>]*>/g;

/** The end of the element whose opening tag `<svg` starts at `from` (after its `</svg>`). */
function svgEnd(html: string, from: number): number {
  const tags = /<(\/?)svg\b/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.indexOf(">", m.index) + 1;
  }
  throw new Error("figure images: a drawing without </svg>");
}

export interface PageImages {
  html: string;
  /** The image files to write, by name (`figure.<hash>.svg`). */
  files: Map<string, string>;
}

/**
 * The page with each of its figures' drawings (but the lead figure's) as an image: see above.
 * `src` is the images' URL prefix (`/_astro/`, or `/momentum/_astro/` under a sub-path).
 */
export function figuresAsImages(html: string, theme: ThemeVariables, src: string): PageImages {
  const files = new Map<string, string>();
  const figures = [...html.matchAll(figureTag)].map((m) => ({
    at: m.index,
    lead: /\sdata-lead\b/.test(m[0]),
  }));
  let out = "";
  let done = 0;
  for (const m of html.matchAll(/<svg\b[^>]*\sclass="plot-[^"]*"[^>]*>/g)) {
    if (m.index < done) continue; // inside a drawing already taken
    const figure = figures.findLast((f) => f.at < m.index);
    if (!figure || figure.lead) continue;
    const end = svgEnd(html, m.index);
    const svg = html.slice(m.index, end);
    const width = Number(attributeOf(m[0], "width"));
    const height = Number(attributeOf(m[0], "height"));
    if (svg.length < smallest || !(width > 0 && height > 0)) continue;
    const file = imageFile(svg, width, height, theme);
    const name = `figure.${createHash("sha256").update(file).digest("base64url").slice(0, 10)}.svg`;
    files.set(name, file);
    const label = attributeOf(m[0], "aria-label") ?? "";
    const description = attributeOf(m[0], "aria-description");
    const shape = attributeOf(m[0], "data-shape");
    const img =
      `<img data-svg src="${src}${name}" width="${width}" height="${height}" alt="${escapeAttribute(label)}"` +
      (description ? ` aria-description="${escapeAttribute(description)}"` : "") +
      (shape ? ` data-shape="${escapeAttribute(shape)}"` : "") +
      ` loading="lazy" decoding="async">`;
    out += html.slice(done, m.index) + img;
    done = end;
  }
  return { html: out + html.slice(done), files };
}

/**
 * The stylesheets a page links for the screen (not `media="print"`, whose root colours are the
 * printed page's), as paths from the site's root without the base: `_astro/x.css`.
 */
export function screenStylesheets(html: string, base: string): string[] {
  const links = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  return links
    .filter((tag) => (attributeOf(tag, "media") ?? "all") !== "print")
    .map((tag) => attributeOf(tag, "href") ?? "")
    .filter((href) => href.startsWith(base))
    .map((href) => href.slice(base.length));
}

/** Astro integration: the figures' drawings as lazy images (after the fonts, before the policy). */
export function figureImages(): AstroIntegration {
  let base = "/";
  return {
    name: "momentum-live:figure-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = path.resolve(new URL(dir).pathname);
        const assets = path.join(root, "_astro");
        const themes = new Map<string, ThemeVariables>();
        const themeOf = async (html: string) => {
          const sheets = screenStylesheets(html, base);
          const key = sheets.join(" ");
          let theme = themes.get(key);
          if (!theme) {
            theme = themeVariables(
              await Promise.all(sheets.map((s) => readFile(path.join(root, s), "utf8"))),
            );
            themes.set(key, theme);
          }
          return theme;
        };
        const written = new Set<string>();
        let pages = 0;
        let moved = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, "utf8");
          if (!html.includes('class="plot-')) continue;
          const page = figuresAsImages(html, await themeOf(html), `${base}_astro/`);
          if (page.files.size === 0) continue;
          for (const [name, text] of page.files) {
            if (written.has(name)) continue;
            await writeFile(path.join(assets, name), text);
            written.add(name);
          }
          await writeFile(file, page.html);
          pages++;
          moved += html.length - page.html.length;
        }
        logger.info(
          `figure drawings below the first screen as lazy images: ${written.size} files, ${pages} pages, ${(moved / 1024).toFixed(0)} KB raw out of their HTML`,
        );
      },
    },
  };
}
