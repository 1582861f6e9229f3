/**
 * KaTeX's fonts cut down to the glyphs the site's math draws. The full faces hold every glyph of
 * TeX's fonts; a chapter page preloads four or five of them (70–80 KB), which a phone on a slow
 * link has to fetch before the math — and so the text around it — can paint (KaTeX's faces use
 * font-display: block). After the build, the glyphs of every formula on every page are collected
 * per face (src/markdown/fonts.ts decides which face draws which element, from KaTeX's own
 * stylesheet), each used face is subset with HarfBuzz, written under a name with the hash of its
 * content, and the stylesheets and preload links are pointed at it. Faces no page uses are left
 * alone; the woff/ttf fallbacks too (no browser that reads woff2 fetches them).
 */
import { createHash } from "node:crypto";
import { readdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import subsetFont from "subset-font";
import { glyphsOfKatexHtml } from "./fonts.ts";

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
 * Subsets the used faces among the build's font files (`dir`/`assets`), renames them by content
 * and rewrites every reference in the build's HTML, CSS and JS. Returns what it did per face.
 */
export async function subsetBuild(dir: string, assets = "_astro"): Promise<SubsetReport[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const html = files.filter((f) => f.endsWith(".html"));
  const glyphs = glyphsOfPages(await Promise.all(html.map((f) => readFile(f, "utf8"))));
  const fontDir = path.join(dir, assets);
  const renames = new Map<string, string>();
  const report: SubsetReport[] = [];
  for (const file of (await readdir(fontDir)).filter((f) => /^KaTeX_.+\.woff2$/.test(f))) {
    const chars = glyphs.get(faceOf(file));
    if (!chars) continue;
    const source = await readFile(path.join(fontDir, file));
    const subset = await subsetFont(source, [...chars].join("") + always, { targetFormat: "woff2" });
    const hash = createHash("sha256").update(subset).digest("base64url").slice(0, 8);
    const name = faceOf(file).replace(/\.woff2$/, `.${hash}.woff2`);
    await writeFile(path.join(fontDir, name), subset);
    renames.set(file, name);
    report.push({ face: faceOf(file), glyphs: chars.size, before: source.length, after: subset.length });
  }
  if (renames.size === 0) return report;
  const pattern = new RegExp([...renames.keys()].map((f) => f.replace(/[.$-]/g, "\\$&")).join("|"), "g");
  for (const file of files.filter((f) => /\.(html|css|js|mjs)$/.test(f))) {
    const text = await readFile(file, "utf8");
    const updated = text.replace(pattern, (old) => renames.get(old) ?? old);
    if (updated !== text) await writeFile(file, updated);
  }
  for (const old of renames.keys()) await unlink(path.join(fontDir, old));
  return report;
}

/** Astro integration: subsets KaTeX's fonts after the build (not in `astro dev`). */
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
          `KaTeX fonts subset to the glyphs the pages use: ${report.length} faces, ${kb(before)} KB → ${kb(after)} KB`,
        );
      },
    },
  };
}
