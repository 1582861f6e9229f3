/**
 * Line breaks inside Chinese prose. The sources wrap long lines, and a line break in Markdown is a
 * space in HTML: between two Chinese characters it shows as a gap ("学习率和动量， 再拖动起点") that
 * no Chinese text has. This pass drops the break (and the spaces around it) wherever the characters
 * on both sides are Chinese (Han characters, CJK or full-width punctuation, or curly quotes next to
 * one of those), also across the edge of an inline element (`**强调**\n文字`). A space written after
 * full-width punctuation before more Chinese (`**条件数。** 在…`) goes too: the punctuation carries
 * its own space. A break or space next to Latin text or inline math stays, as Chinese typesetting
 * wants it.
 */
import type { Parent, Root, RootContent, Text } from "mdast";
import { visit } from "unist-util-visit";

const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const quote = /[\u2018\u2019\u201c\u201d]/;
const wide = (c: string | undefined): boolean => c !== undefined && (cjk.test(c) || quote.test(c));
const punctuation = /[\u3000-\u303f\uff00-\uffef]/;

/** Whether a line break between `before` and `after` (single characters) should vanish. */
export function joins(before: string | undefined, after: string | undefined): boolean {
  return wide(before) && wide(after) && (cjk.test(before ?? "") || cjk.test(after ?? ""));
}

const space = /[ \t]*\r?\n[ \t]*|[ \t]+/g;

/**
 * `text` without the line breaks between two Chinese characters and the spaces after full-width
 * punctuation; `prev`/`next` are the characters just outside it.
 */
export function joinLines(text: string, prev?: string, next?: string): string {
  return text.replace(space, (match, offset: number) => {
    const before = offset > 0 ? text[offset - 1] : prev;
    const end = offset + match.length;
    const after = end < text.length ? text[end] : next;
    const drop = match.includes("\n")
      ? joins(before, after)
      : before !== undefined && punctuation.test(before) && wide(after);
    return drop ? "" : match;
  });
}

/** The last (or first) character of a node's text, if it ends (starts) with text. */
function edge(node: RootContent | undefined, last: boolean): string | undefined {
  if (!node) return undefined;
  if (node.type === "text" || node.type === "inlineCode") return last ? node.value.at(-1) : node.value[0];
  if ("children" in node && node.children.length) {
    const children = node.children as RootContent[];
    return edge(last ? children[children.length - 1] : children[0], last);
  }
  return undefined;
}

export function remarkCjkBreaks() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (!("children" in node)) return;
      const children = (node as Parent).children as RootContent[];
      children.forEach((child, k) => {
        if (child.type !== "text") return;
        (child as Text).value = joinLines(
          child.value,
          edge(children[k - 1], true),
          edge(children[k + 1], false),
        );
      });
    });
  };
}
