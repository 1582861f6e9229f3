/**
 * Equations: KaTeX at build time, numbered (section.n) in reading order across the chapter's pages,
 * each with an anchor, and references written by label.
 *
 * In MDX:
 *   $$ \mathbf{v}_t = \beta \mathbf{v}_{t-1} + \mathbf{g}_t \label{leaky} $$   → numbered display equation, id "eq-leaky"
 *   … as $\eqref{leaky}$ shows …                                             → link "(12.6.2)" to it (any page)
 *
 * Every display equation is numbered, labelled or not. An unknown label, a duplicate label or
 * malformed TeX fails the build with the file's name. Math is marked `data-pagefind-ignore` so raw
 * TeX (KaTeX's MathML annotation) stays out of the search index.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, ElementContent } from "hast";
import { fromHtmlIsomorphic } from "hast-util-from-html-isomorphic";
import katex from "katex";
import type { Link, Root, RootContent } from "mdast";
import remarkMath from "remark-math";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { contentDir, type Locale, locales, pagePath, pages } from "../site/chapter.ts";
import { parseChapterSource } from "./source.ts";

interface MathNode {
  type: "math" | "inlineMath";
  value: string;
  data?: { hName?: string; hProperties?: Record<string, unknown>; hChildren?: ElementContent[] };
  position?: { start: { line: number; column: number } };
}

export interface EquationEntry {
  /** "12.6.5" */
  number: string;
  /** Label written in the source, or null. */
  label: string | null;
  /** Anchor id on the page: `eq-<label>` or `eq-<n>`. */
  id: string;
  /** Page slug (without locale). */
  page: string;
}

const LABEL = /\\label\{([^{}]*)\}/g;
const EQREF = /^\s*\\eqref\{([^{}]+)\}\s*$/;

/** Splits `\label{…}` out of an equation's TeX. Returns the TeX without it and the label. */
export function extractLabel(tex: string): { tex: string; label: string | null; count: number } {
  const labels = [...tex.matchAll(LABEL)].map((m) => m[1].trim());
  return { tex: tex.replace(LABEL, "").trim(), label: labels[0] ?? null, count: labels.length };
}

/** Id of an equation's anchor. */
export function equationId(label: string | null, n: number): string {
  return label ? `eq-${label.replace(/[^A-Za-z0-9_-]+/g, "-")}` : `eq-${n}`;
}

/** Display-math nodes of one MDX source, in order. */
function displayMath(source: string): MathNode[] {
  const tree = parseChapterSource(source);
  const found: MathNode[] = [];
  visit(tree, "math", (node) => {
    found.push(node as unknown as MathNode);
  });
  return found;
}

/**
 * The chapter's equation index for one locale: every display equation of every page in reading
 * order, numbered `section.n`. Pure function of the content files.
 */
export function buildEquationIndex(root: string, locale: Locale): EquationEntry[] {
  const entries: EquationEntry[] = [];
  const seen = new Map<string, string>();
  for (const page of pages) {
    const file = path.join(root, contentDir, locale, `${page}.mdx`);
    if (!existsSync(file)) continue;
    for (const node of displayMath(readFileSync(file, "utf8"))) {
      const n = entries.length + 1;
      const { label, count } = extractLabel(node.value);
      const where = `${path.relative(root, file)}:${node.position?.start.line ?? "?"}`;
      if (count > 1) throw new Error(`${where}: an equation has more than one \\label`);
      if (label && seen.has(label)) {
        throw new Error(`${where}: equation label "${label}" is already used at ${seen.get(label)}`);
      }
      if (label) seen.set(label, where);
      entries.push({ number: `${locales[locale].section}.${n}`, label, id: equationId(label, n), page });
    }
  }
  return entries;
}

/** The KaTeX options of every formula on the site (also used to find the fonts a page needs). */
export function katexOptions(displayMode: boolean): katex.KatexOptions {
  return {
    displayMode,
    throwOnError: true,
    strict: (code: string) => (code === "unicodeTextInMathMode" ? "error" : "warn"),
    output: "htmlAndMathml",
    trust: false,
  };
}

