/**
 * Punctuation written against inline math is grouped with it (src/markdown/math-punctuation.ts), so a
 * line never starts with the full stop or "，" after a formula, nor ends with the "（" before one.
 */
import rehypeStringify from "rehype-stringify";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { remarkCjkBreaks } from "../../../src/markdown/cjk-breaks.ts";
import { remarkMathPunctuation } from "../../../src/markdown/math-punctuation.ts";

const html = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkMathPunctuation)
      .use(remarkCjkBreaks)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();

const math = (tex: string) => `<code class="language-math math-inline">${tex}</code>`;
const group = (inner: string) => `<span class="math-nowrap">${inner}</span>`;

describe("punctuation against inline math", () => {
  it("groups a formula with the marks after it", () => {
    expect(html("stable for $\\eta < 2/\\lambda_2$. Then")).toBe(
      `<p>stable for ${group(`${math("\\eta &#x3C; 2/\\lambda_2")}.`)} Then</p>`,
    );
    expect(html("($x$), and")).toBe(`<p>${group(`(${math("x")}),`)} and</p>`);
    expect(html("the $k$-th step")).toBe(`<p>the ${group(`${math("k")}-th`)} step</p>`);
  });

  it("groups Chinese punctuation on both sides", () => {
    expect(html("特征值（$\\lambda_i$）。下一句")).toBe(
      `<p>特征值${group(`（${math("\\lambda_i")}）。`)}下一句</p>`,
    );
    expect(html("取 $\\beta = 0.9$，速度")).toBe(`<p>取 ${group(`${math("\\beta = 0.9")}，`)}速度</p>`);
  });

  it("leaves math alone where a space or a word touches it", () => {
    expect(html("with $\\beta$ and $\\eta$ here")).toBe(
      `<p>with ${math("\\beta")} and ${math("\\eta")} here</p>`,
    );
    expect(html("a $x$ , b")).toBe(`<p>a ${math("x")} , b</p>`);
  });

  it("keeps the Chinese line joins around a group", () => {
    expect(html("等于 $x$，\n然后")).toBe(`<p>等于 ${group(`${math("x")}，`)}然后</p>`);
  });

  it("groups each of two formulas with its own marks", () => {
    expect(html("$a$, $b$.")).toBe(`<p>${group(`${math("a")},`)} ${group(`${math("b")}.`)}</p>`);
  });
});
