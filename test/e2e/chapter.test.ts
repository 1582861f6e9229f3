/**
 * The built English chapter (dist/) against its sources and the book: every section, every
 * numbered equation in order, every equation reference resolved, every figure drawn (as inline SVG,
 * in the page or in a file of its own),
 * and the book's printed outputs reproduced exactly.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildEquationIndex } from "../../src/markdown/equations.ts";
import { contentDir, type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { inlineDrawingsIn } from "./drawings.ts";
import { basePath, distDir } from "./site.ts";

/**
 * A built page, parsed, with the build's SVG of each figure in the box that names its file
 * (src/build/drawing-files.ts), as the loader puts it.
 */
function pageDocument(locale: Locale, page: string) {
  const file = path.join(distDir, pagePath(locale, page), "index.html");
  const { document } = parseHTML(readFileSync(file, "utf8"));
  inlineDrawingsIn(document as unknown as Document, (src) =>
    readFileSync(path.join(distDir, src.slice(basePath.length)), "utf8"),
  );
  return document;
}

const chapterLocales = Object.keys(locales) as Locale[];

/** Sections of the book (spec §1) and where each lives: page → heading ids. */
const sections: Record<string, string[]> = {
  basics: ["leaky-averages", "an-ill-conditioned-problem", "the-momentum-method", "effective-sample-weight"],
  experiments: ["implementation-from-scratch", "concise-implementation"],
  theory: ["quadratic-convex-functions", "scalar-functions"],
  summary: ["summary", "exercises"],
};

/** The book's figures F1–F10 (spec §4): the example (and args) that draws each. */
const bookFigures: Record<string, { page: string; id: string }> = {
  F1: { page: "basics", id: "fig-gd-eta-0-4" },
  F2: { page: "basics", id: "fig-gd-eta-0-6" },
  F3: { page: "basics", id: "fig-momentum-eta-0-6-beta-0-5" },
  F4: { page: "basics", id: "fig-momentum-eta-0-6-beta-0-25" },
  F5: { page: "basics", id: "fig-effective-weights" },
  F6: { page: "experiments", id: "fig-train-scratch" },
  F7: { page: "experiments", id: "fig-train-scratch-0-01-0-9" },
  F8: { page: "experiments", id: "fig-train-scratch-0-005-0-9" },
  F9: { page: "experiments", id: "fig-train-concise" },
  F10: { page: "theory", id: "fig-scalar-gd" },
};

