/**
 * KaTeX's fonts, cut down to the glyphs each page's math draws, in the page itself.
 *
 * The full faces hold every glyph of TeX's fonts: a chapter page needed four or five of them
 * (70–80 KB). As separate requests, the first paint on a slow link often came before them; KaTeX's
 * faces use font-display: block, so the math was laid out with a fallback's widths and re-laid out
 * when each face arrived (layout shifts of up to 0.08 on a phone), and the text around it was not
 * painted until then. Then the used faces, cut to the glyphs of the whole site, were embedded in the
 * site's stylesheet (24 KB): but that stylesheet blocks every page's first paint, so every page,
 * the references without a formula too, waited for all the faces of all the pages.
 *
 * Now, after the build, the glyphs of each page's formulas are collected per face
 * (src/build/fonts.ts decides which face draws which element, from KaTeX's own stylesheet), each
 * face the page uses is subset with HarfBuzz to those glyphs, without hinting, and written into the
 * page as @font-face rules with data: URLs, at the end of its head: no requests, and a page carries
 * only what it draws (3–9 KB of fonts a page instead of 24 KB in the stylesheet). A browser decodes
 * a face only when some text first needs it, which was after the first paint; so a small inline
 * script after the rules asks for the page's faces at once, and the math is set with its own fonts
 * from the first paint. KaTeX's @font-face rules of the faces some page uses leave the stylesheets,
 * and their files leave the build; the faces no page uses stay files (never fetched).
 */
