/**
 * Parsing of chapter sources outside Astro's pipeline (equation index, section ids, parity test):
 * the frontmatter is removed first, as Astro does, then the MDX is parsed with math.
 */
import type { Root } from "mdast";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/** The source without its leading `---` frontmatter block, line count preserved. */
export function stripFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].replace(/[^\n]/g, "") + source.slice(match[0].length) : source;
}

export function parseChapterSource(source: string): Root {
  return parser.parse(stripFrontmatter(source)) as Root;
}
