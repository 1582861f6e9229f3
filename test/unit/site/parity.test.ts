/**
 * Every language has the same chapter: the same pages, equation labels (in the same order),
 * examples and figures (same names and arguments), computed numbers, citations and sections.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildEquationIndex } from "../../../src/markdown/equations.ts";
import { headingIds } from "../../../src/markdown/heading-ids.ts";
import { parseChapterSource } from "../../../src/markdown/source.ts";
import { contentDir, defaultLocale, type Locale, locales, pages } from "../../../src/site/chapter.ts";

const root = process.cwd();
const others = (Object.keys(locales) as Locale[]).filter((l) => l !== defaultLocale);
const source = (locale: Locale, page: string) => {
  const file = path.join(contentDir, locale, `${page}.mdx`);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
};

/** Components with the props that carry meaning across languages (captions and alt are translated). */
function components(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<(Example|Num|Bibliography)\b([^>]*?)\/>/gs)) {
    const props = match[2]
      .replace(/\s+(caption|alt)="[^"]*"/g, "")
      .replace(/\s+/g, " ")
      .trim();
    found.push(`${match[1]} ${props}`);
  }
  return found;
}

const citations = (text: string) => [...text.matchAll(/\[@([^\]]+)\]/g)].map((m) => m[1]);

describe.each(others)("the %s edition matches the English one", (locale) => {
  it("has every page, and no page the English edition lacks", () => {
    for (const page of pages) {
      expect(source(locale, page) !== null, `${locale}/${page}.mdx`).toBe(
        source(defaultLocale, page) !== null,
      );
    }
  });

  it("has the same numbered equations with the same labels, in the same order", () => {
    const strip = (l: Locale) =>
      buildEquationIndex(root, l).map((e) => `${e.page}:${e.label ?? "(unlabelled)"}`);
    expect(strip(locale)).toEqual(strip(defaultLocale));
  });

  for (const page of pages) {
    it(`${page}: same examples, figures, computed numbers, citations and sections`, () => {
      const ours = source(locale, page);
      const theirs = source(defaultLocale, page);
      if (ours === null || theirs === null) return;
      expect(components(ours)).toEqual(components(theirs));
      expect(citations(ours)).toEqual(citations(theirs));
      const depths = (text: string) => headingIds(parseChapterSource(text)).map((h) => h.depth);
      expect(depths(ours)).toEqual(depths(theirs));
    });
  }
});
