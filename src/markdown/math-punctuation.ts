/**
 * Punctuation that touches inline math stays on its line. A browser may break a line between a
 * formula (KaTeX draws it as inline blocks) and the character after it, so a sentence could end
 * "η < 2/λ₂" with its full stop alone at the start of the next line, and a Chinese line could start
 * with "，" or end with "（". This pass wraps each inline formula together with the punctuation
 * written against it — closing marks after it, opening marks before it — in a
 * `<span class="math-nowrap">`, which src/styles/math.css keeps on one line (the formula itself may still
 * break inside, as KaTeX allows).
 */
import type { Parent, Root, RootContent, Text } from "mdast";
import { visit } from "unist-util-visit";

/** Marks that may not start a line (Latin and CJK), and a hyphen with the word it joins ("$k$-th"). */
const closing = /^(?:[.,;:!?)\]}’”…%—，。、；：！？）》」』】〉]|-[\p{L}\p{N}]*)+/u;
/** Marks that may not end a line. */
const opening = /[([{‘“（《「『【〈]+$/u;

/** The wrapper: an element `span.math-nowrap` around its children (see mdast-util-to-hast). */
interface MathGroup extends Parent {
  type: "mathGroup";
}

/** Splits the punctuation that touches inline math off its text neighbours into one wrapper each. */
export function groupMathPunctuation(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let k = 0; k < children.length; k++) {
    const node = children[k];
    if (node.type !== "inlineMath") {
      out.push(node);
      continue;
    }
    const group: RootContent[] = [node];
    const before = out.at(-1);
    if (before?.type === "text") {
      const mark = opening.exec(before.value)?.[0];
      if (mark) {
        before.value = before.value.slice(0, -mark.length);
        if (!before.value) out.pop();
        group.unshift({ type: "text", value: mark });
      }
    }
    const after = children[k + 1];
    if (after?.type === "text") {
      const mark = closing.exec(after.value)?.[0];
      if (mark) {
        group.push({ type: "text", value: mark });
        (after as Text).value = after.value.slice(mark.length);
        if (!after.value) k += 1;
      }
    }
    if (group.length === 1) {
      out.push(node);
      continue;
    }
    const wrapper: MathGroup = {
      type: "mathGroup",
      children: group,
      data: { hName: "span", hProperties: { className: ["math-nowrap"] } },
    };
    out.push(wrapper as unknown as RootContent);
  }
  return out;
}

/** The remark pass (after remark-math and the equations pass, which turns `\eqref` into links). */
export function remarkMathPunctuation() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (!("children" in node) || (node as { type: string }).type === "mathGroup") return;
      const parent = node as Parent;
      if (parent.children.some((child) => child.type === "inlineMath")) {
        parent.children = groupMathPunctuation(parent.children as RootContent[]) as Parent["children"];
      }
    });
  };
}