function renderTex(tex: string, displayMode: boolean, where: string): ElementContent[] {
  let html: string;
  try {
    html = katex.renderToString(tex, katexOptions(displayMode));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${where}: malformed TeX in ${displayMode ? "display" : "inline"} math: ${message}`);
  }
  return fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
}

function whereOf(file: VFile, node: { position?: { start: { line: number; column: number } } }): string {
  const pos = node.position ? `:${node.position.start.line}:${node.position.start.column}` : "";
  return `${file.path ?? "<unknown file>"}${pos}`;
}

/** Locale and page of a content file, or null when the file is not a chapter page. */
export function chapterPageOf(root: string, filePath: string): { locale: Locale; page: string } | null {
  const rel = path.relative(path.join(root, contentDir), filePath).split(path.sep);
  if (rel.length !== 2 || !(rel[0] in locales)) return null;
  return { locale: rel[0] as Locale, page: rel[1].replace(/\.mdx?$/, "") };
}

export interface RemarkEquationsOptions {
  /** Project root (absolute). */
  root: string;
  /** Site base path, ending in "/". */
  base: string;
}

/** The remark pass. Use after remark-math. */
export function remarkEquations(options: RemarkEquationsOptions) {
  const indexCache = new Map<Locale, EquationEntry[]>();
  const indexFor = (locale: Locale) => {
    // Rebuilt per file in dev would be slow; per build it is computed once per locale.
    let index = indexCache.get(locale);
    if (!index || process.env.NODE_ENV === "development") {
      index = buildEquationIndex(options.root, locale);
      indexCache.set(locale, index);
    }
    return index;
  };

  return (tree: Root, file: VFile) => {
    const chapter = file.path ? chapterPageOf(options.root, file.path) : null;
    const index = chapter ? indexFor(chapter.locale) : [];
    const own = chapter ? index.filter((e) => e.page === chapter.page) : [];
    let displayCount = 0;

    visit(tree, (node, position, parent) => {
      if (node.type !== "math" && node.type !== "inlineMath") return;
      const math = node as unknown as MathNode;
      const where = whereOf(file, math);

      if (math.type === "inlineMath") {
        const offset = (math.position?.start as { offset?: number } | undefined)?.offset;
        if (offset !== undefined && String(file.value).startsWith("$$", offset)) {
          throw new Error(`${where}: display math must stand on its own lines ($$, the TeX, then $$)`);
        }
        const ref = EQREF.exec(math.value);
        if (ref) {
          if (!chapter) throw new Error(`${where}: \\eqref is only available on chapter pages`);
          const target = index.find((e) => e.label === ref[1].trim());
          if (!target) throw new Error(`${where}: unknown equation label "${ref[1]}" in \\eqref`);
          const samePage = target.page === chapter.page;
          const link: Link = {
            type: "link",
            url: `${samePage ? "" : options.base + pagePath(chapter.locale, target.page)}#${target.id}`,
            children: [{ type: "text", value: `(${target.number})` }],
            data: { hProperties: { className: ["eqref"] } },
          };
          if (parent && typeof position === "number") {
            (parent.children as RootContent[]).splice(position, 1, link);
          }
          return;
        }
        if (math.value.includes("\\eqref")) {
          throw new Error(`${where}: write \\eqref{label} alone in its own $…$`);
        }
        math.data = {
          hName: "span",
          hProperties: { className: ["math", "math-inline"], dataPagefindIgnore: "all" },
          hChildren: renderTex(math.value, false, where),
        };
        return;
      }

      const { tex, label, count } = extractLabel(math.value);
      if (count > 1) throw new Error(`${where}: an equation has more than one \\label`);
      const entry = own[displayCount];
      displayCount += 1;
      if (chapter && (!entry || entry.label !== label)) {
        throw new Error(`${where}: equation index out of sync with the page (internal error)`);
      }
      const body: Element = {
        type: "element",
        tagName: "div",
        // A wide equation scrolls sideways on narrow screens: the scroller takes keyboard focus.
        properties: { className: ["equation-body"], tabIndex: 0 },
        children: renderTex(tex, true, where),
      };
      const children: ElementContent[] = [body];
      if (entry) {
        children.push({
          type: "element",
          tagName: "a",
          properties: {
            className: ["equation-number"],
            href: `#${entry.id}`,
            ariaLabel: `(${entry.number})`,
          },
          children: [{ type: "text", value: `(${entry.number})` }],
        });
      } else {
        // The last child marks the equation complete while the page streams in (see src/styles/math.css).
        children.push({
          type: "element",
          tagName: "span",
          properties: { className: ["equation-end"] },
          children: [],
        });
      }
      math.data = {
        hName: "div",
        hProperties: {
          className: ["equation"],
          id: entry?.id,
          dataEquation: entry?.number,
          dataPagefindIgnore: "all",
        },
        hChildren: children,
      };
    });
  };
}

export { remarkMath };
