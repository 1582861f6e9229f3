import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkCitations } from "../../../src/markdown/citations.ts";
import { buildEquationIndex, extractLabel, remarkEquations } from "../../../src/markdown/equations.ts";
import { headingIds, remarkHeadingIds } from "../../../src/markdown/heading-ids.ts";
import { parseChapterSource, stripFrontmatter } from "../../../src/markdown/source.ts";

/** A throw-away project with chapter pages, rendered through the same passes as the site. */
function project(pages: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "ml-eq-"));
  for (const [rel, text] of Object.entries(pages)) {
    const file = path.join(root, "content/docs", rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const render = (rel: string) => {
    const file = path.join(root, "content/docs", rel);
    const processor = unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkEquations, { root, base: "/base/" })
      .use(remarkCitations, { root, base: "/base/" })
      .use(remarkHeadingIds, { root })
      .use(remarkRehype)
      .use(rehypeStringify);
    return String(processor.processSync(new VFile({ path: file, value: stripFrontmatter(pages[rel]) })));
  };
  return { root, render };
}

describe("equation numbering", () => {
  const pages = {
    "en/index.mdx": "$$\na = b \\label{first}\n$$\n\nText.\n",
    "en/basics.mdx":
      "$$\nx = 1\n$$\n\nSee $\\eqref{first}$ and $\\eqref{third}$.\n\n$$\ny = 2 \\label{third}\n$$\n",
    "zh/basics.mdx": "$$\ny = 2 \\label{third}\n$$\n",
  };

  it("numbers display equations across pages in reading order, per locale section", () => {
    const { root } = project(pages);
    expect(buildEquationIndex(root, "en").map((e) => [e.number, e.id, e.page])).toEqual([
      ["12.6.1", "eq-first", "index"],
      ["12.6.2", "eq-2", "basics"],
      ["12.6.3", "eq-third", "basics"],
    ]);
    expect(buildEquationIndex(root, "zh").map((e) => e.number)).toEqual(["11.6.1"]);
  });

  it("renders KaTeX with an anchor and number, and \\eqref as links (same page and across pages)", () => {
    const html = project(pages).render("en/basics.mdx");
    expect(html).toContain('id="eq-2"');
    expect(html).toContain('<a class="equation-number" href="#eq-third"');
    expect(html).toContain('<a href="#eq-third" class="eqref">(12.6.3)</a>');
    expect(html).toContain('<a href="/base/en/#eq-first" class="eqref">(12.6.1)</a>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('data-pagefind-ignore="all"');
    expect(html).not.toContain("\\label");
  });

  it("fails on an unknown label, naming the file", () => {
    const { render } = project({ "en/index.mdx": "See $\\eqref{nowhere}$.\n" });
    expect(() => render("en/index.mdx")).toThrow(/index\.mdx:1:5: unknown equation label "nowhere"/);
  });

  it("fails on malformed TeX, naming the file and line", () => {
    const { render } = project({ "en/index.mdx": "Intro.\n\n$$\n\\frac{1}{\n$$\n" });
    expect(() => render("en/index.mdx")).toThrow(/index\.mdx:3:1: malformed TeX in display math/);
  });

  it("fails on a duplicate label", () => {
    const { root } = project({ "en/index.mdx": "$$\na \\label{x}\n$$\n\n$$\nb \\label{x}\n$$\n" });
    expect(() => buildEquationIndex(root, "en")).toThrow(/label "x" is already used/);
  });

  it("refuses display math written inline, which Markdown would typeset as inline math", () => {
    const { render } = project({ "en/index.mdx": "Text $$ a = b $$ more.\n" });
    expect(() => render("en/index.mdx")).toThrow(/display math must stand on its own lines/);
  });

  it("extracts labels", () => {
    expect(extractLabel("a = b \\label{ eq }")).toEqual({ tex: "a = b", label: "eq", count: 1 });
  });
});

describe("citations", () => {
  it("links [@key] to the locale's bibliography and fails on an unknown key", () => {
    const ok = project({ "zh/theory.mdx": "见 [@polyak1964; @goh2017]。\n" }).render("zh/theory.mdx");
    expect(ok).toContain('<a href="/base/zh/references/#ref-polyak1964" class="citation">Polyak, 1964</a>');
    expect(ok).toContain("#ref-goh2017");
    const bad = project({ "en/theory.mdx": "As [@nobody2020] showed.\n" });
    expect(() => bad.render("en/theory.mdx")).toThrow(/unknown citation key "nobody2020"/);
  });
});

it("MDX sources parse with the same passes", () => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
  expect(() => processor.parse("import X from 'y';\n\n$$ a_{1} $$\n\n<X a={1} />\n")).not.toThrow();
});

describe("section ids shared across languages", () => {
  const en = "---\ntitle: Basics\ndescription: x\n---\n\n## Leaky averages\n\n### The heavy ball\n";
  it("ignore the frontmatter", () => {
    expect(headingIds(parseChapterSource(en))).toEqual([
      { depth: 2, id: "leaky-averages" },
      { depth: 3, id: "the-heavy-ball" },
    ]);
  });

  it("give a translated page the English ids, by position", () => {
    const { render } = project({
      "en/basics.mdx": en,
      "zh/basics.mdx": "---\ntitle: 基础\n---\n\n## 泄漏平均值\n\n### 重球\n",
    });
    const html = render("zh/basics.mdx");
    expect(html).toContain('<h2 id="leaky-averages">泄漏平均值</h2>');
    expect(html).toContain('<h3 id="the-heavy-ball">重球</h3>');
  });

  it("fail the build when a translation's sections do not line up", () => {
    const { render } = project({ "en/basics.mdx": en, "zh/basics.mdx": "## 泄漏平均值\n" });
    expect(() => render("zh/basics.mdx")).toThrow(/do not match the en page's/);
  });
});