import { createHash } from "node:crypto";
import { readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import subsetFont from "subset-font";
import { type Face, faceOfFile, glyphsOfKatexHtml } from "./fonts.ts";

/** Characters every subset keeps whatever the pages use: spaces (their width is the font's). */
const always = " \u00a0";

export interface SubsetReport {
  face: string;
  /** Pages that carry the face. */
  pages: number;
  /** The whole face's woff2, and the largest page's subset of it, in bytes. */
  before: number;
  largest: number;
}

/** `KaTeX_Main-Regular.B22Nviop.woff2` → `KaTeX_Main-Regular.woff2` (the build's hash removed). */
export const faceOf = (file: string): string => file.replace(/^([^.]+)\..+\.woff2$/, "$1.woff2");

/** The build's files of a face (`KaTeX_Main-Regular.woff2`): its woff2, woff and ttf, hashed. */
const filesOfFace = (face: string, names: string[]) => {
  const stem = face.replace(/\.woff2$/, "");
  return names.filter((n) => n.startsWith(`${stem}.`) && /\.(woff2|woff|ttf)$/.test(n));
};

/** What picks a face: `normal 400 KaTeX_Main`. */
const descriptorOf = (face: Partial<Pick<Face, "family" | "style" | "weight">> | undefined) =>
  face
    ? `${face.style} ${({ normal: "400", bold: "700" } as Record<string, string>)[face.weight ?? ""] ?? face.weight} ${face.family}`
    : "";

/**
 * A page's faces, each cut down to the page's glyphs: the @font-face rules (data: URLs) and the
 * script that has them decoded at once. `subset` cuts a face (cached across pages: the two
 * languages of a page mostly draw the same glyphs).
 */
async function pageFonts(
  html: string,
  subset: (face: string, chars: string) => Promise<Uint8Array>,
): Promise<{ tags: string; faces: Map<string, number> }> {
  const rules: string[] = [];
  const descriptors: string[] = [];
  const faces = new Map<string, number>();
  for (const [file, chars] of [...glyphsOfKatexHtml(html)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const face = faceOfFile(file);
    if (!face) continue;
    const font = await subset(file, [...chars].sort().join("") + always);
    const url = `data:font/woff2;base64,${Buffer.from(font).toString("base64")}`;
    rules.push(
      `@font-face{font-display:block;font-family:${face.family};font-style:${face.style};font-weight:${face.weight};src:url(${url}) format("woff2")}`,
    );
    descriptors.push(`${face.style} ${face.weight} 1em ${face.family}`);
    faces.set(file, font.length);
  }
  if (!rules.length) return { tags: "", faces };
  // Decode the faces now, not when the first formula is laid out (after the first paint).
  const decode = `<script>for(const f of ${JSON.stringify(descriptors)})document.fonts.load(f)</script>`;
  return { tags: `<style>${rules.join("")}</style>${decode}`, faces };
}

/**
 * Gives each page with math its own KaTeX faces, cut down to the glyphs that page draws, in the
 * page itself (`<style>` at the end of its head), and takes the faces any page uses out of the
 * build's stylesheets, with their files. Returns, per face, the pages that carry it and their
 * subsets' sizes.
 */
export async function subsetBuild(dir: string, assets = "_astro"): Promise<SubsetReport[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const fontDir = path.join(dir, assets);
  const fontFiles = (await readdir(fontDir)).filter((f) => /^KaTeX_.+\.(woff2|woff|ttf)$/.test(f));
  const sources = new Map<string, Uint8Array>();
  const cache = new Map<string, Promise<Uint8Array>>();
  // From KaTeX's package, not the build: the build inlines the smallest faces into the stylesheet.
  const katexFonts = path.join(path.dirname(createRequire(import.meta.url).resolve("katex")), "fonts");
  const subset = (face: string, chars: string) => {
    const key = `${face}:${chars}`;
    let font = cache.get(key);
    if (!font) {
      font = (async () => {
        const source = sources.get(face) ?? (await readFile(path.join(katexFonts, face)));
        sources.set(face, source);
        // Without hinting: its instructions were about 1.8 KB of every face (a third to three
        // quarters of a subset), and today's browsers draw these sizes unhinted or auto-hinted.
        return subsetFont(source, chars, { targetFormat: "woff2", noHinting: true });
      })();
      cache.set(key, font);
    }
    return font;
  };
  const report = new Map<string, SubsetReport>();
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = await readFile(file, "utf8");
    const { tags, faces } = await pageFonts(html, subset);
    if (!tags) continue;
    if (!html.includes("</head>")) throw new Error(`math fonts: ${file} has math but no </head>`);
    await writeFile(file, html.replace("</head>", `${tags}</head>`));
    for (const [face, size] of faces) {
      const entry = report.get(face) ?? {
        face,
        pages: 0,
        before: sources.get(face)?.length ?? 0,
        largest: 0,
      };
      entry.pages += 1;
      entry.largest = Math.max(entry.largest, size);
      report.set(face, entry);
    }
  }
  const used = [...report.keys()];
  if (used.length === 0) return [];
  // The stylesheets keep KaTeX's @font-face rules of the faces no page uses (never fetched).
  const usedFiles = used.flatMap((face) => filesOfFace(face, fontFiles));
  const usedFaces = new Set(used.map((face) => descriptorOf(faceOfFile(face))));
  const dropUsed = (css: string) =>
    css.replace(/@font-face\{([^}]*)\}/g, (rule, body: string) => {
      const value = (name: string) =>
        new RegExp(`(?:^|;)\\s*font-${name}\\s*:\\s*([^;]+)`).exec(body)?.[1].trim();
      const face = { family: value("family"), style: value("style"), weight: value("weight") };
      return usedFaces.has(descriptorOf(face)) ? "" : rule;
    });
  const anyOf = (names: Iterable<string>) => [...names].map((f) => f.replace(/[.$-]/g, "\\$&")).join("|");
  // A stylesheet that changes gets a new name from its new content (hosts cache /_astro/ forever).
  const renamed = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith(".css"))) {
    const text = await readFile(file, "utf8");
    const updated = dropUsed(text);
    if (updated === text) continue;
    const hash = createHash("sha256").update(updated).digest("base64url").slice(0, 8);
    const name = path.basename(file).replace(/^([^.]+)\..*$/, `$1.${hash}.css`);
    await writeFile(path.join(path.dirname(file), name), updated);
    await unlink(file);
    renamed.set(path.basename(file), name);
  }
  const oldCss = new RegExp(anyOf(renamed.keys()) || "$^", "g");
  for (const file of files.filter((f) => /\.(html|js|mjs)$/.test(f))) {
    const text = await readFile(file, "utf8");
    const updated = text.replace(oldCss, (old) => renamed.get(old) ?? old);
    if (updated !== text) await writeFile(file, updated);
  }
  for (const file of usedFiles) await unlink(path.join(fontDir, file));
  return [...report.values()];
}

/** Astro integration: subsets and embeds KaTeX's fonts after the build (not in `astro dev`). */
export function mathFontSubsets(): AstroIntegration {
  return {
    name: "momentum-live:math-fonts",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const report = await subsetBuild(fileURLToPath(dir));
        const kb = (n: number) => (n / 1024).toFixed(1);
        const faces = report.map(
          (r) => `${r.face.replace(/\.woff2$/, "")} ${kb(r.before)} → ≤ ${kb(r.largest)} KB on ${r.pages}`,
        );
        logger.info(`KaTeX faces cut to each page's glyphs and put in the page: ${faces.join("; ")}`);
      },
    },
  };
}
