/**
 * Section anchors shared by every language: headings get the ids of the English page's headings,
 * matched by position, so `…/zh/theory/#scalar-functions` is the Chinese version of
 * `…/en/theory/#scalar-functions` and the language picker keeps the reader on the same section.
 * A translated page whose headings do not line up with the English page fails the build.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { contentDir, defaultLocale } from "../site/chapter.ts";
import { chapterPageOf } from "./equations.ts";
import { parseChapterSource } from "./source.ts";

export interface HeadingInfo {
  depth: number;
  id: string;
}

/** Headings (depth ≥ 2) of a page's tree with their slugs, in order. */
export function headingIds(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const found: HeadingInfo[] = [];
  visit(tree, "heading", (node: Heading) => {
    if (node.depth >= 2) found.push({ depth: node.depth, id: slugger.slug(mdastToString(node)) });
  });
  return found;
}

/** The default locale's headings of a page, read from its source. */
export function referenceHeadings(root: string, page: string): HeadingInfo[] | null {
  const file = path.join(root, contentDir, defaultLocale, `${page}.mdx`);
  if (!existsSync(file)) return null;
  return headingIds(parseChapterSource(readFileSync(file, "utf8")));
}

export function remarkHeadingIds(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const chapter = file.path ? chapterPageOf(options.root, file.path) : null;
    if (!chapter) return;
    const own = headingIds(tree);
    const reference = chapter.locale === defaultLocale ? own : referenceHeadings(options.root, chapter.page);
    if (!reference) return;
    const shape = (list: HeadingInfo[]) => list.map((h) => h.depth).join(",");
    if (shape(reference) !== shape(own)) {
      throw new Error(
        `${file.path}: its headings (levels ${shape(own)}) do not match the ${defaultLocale} page's (levels ${shape(reference)}); translations keep the same sections`,
      );
    }
    let i = 0;
    visit(tree, "heading", (node: Heading) => {
      if (node.depth < 2) return;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: reference[i].id } };
      i += 1;
    });
  };
}
