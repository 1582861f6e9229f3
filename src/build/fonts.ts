/**
 * Which KaTeX font face draws which characters of rendered KaTeX HTML, so that the build can cut
 * each face down to the glyphs the site uses (src/build/font-subset.ts). Computed, not guessed
 * from TeX commands: KaTeX's own stylesheet decides which family, style and weight each
 * glyph-bearing element gets (a small cascade over the rules that set fonts, with inheritance), and
 * the faces are looked up in its @font-face list.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseHTML } from "linkedom";

interface FontRule {
  selectors: string;
  family?: string;
  style?: string;
  weight?: string;
}

export interface Face {
  family: string;
  style: string;
  weight: string;
  /** File name of the woff2 source, e.g. `KaTeX_Main-Bold.woff2`. */
  file: string;
}

let stylesheet: { rules: FontRule[]; faces: Face[] } | null = null;

const weightOf = (w: string) => (w === "bold" ? "700" : w === "normal" ? "400" : w);

/** The font-setting rules and @font-face list of katex.min.css. */
function katexStylesheet(): { rules: FontRule[]; faces: Face[] } {
  if (stylesheet) return stylesheet;
  const css = readFileSync(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"), "utf8");
  const rules: FontRule[] = [];
  const faces: Face[] = [];
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = match[1].trim();
    const declarations = Object.fromEntries(
      match[2].split(";").map((d) => {
        const i = d.indexOf(":");
        return [d.slice(0, i).trim(), d.slice(i + 1).trim()];
      }),
    );
    const family = declarations["font-family"]?.split(",")[0].trim();
    if (selectors === "@font-face") {
      const file = /url\(fonts\/([^)]+\.woff2)\)/.exec(declarations.src ?? "")?.[1];
      if (family && file) {
        faces.push({
          family,
          style: declarations["font-style"],
          weight: weightOf(declarations["font-weight"]),
          file,
        });
      }
      continue;
    }
    if (selectors.startsWith("@") || !selectors.includes(".katex")) continue;
    const style = declarations["font-style"];
    const weight = declarations["font-weight"];
    if (family || style || weight) {
      rules.push({ selectors, family, style, weight: weight ? weightOf(weight) : undefined });
    }
  }
  stylesheet = { rules, faces };
  return stylesheet;
}

/** The @font-face of KaTeX's stylesheet whose woff2 source is `file` (`KaTeX_Main-Bold.woff2`). */
export const faceOfFile = (file: string): Face | undefined =>
  katexStylesheet().faces.find((f) => f.file === file);

/** KaTeX's base font (`.katex { font: normal 1.21em KaTeX_Main, … }`). */
const base = { family: "KaTeX_Main", style: "normal", weight: "400" };
type Computed = typeof base;

/**
 * The characters each KaTeX font file (woff2 name) draws in rendered KaTeX HTML: a whole page or
 * single formulas. The MathML twins and KaTeX's SVG pieces (radicals, braces) use no KaTeX font.
 */
export function glyphsOfKatexHtml(html: string): Map<string, Set<string>> {
  const { rules, faces } = katexStylesheet();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const glyphs = new Map<string, Set<string>>();
  const walk = (element: Element, inherited: Computed) => {
    if (element.classList.contains("katex-mathml") || element.localName === "svg") return;
    const own = { ...inherited };
    for (const rule of rules) {
      if (!element.matches(rule.selectors)) continue;
      if (rule.family) own.family = rule.family;
      if (rule.style) own.style = rule.style;
      if (rule.weight) own.weight = rule.weight;
    }
    const text = [...element.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? "")
      .join("")
      .replace(/[\n\r\t\u200b]/g, "");
    // Spaces count only beside ink, but then they must be in the font too (their width).
    if (/\S/.test(text)) {
      const face = faces.find(
        (f) => f.family === own.family && f.style === own.style && f.weight === own.weight,
      );
      if (face) {
        const set = glyphs.get(face.file) ?? new Set<string>();
        for (const ch of text) set.add(ch);
        glyphs.set(face.file, set);
      }
    }
    for (const child of element.children) walk(child, own);
  };
  for (const root of document.querySelectorAll(".katex")) walk(root, base);
  return glyphs;
}
