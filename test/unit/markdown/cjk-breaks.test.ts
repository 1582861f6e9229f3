/**
 * Chinese prose wrapped over several source lines shows no gaps (src/markdown/cjk-breaks.ts), while
 * the spaces English and mixed text need stay.
 */
import rehypeStringify from "rehype-stringify";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { joinLines, remarkCjkBreaks } from "../../../src/markdown/cjk-breaks.ts";

const html = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkCjkBreaks)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe("line breaks in Chinese prose", () => {
  it("drops a break between Chinese characters and punctuation", () => {
    expect(joinLines("设置它们的学习率和动量，\n再拖动起点")).toBe("设置它们的学习率和动量，再拖动起点");
    expect(joinLines("梯度下降\n  沿着峡谷")).toBe("梯度下降沿着峡谷");
    expect(joinLines("点击“最优”\n之后")).toBe("点击“最优”之后");
  });

  it("keeps breaks and spaces next to Latin text and math, and in English", () => {
    expect(joinLines("使用\nNesterov 方法")).toBe("使用\nNesterov 方法");
    expect(joinLines("Nesterov\n方法")).toBe("Nesterov\n方法");
    expect(joinLines("the momentum\nmethod, “a” and\n“b”")).toBe("the momentum\nmethod, “a” and\n“b”");
    expect(joinLines("”\n“")).toBe("”\n“");
    expect(joinLines("二次函数 和")).toBe("二次函数 和"); // a space the author wrote between words stays
  });

  it("drops a space written after full-width punctuation before more Chinese", () => {
    expect(joinLines(" 在二次函数上", "。")).toBe("在二次函数上");
    expect(joinLines("截断； 然后")).toBe("截断；然后");
    expect(joinLines("。 $x$")).toBe("。 $x$");
  });

  it("works across the edges of inline elements, not across math", () => {
    expect(html("**条件数。** 在二次函数上只保留\n梯度下降")).toBe(
      "<p><strong>条件数。</strong>在二次函数上只保留梯度下降</p>",
    );
    expect(html("增大 **拉伸**\n系数")).toBe("<p>增大 <strong>拉伸</strong>系数</p>");
    expect(html("损失\n$f(x)$\n下降")).toContain("损失\n<code");
    expect(html("a line\nand the next")).toBe("<p>a line\nand the next</p>");
  });
});
