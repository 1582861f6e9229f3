/**
 * The drawings of figures below the first screen, out of the page's HTML and into files of their own.
 *
 * Under a phone's slow link, a page paints nothing before its whole HTML has arrived (Lighthouse's
 * simulation keeps the document whole on the way to the first paint), and the link carries about
 * 15, 44, 74 and 105 KB gzip in 1, 2, 3 and 4 round trips of 150 ms. The basics and theory pages
 * (83–97 KB) needed four; their figures' drawings were a third of that, all of it far below the
 * first screen.
 *
 * After the build, each Plot drawing of a figure (`<svg class="plot-…">` in a `figure.ml-figure`)
 * but the lead figure's goes to a file of its own (`_astro/figure.<hash>.svg`: the build's SVG,
 * unchanged, inside a wrapper that sets the page's colour variables). In the page, the drawing's
 * `<svg>` stays with its attributes and its style but without its marks, and names the file
 * (`data-src`): an empty box of the drawing's size, with its name and description, so nothing moves
 * when the marks arrive. As a box nears the viewport, the loader (src/live/loader.ts
 * `showDrawings`) puts the build's SVG from the file in its place, exactly as the build drew it, so
 * the islands are unchanged; at idle after load it fetches every file of the page into the cache (a
 * reader who goes offline keeps every figure). A box the page's CSS hides (a phone shape's on a wide screen, the reverse)
 * is not fetched until it shows.
 *
 * Without JavaScript the box is hidden (src/styles/figures.css, `scripting: none`) and the same file
 * shows in an image, in `<noscript>`: in Starlight's dark theme, the only one a page has without
 * JavaScript. (Images were the first way, with JavaScript too, until the image became the SVG when
 * its figure woke; Chromium's renderer then stopped answering now and then as such an image came into
 * view on a busy machine, about one page load in 36, and a page that does not show an image to a
 * reader with JavaScript never swaps one.)
 *
 * The figure the page opens with (`<figure data-lead>`: the landing page and the playground) keeps
 * its drawing in the page: it is in the first screen (a browser test checks that no box is).
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { basePath, htmlFiles } from "./csp.ts";
import { attributeValue } from "./shared-strings.ts";

/**
 * The custom properties the stylesheets set on the root (rules whose selectors include `:root`:
 * Starlight's dark theme, its default, and ours), later declarations winning, as in the cascade.
 */
export function rootVariables(stylesheets: readonly string[]): Map<string, string> {
  const variables = new Map<string, string>();
  for (const css of stylesheets) {
    for (const [, selectors, body] of css.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
      if (!selectors.split(",").some((s) => s.trim() === ":root")) continue;
      for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g))
        variables.set(name, value.trim());
    }
  }
  return variables;
}

/** The variables `text` uses (`var(--x)`), and those their values use. */
function usedVariables(text: string, variables: Map<string, string>): string[] {
  const used = new Set<string>();
  const visit = (source: string) => {
    for (const [, name] of source.matchAll(/var\(\s*(--[\w-]+)/g)) {
      if (used.has(name)) continue;
      used.add(name);
      const value = variables.get(name);
      if (value !== undefined) visit(value);
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
      if (text === whole) throw new Error(`drawing files: unknown entity ${whole} in a drawing`);
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
 * A drawing's file: the build's SVG, unchanged, inside an outer <svg> of the same size that sets the
 * page's colours (the root's: the dark theme's), for the image a page without JavaScript shows. The
 * loader takes the inner SVG, which the page's own colours then style.
 */
export function drawingFile(
  svg: string,
  width: number,
  height: number,
  variables: Map<string, string>,
): string {
  const declare = usedVariables(`${svg} ${plotText}`, variables)
    .filter((n) => variables.has(n))
    .map((n) => `${n}:${variables.get(n)}`)
    .join(";");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>:root{color:${plotText};${declare}}</style>${svgAsXml(svg)}</svg>`
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
  throw new Error("drawing files: a drawing without </svg>");
}

export interface PageDrawings {
  html: string;
  /** The drawings' files to write, by name (`figure.<hash>.svg`). */
  files: Map<string, string>;
}

/**
 * The page with each of its figures' drawings (but the lead figure's) in a file: see above. `src`
 * is the files' URL prefix (`/_astro/`, or `/momentum/_astro/` under a sub-path).
 */
export function drawingsToFiles(html: string, variables: Map<string, string>, src: string): PageDrawings {
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
    const file = drawingFile(svg, width, height, variables);
    const name = `figure.${createHash("sha256").update(file).digest("base64url").slice(0, 10)}.svg`;
    files.set(name, file);
    // The box: the opening tag and Plot's <style> (its class's layout: block, scaled to fit).
    const style = /^<style\b[^>]*>[^<]*<\/style>/.exec(html.slice(m.index + m[0].length, end))?.[0] ?? "";
    const box = `${m[0].slice(0, -1)} data-src="${src}${name}">${style}</svg>`;
    const label = attributeOf(m[0], "aria-label") ?? "";
    const description = attributeOf(m[0], "aria-description");
    const shape = attributeOf(m[0], "data-shape");
    const image =
      `<noscript${shape ? ` data-shape="${escapeAttribute(shape)}"` : ""}>` +
      `<img data-svg src="${src}${name}" width="${width}" height="${height}" alt="${escapeAttribute(label)}"` +
      (description ? ` aria-description="${escapeAttribute(description)}"` : "") +
      ` loading="lazy" decoding="async"></noscript>`;
    out += html.slice(done, m.index) + box + image;
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

/** Astro integration: the figures' drawings in files of their own (after the fonts, before the policy). */
export function drawingFiles(): AstroIntegration {
  let base = "/";
  return {
    name: "momentum-live:drawing-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = basePath(config.base);
      },
      "astro:build:done": async ({ dir, logger }) => {
        // DRAWING_FILES=0: every drawing stays in its page (to compare two builds).
        if (process.env.DRAWING_FILES === "0") return;
        const root = path.resolve(new URL(dir).pathname);
        const assets = path.join(root, "_astro");
        const sheets = new Map<string, Map<string, string>>();
        const variablesOf = async (html: string) => {
          const links = screenStylesheets(html, base);
          const key = links.join(" ");
          let variables = sheets.get(key);
          if (!variables) {
            variables = rootVariables(
              await Promise.all(links.map((s) => readFile(path.join(root, s), "utf8"))),
            );
            sheets.set(key, variables);
          }
          return variables;
        };
        const written = new Set<string>();
        let pages = 0;
        let moved = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, "utf8");
          if (!html.includes('class="plot-')) continue;
          const page = drawingsToFiles(html, await variablesOf(html), `${base}_astro/`);
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
          `figure drawings below the first screen in files of their own: ${written.size} files, ${pages} pages, ${(moved / 1024).toFixed(0)} KB raw out of their HTML`,
        );
      },
    },
  };
}
