/**
 * Corrections of issue 22 that a reader sees in the chapter's text, checked in the MDX sources of
 * both languages (the numbers themselves are the core's, checked where they are computed).
 */
import { readFileSync } from "node:fs";
import { optimalFor, optimalNesterov, regime } from "momentum-live/core";
import { describe, expect, it } from "vitest";

const page = (locale: "en" | "zh", slug: string) =>
  readFileSync(new URL(`../../../content/docs/${locale}/${slug}.mdx`, import.meta.url), "utf8");

describe("the chapter's text", () => {
  it.each(["en", "zh"] as const)(
    "playground (%s): Optimal gives Nesterov Lessard–Recht–Packard's values",
    (locale) => {
      const text = page(locale, "playground");
      expect(text).toContain("[@lessard2016]");
      expect(text).toContain("1 - 2/\\sqrt{3\\kappa + 1}");
      expect(text).not.toMatch(/both momentum methods get Polyak|两种动量方法取/);
      // …which is what the code does.
      expect(optimalFor("nesterov", 0.2, 4)).toEqual(optimalNesterov(0.2, 4));
    },
  );

  it.each(["en", "zh"] as const)(
    "theory (%s): four regimes in a four-row table, as the core classifies",
    (locale) => {
      const text = page(locale, "theory");
      const heading = locale === "en" ? "### Four regimes" : "### 四种情形";
      const start = text.indexOf(heading);
      const section = text.slice(start, text.indexOf("\n\n", text.indexOf("|---|", start)));
      const lines = section.split("\n");
      const rows = lines
        .slice(lines.findIndex((l) => l.startsWith("|---|")) + 1)
        .filter((l) => l.startsWith("|"));
      expect(rows).toHaveLength(4);
      const kinds = new Set<string>();
      for (let el = 0.01; el < 4; el += 0.01) kinds.add(regime(el, 0.5));
      expect(kinds.size).toBe(4);
      expect(text).not.toMatch(/same four regimes|同样的四种情形/);
    },
  );

  it.each(["en", "zh"] as const)("basics (%s): every number after its reason", (locale) => {
    const text = page(locale, "basics");
    // R is introduced (with a link to its equation) before the first spectral radius is quoted.
    expect(text.indexOf("\\eqref{matrix-R}")).toBeGreaterThan(0);
    expect(text.indexOf("\\eqref{matrix-R}")).toBeLessThan(text.indexOf('q="rho"'));
    // The noise argument's equation comes after momentum and the effective sample weight.
    expect(text.indexOf("\\label{noise-variance}")).toBeGreaterThan(text.indexOf("\\label{momentum}"));
    expect(text.indexOf("\\label{noise-variance}")).toBeGreaterThan(
      text.indexOf("## ", text.indexOf("\\label{momentum}")),
    );
    // The book's earlier example is named where the ill-conditioned problem is introduced.
    expect(text).toContain("x_1^2 + 2x_2^2");
  });

  it("Chinese wording: the stiff phrases are gone, and zig-zag has one word", () => {
    const zh = ["basics", "theory", "nesterov", "playground"].map((s) => page("zh", s)).join("\n");
    for (const phrase of [
      "滚动的向量",
      "基本上已经求解完毕",
      "送入更新之中",
      "它甚至会略微越过头",
      "后者则刚刚够上",
      "速度总共有多大的权重",
      "竖线变得平缓",
      "代表性远超表面",
      "碗在固定的起点下转动",
      "二阶线性系统",
      "锯齿",
    ]) {
      expect(zh).not.toContain(phrase);
    }
    expect(zh).toContain("之字形");
  });
});
