/**
 * Citations: `[@key]` or `[@key1; @key2]` in the text becomes links to the bibliography entry on
 * the locale's references page, e.g. "(Polyak, 1964)". An unknown key fails the build.
 */
import type { Link, PhrasingContent, Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { pagePath } from "../site/chapter.ts";
import { referenceByKey, referenceId } from "../site/references.ts";
import { chapterPageOf } from "./equations.ts";

const CITATION = /\[@([\w-]+(?:\s*;\s*@[\w-]+)*)\]/g;

export function remarkCitations(options: { root: string; base: string }) {
  return (tree: Root, file: VFile) => {
    const chapter = file.path ? chapterPageOf(options.root, file.path) : null;
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("[@")) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const keys = match[1].split(";").map((k) => k.trim().replace(/^@/, ""));
        if (!chapter) throw new Error(`${file.path}: citations are only available on chapter pages`);
        const where = `${file.path}:${node.position?.start.line ?? "?"}`;
        const href = options.base + pagePath(chapter.locale, "references");
        if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
        parts.push({ type: "text", value: "(" });
        keys.forEach((key, i) => {
          const reference = referenceByKey(key);
          if (!reference) throw new Error(`${where}: unknown citation key "${key}"`);
          if (i > 0) parts.push({ type: "text", value: "; " });
          const link: Link = {
            type: "link",
            url: `${href}#${referenceId(key)}`,
            children: [{ type: "text", value: reference.short }],
            data: { hProperties: { className: ["citation"] } },
          };
          parts.push(link);
        });
        parts.push({ type: "text", value: ")" });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return index + parts.length;
    });
  };
}
