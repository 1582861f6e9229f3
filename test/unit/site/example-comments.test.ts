/**
 * Each example is written once with its comments in both languages (src/site/examples.ts
 * `localizeComments`): an English page shows the English comments, a Chinese page the Chinese ones,
 * and the code — what runs, what it prints and draws — is the same in both.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { runModule } from "../../../src/runner/execute.ts";
import {
  exampleModules,
  exampleNames,
  exampleSource,
  localizeComments,
  runExample,
} from "../../../src/site/examples.ts";

const source = [
  "// Gradient descent, learning rate η = 0.4.",
  "// Second line.",
  "//zh 学习率 η = 0.4 的梯度下降。",
  "// The next block.",
  "//zh 下一段。",
  "const steps = 20; // twenty",
  "//zh 二十",
  "",
  "  /** Doc of a function. */",
  "  //zh /** 函数的说明。 */",
  "  // untranslated 1/2, 1/4",
  "const x = 1;",
].join("\n");

describe("example comments in the page's language", () => {
  it("English drops the Chinese lines and changes nothing else", () => {
    expect(localizeComments(source, "en")).toBe(
      [
        "// Gradient descent, learning rate η = 0.4.",
        "// Second line.",
        "// The next block.",
        "const steps = 20; // twenty",
        "",
        "  /** Doc of a function. */",
        "  // untranslated 1/2, 1/4",
        "const x = 1;",
      ].join("\n"),
    );
  });

  it("Chinese puts each translation in place of the English comment above it", () => {
    expect(localizeComments(source, "zh")).toBe(
      [
        "// 学习率 η = 0.4 的梯度下降。",
        "// 下一段。",
        "const steps = 20; // 二十",
        "",
        "  /** 函数的说明。 */",
        "  // untranslated 1/2, 1/4",
        "const x = 1;",
      ].join("\n"),
    );
  });

  it("a Chinese line with no English comment above it fails and names its line", () => {
    expect(() => localizeComments("const a = 1;\n\n//zh 孤立的注释", "en", "examples/x.ts")).toThrow(
      /examples\/x\.ts:3: a \/\/zh line must follow/,
    );
    expect(() => localizeComments("f(); // call\n//zh 一\n//zh 二", "zh", "examples/x.ts")).toThrow(
      /examples\/x\.ts:2: a comment after code takes one/,
    );
  });
});

/** The program without its comments, as TypeScript prints it. */
const code = (text: string) =>
  ts.transpileModule(text, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022 } })
    .outputText;
/** Comments of a source: whole-line ones and those after code. */
const comments = (text: string) =>
  text.split("\n").flatMap((line) => /(?:^\s*|\s)(\/\/.*|\/\*.*|^\s*\*.*)$/.exec(line)?.[1] ?? []);

describe.each(exampleNames())("examples/%s.ts", (name) => {
  const en = exampleSource(name, "en");
  const zh = exampleSource(name, "zh");

  it("has every comment in both languages", () => {
    expect(readFileSync(`examples/${name}.ts`, "utf8")).toMatch(/^\s*\/\/zh /m);
    expect(en).not.toMatch(/\p{Script=Han}|\/\/zh/u);
    expect(zh).not.toContain("//zh");
    // A Chinese comment is Chinese; a comment without words (a list of numbers) needs no translation.
    for (const comment of comments(zh)) expect(comment, name).toMatch(/\p{Script=Han}|^[^A-Za-z]*$/u);
  });

  it("runs the same code in both languages", () => {
    expect(code(zh)).toBe(code(en));
    const book = runExample(name);
    const chinese = runModule(zh, exampleModules);
    expect(chinese.logs).toEqual(book.logs);
    expect(chinese.result).toEqual(book.result);
  });
});