describe("the English chapter as built", () => {
  it("has every page of the chapter", () => {
    for (const page of pages) {
      expect(existsSync(path.join(distDir, pagePath("en", page), "index.html")), page).toBe(true);
    }
  });

  it("contains every section of the book", () => {
    for (const [page, ids] of Object.entries(sections)) {
      const document = pageDocument("en", page);
      for (const id of ids)
        expect(document.querySelector(`h2#${id}, h3#${id}`), `${page}#${id}`).not.toBeNull();
    }
  });

  it("prints the book's four epoch-20 lines exactly, computed at build time", () => {
    const text = pageDocument("en", "basics").querySelector("main")?.textContent ?? "";
    for (const line of [
      "epoch 20, x1: -0.943467, x2: -0.000073",
      "epoch 20, x1: -0.387814, x2: -1673.365109",
      "epoch 20, x1: 0.007188, x2: 0.002553",
      "epoch 20, x1: -0.126340, x2: -0.186632",
    ]) {
      expect(text).toContain(line);
    }
  });

  it("draws every figure of the book's section as inline SVG with a caption and an accessible name", () => {
    for (const [figure, { page, id }] of Object.entries(bookFigures)) {
      const element = pageDocument("en", page).getElementById(id);
      expect(element, `${figure} (#${id} on ${page})`).not.toBeNull();
      const svg = element?.querySelector("svg[role=img]");
      expect(svg, figure).not.toBeNull();
      expect(svg?.getAttribute("aria-label")?.length ?? 0, figure).toBeGreaterThan(10);
      expect(element?.querySelector("figcaption")?.textContent?.length ?? 0, figure).toBeGreaterThan(10);
      expect(element?.querySelectorAll("path, circle, line").length ?? 0, figure).toBeGreaterThan(5);
    }
  });

  it("shows a loss line under every training example", () => {
    const text = pageDocument("en", "experiments").querySelector("main")?.textContent ?? "";
    expect(text.match(/loss: 0\.\d{3}/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });
});

describe.each(chapterLocales)("numbered equations (%s)", (locale) => {
  const index = buildEquationIndex(process.cwd(), locale);

  it("numbers every display equation of the sources in reading order, each with an anchor", () => {
    const built = pages
      .filter((page) => existsSync(path.join(contentDir, locale, `${page}.mdx`)))
      .flatMap((page) =>
        Array.from(pageDocument(locale, page).querySelectorAll("main .equation"), (e) => ({
          page,
          id: e.getAttribute("id"),
          number: e.getAttribute("data-equation"),
          label: e.querySelector(".equation-number")?.textContent,
        })),
      );
    expect(built.length).toBeGreaterThan(0);
    expect(built).toEqual(
      index.map((e) => ({ page: e.page, id: e.id, number: e.number, label: `(${e.number})` })),
    );
    expect(index.map((e) => e.number)).toEqual(index.map((_, i) => `${locales[locale].section}.${i + 1}`));
  });

  it("turns every \\eqref into a link to the right equation", () => {
    for (const page of pages) {
      if (!existsSync(path.join(contentDir, locale, `${page}.mdx`))) continue;
      for (const a of Array.from(pageDocument(locale, page).querySelectorAll("a.eqref"))) {
        const href = a.getAttribute("href") ?? "";
        const id = href.slice(href.indexOf("#") + 1);
        const target = index.find((e) => e.id === id);
        expect(target, `${page}: ${href}`).toBeDefined();
        expect(a.textContent).toBe(`(${target?.number})`);
      }
    }
  });

  it("keeps TeX out of the search index", () => {
    for (const page of pages) {
      if (!existsSync(path.join(contentDir, locale, `${page}.mdx`))) continue;
      for (const math of Array.from(pageDocument(locale, page).querySelectorAll("main .katex"))) {
        expect(math.closest("[data-pagefind-ignore]"), page).not.toBeNull();
      }
    }
  });
});

describe("code blocks speak the page's language", () => {
  it("every code block's copy button is labelled in its page's language, Markdown blocks and examples alike", () => {
    const labels = new Map<Locale, Set<string>>();
    for (const locale of chapterLocales) {
      const seen = new Set<string>();
      for (const page of pages) {
        for (const button of Array.from(
          pageDocument(locale, page).querySelectorAll(".expressive-code .copy button"),
        )) {
          seen.add(button.getAttribute("title") ?? "");
        }
      }
      labels.set(locale, seen);
    }
    // One label per language (the Chinese pages' Markdown blocks once said "Copy to clipboard").
    expect([...(labels.get("en") ?? [])]).toEqual(["Copy to clipboard"]);
    expect([...(labels.get("zh") ?? [])]).toEqual(["复制到剪贴板"]);
  });
});

describe("heading links speak the page's language", () => {
  it("every heading's link is labelled for screen readers in its page's language, naming its heading", () => {
    for (const locale of chapterLocales) {
      let links = 0;
      for (const page of pages) {
        for (const wrapper of Array.from(
          pageDocument(locale, page).querySelectorAll(".sl-heading-wrapper"),
        )) {
          const heading = wrapper.querySelector("h2, h3, h4, h5, h6")?.textContent ?? "";
          const label = wrapper.querySelector(".sl-anchor-link .sr-only")?.textContent ?? "";
          // The Chinese pages once said "Section titled “标量函数”".
          expect(label, `${locale}/${page}`).toBe(
            locale === "en" ? `Section titled “${heading}”` : `标题为“${heading}”的小节`,
          );
          links++;
        }
      }
      expect(links, locale).toBeGreaterThan(20);
    }
  });
});

describe.each(chapterLocales)("reading aids (%s)", (locale) => {
  it("the landing page's list of pages names every other page, in the chapter's order", () => {
    const document = pageDocument(locale, "index");
    const list = document.querySelector("h2#the-pages")?.closest(".sl-heading-wrapper")?.nextElementSibling;
    expect(list?.tagName).toBe("OL");
    const linked = Array.from(list?.querySelectorAll(":scope > li > a") ?? [], (a) => a.getAttribute("href"));
    expect(linked).toEqual(pages.filter((p) => p !== "index").map((p) => `${p}/`));
  });

  it("every example's code, shown and in the editor, has its comments in the page's language", () => {
    const comment = /(?:^|\s)(\/\/.*|\/\*.*|^\s*\*.*)$/;
    let examples = 0;
    for (const page of pages) {
      for (const host of Array.from(pageDocument(locale, page).querySelectorAll("ml-example"))) {
        const source = host.getAttribute("data-source") ?? "";
        const comments = source.split("\n").flatMap((line) => comment.exec(line)?.[1] ?? []);
        expect(comments.length, page).toBeGreaterThan(0);
        for (const text of comments.filter((c) => /[A-Za-z]{3}|\p{Script=Han}/u.test(c))) {
          expect(/\p{Script=Han}/u.test(text), `${locale}/${page}: ${text}`).toBe(locale === "zh");
        }
        // The listing is the same source (or, for an example called with arguments, only the call).
        const lines = (text: string) => text.split("\n").filter((l) => l.trim());
        const listing = Array.from(host.querySelectorAll("[data-code] .ec-line"), (l) => l.textContent ?? "");
        if (!/^\w+\(.*\);$/.test(listing.join(""))) expect(lines(listing.join("\n"))).toEqual(lines(source));
        examples++;
      }
    }
    expect(examples).toBeGreaterThan(10);
  });

  it("no inline formula is followed by punctuation outside its no-break group", () => {
    const closing = /^[.,;:!?)\]}’”…，。、；：！？）》」』】〉]/u;
    let groups = 0;
    for (const page of pages) {
      for (const math of Array.from(pageDocument(locale, page).querySelectorAll("main .math-inline"))) {
        const grouped = math.parentElement?.classList.contains("math-nowrap") ?? false;
        if (math.nextSibling?.nodeType === 3 && closing.test(math.nextSibling.textContent ?? "")) {
          expect(grouped, `${page}: ${math.parentElement?.textContent}`).toBe(true);
        }
        if (grouped) groups++;
      }
    }
    expect(groups).toBeGreaterThan(50);
  });
});
