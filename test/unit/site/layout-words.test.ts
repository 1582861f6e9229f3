/**
 * Words that hold in every layout: figures with two panels sit side by side on a desktop and stack
 * on a phone, so no page names a panel by its side ("left panel", "右图").
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const sideWords = /\b(left|right) panel\b|\b(Left|Right): |on the (left|right)[;,.]|左图|右图|左：|右：/;

describe("panels are named by what they show, not by their side", () => {
  for (const locale of ["en", "zh"]) {
    const dir = `content/docs/${locale}`;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
      it(`${locale}/${file}`, () => {
        const lines = readFileSync(`${dir}/${file}`, "utf8").split("\n");
        expect(lines.filter((line) => sideWords.test(line))).toEqual([]);
      });
    }
  }
});
