/**
 * KaTeX's fonts, cut down to the glyphs the site's math draws and embedded in the stylesheet.
 *
 * The full faces hold every glyph of TeX's fonts: a chapter page needed four or five of them
 * (70–80 KB). They came as separate requests, so on a slow link the first paint often came before
 * them; KaTeX's faces use font-display: block, so the math was laid out with a fallback's widths
 * and re-laid out when each face arrived (layout shifts of up to 0.08 on a phone), and the text
 * around it was not painted until then. After the build, the glyphs of every formula on every page
 * are collected per face (src/build/fonts.ts decides which face draws which element, from
 * KaTeX's own stylesheet), each used face is subset with HarfBuzz (all six: 84 KB → 24 KB) and
 * written into the site's stylesheet as a data: URL: no requests, cached across pages. A browser
 * decodes a face only when some text first needs it, which was after the first paint; so a small
 * inline script right after the stylesheet asks for all of them at once, and the math is set with
 * its own fonts from the first paint. Faces no page uses stay files (never fetched); so do the
 * woff/ttf fallbacks (no browser that reads woff2 fetches them).
 */
import { createHash } from "node:crypto";
import { readdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import subsetFont from "subset-font";
import { faceOfFile, glyphsOfKatexHtml } from "./fonts.ts";

/** Characters every subset keeps whatever the pages use: spaces (their width is the font's). */
const always = " \u00a0";

export interface SubsetReport {
  face: string;
  glyphs: number;
  before: number;
  after: number;
}

/** The glyphs of every page's math, per KaTeX face (woff2 name such as `KaTeX_Main-Regular.woff2`). */
export function glyphsOfPages(pages: string[]): Map<string, Set<string>> {
  const all = new Map<string, Set<string>>();
  for (const html of pages) {
    for (const [face, chars] of glyphsOfKatexHtml(html)) {
      const set = all.get(face) ?? new Set<string>();
      for (const ch of chars) set.add(ch);
      all.set(face, set);
    }
  }
  return all;
}

/** `KaTeX_Main-Regular.B22Nviop.woff2` → `KaTeX_Main-Regular.woff2` (the build's hash removed). */
export const faceOf = (file: string): string => file.replace(/^([^.]+)\..+\.woff2$/, "$1.woff2");

/**
 * Subsets the used faces among the build's font files (`dir`/`assets`), embeds them in the
 * build's stylesheets as data: URLs and removes the font files. Returns what it did per face.
 */
export async function subsetBuild(dir: string, assets = "_astro"): Promise<SubsetReport[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const html = files.filter((f) => f.endsWith(".html"));
  const glyphs = glyphsOfPages(await Promise.all(html.map((f) => readFile(f, "utf8"))));
  const fontDir = path.join(dir, assets);
  const embedded = new Map<string, string>();
  const report: SubsetReport[] = [];
  for (const file of (await readdir(fontDir)).filter((f) => /^KaTeX_.+\.woff2$/.test(f))) {
    const chars = glyphs.get(faceOf(file));
    if (!chars) continue;
    const source = await readFile(path.join(fontDir, file));
    const subset = await subsetFont(source, [...chars].join("") + always, { targetFormat: "woff2" });
    embedded.set(file, `data:font/woff2;base64,${Buffer.from(subset).toString("base64")}`);
    report.push({ face: faceOf(file), glyphs: chars.size, before: source.length, after: subset.length });
  }
  if (embedded.size === 0) return report;
  const anyOf = (names: Iterable<string>) => [...names].map((f) => f.replace(/[.$-]/g, "\\$&")).join("|");
  const inCss = new RegExp(`url\\(["']?[^)"']*?/(${anyOf(embedded.keys())})["']?\\)`, "g");
  // A stylesheet that changes gets a new name from its new content (hosts cache /_astro/ forever).
  const renamed = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith(".css"))) {
    const text = await readFile(file, "utf8");
    const updated = text.replace(inCss, (_, name: string) => `url(${embedded.get(name)})`);
    if (updated === text) continue;
    const hash = createHash("sha256").update(updated).digest("base64url").slice(0, 8);
    const name = path.basename(file).replace(/^([^.]+)\..*$/, `$1.${hash}.css`);
    await writeFile(path.join(path.dirname(file), name), updated);
    await unlink(file);
    renamed.set(path.basename(file), name);
  }
  // Decode the embedded faces now, not when the first formula is laid out (after the first paint).
  const descriptors = [...embedded.keys()].map((file) => {
    const face = faceOfFile(faceOf(file));
    return face ? `${face.style} ${face.weight} 1em ${face.family}` : null;
  });
  const decode = `<script>for(const f of ${JSON.stringify(descriptors.filter(Boolean))})document.fonts.load(f)</script>`;
  const oldCss = new RegExp(anyOf(renamed.keys()) || "$^", "g");
  const link = new RegExp(`<link rel="stylesheet" href="[^"]*/(${anyOf(renamed.values())})">`);
  for (const file of files.filter((f) => /\.(html|js|mjs)$/.test(f))) {
    const text = await readFile(file, "utf8");
    let updated = text.replace(oldCss, (old) => renamed.get(old) ?? old);
    if (file.endsWith(".html")) updated = updated.replace(link, (tag) => tag + decode);
    if (updated !== text) await writeFile(file, updated);
  }
  for (const file of embedded.keys()) await unlink(path.join(fontDir, file));
  return report;
}

/** Astro integration: subsets and embeds KaTeX's fonts after the build (not in `astro dev`). */
export function mathFontSubsets(): AstroIntegration {
  return {
    name: "momentum-live:math-fonts",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const report = await subsetBuild(fileURLToPath(dir));
        const kb = (n: number) => (n / 1024).toFixed(1);
        const before = report.reduce((s, r) => s + r.before, 0);
        const after = report.reduce((s, r) => s + r.after, 0);
        logger.info(
          `KaTeX fonts subset to the glyphs the pages use and embedded in the stylesheet: ${report.length} faces, ${kb(before)} KB → ${kb(after)} KB`,
        );
      },
    },
  };
}
