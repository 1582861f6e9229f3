import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { faceOf, subsetBuild } from "../../../src/build/font-subset.ts";
import { glyphsOfKatexHtml } from "../../../src/build/fonts.ts";
import { katexOptions } from "../../../src/markdown/equations.ts";

const fonts = (tex: string, display = false) =>
  [...glyphsOfKatexHtml(katex.renderToString(tex, katexOptions(display))).keys()].sort();

describe("KaTeX fonts a formula needs (from KaTeX's own stylesheet)", () => {
  it("italic letters use the math italic face, digits and operators the main face", () => {
    expect(fonts("x")).toEqual(["KaTeX_Math-Italic.woff2"]);
    expect(fonts("1+2")).toEqual(["KaTeX_Main-Regular.woff2"]);
    expect(fonts("x+1")).toEqual(["KaTeX_Main-Regular.woff2", "KaTeX_Math-Italic.woff2"]);
  });

  it("bold vectors, calligraphic letters and blackboard bold need their own faces", () => {
    expect(fonts("\\mathbf{x}")).toEqual(["KaTeX_Main-Bold.woff2"]);
    expect(fonts("\\mathcal{O}")).toEqual(["KaTeX_Caligraphic-Regular.woff2"]);
    expect(fonts("\\mathbb{R}")).toEqual(["KaTeX_AMS-Regular.woff2"]);
    expect(fonts("\\boldsymbol{\\beta}")).toEqual(["KaTeX_Math-BoldItalic.woff2"]);
  });

  it("large operators and tall delimiters in display math use the size faces", () => {
    expect(fonts("\\sum_i x_i", true)).toContain("KaTeX_Size2-Regular.woff2");
    expect(fonts("\\sum_i x_i", false)).toContain("KaTeX_Size1-Regular.woff2");
    expect(fonts("\\left(\\frac{a}{b}\\right)", true)).toContain("KaTeX_Size2-Regular.woff2");
  });
});

describe("glyphs per face, for subsetting the fonts", () => {
  it("each character is counted for the face that draws it", () => {
    const glyphs = glyphsOfKatexHtml(
      katex.renderToString("\\mathbf{x}_t = 2\\beta", { output: "htmlAndMathml" }),
    );
    expect([...(glyphs.get("KaTeX_Main-Bold.woff2") ?? [])]).toEqual(["x"]);
    expect([...(glyphs.get("KaTeX_Math-Italic.woff2") ?? [])].sort()).toEqual(["t", "β"].sort());
    expect([...(glyphs.get("KaTeX_Main-Regular.woff2") ?? [])].sort()).toEqual(["2", "="].sort());
  });

  it("the build's file names map to faces", () => {
    expect(faceOf("KaTeX_Main-Regular.B22Nviop.woff2")).toBe("KaTeX_Main-Regular.woff2");
    expect(faceOf("KaTeX_Size1-Regular.mCD8mA8B.woff2")).toBe("KaTeX_Size1-Regular.woff2");
  });

  it("each page with math carries its own faces, cut to its glyphs; the stylesheet and the build lose them", async () => {
    // A built site in miniature: two pages with math, one without, KaTeX's faces as hashed files
    // and its @font-face rules in a stylesheet that the pages link.
    const dir = mkdtempSync(path.join(tmpdir(), "ml-fonts-"));
    const assets = path.join(dir, "_astro");
    mkdirSync(assets);
    const katexFonts = path.join(path.dirname(createRequire(import.meta.url).resolve("katex")), "fonts");
    const faces = ["KaTeX_Main-Regular", "KaTeX_Math-Italic", "KaTeX_AMS-Regular"];
    const rules = faces.map((face) => {
      const family = face.replace(/-.*$/, "");
      const style = face.endsWith("Italic") ? "italic" : "normal";
      for (const ext of ["woff2", "woff", "ttf"])
        copyFileSync(path.join(katexFonts, `${face}.${ext}`), path.join(assets, `${face}.h4sh.${ext}`));
      return `@font-face{font-display:block;font-family:${family};font-style:${style};font-weight:400;src:url(/_astro/${face}.h4sh.woff2) format("woff2"),url(/_astro/${face}.h4sh.woff) format("woff"),url(/_astro/${face}.h4sh.ttf) format("truetype")}`;
    });
    writeFileSync(
      path.join(assets, "site.old.css"),
      `${rules.join("")}.katex{font:normal 1.21em KaTeX_Main}`,
    );
    const page = (body: string) =>
      `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.old.css"></head><body>${body}</body></html>`;
    const tex = (t: string) => katex.renderToString(t, katexOptions(false));
    writeFileSync(path.join(dir, "a.html"), page(tex("x+1")));
    writeFileSync(path.join(dir, "b.html"), page(tex("2")));
    writeFileSync(path.join(dir, "c.html"), page("<p>no math</p>"));

    const report = await subsetBuild(dir);
    expect(report.map((r) => [r.face, r.pages]).sort()).toEqual([
      ["KaTeX_Main-Regular.woff2", 2],
      ["KaTeX_Math-Italic.woff2", 1],
    ]);
    for (const r of report) expect(r.largest).toBeLessThan(r.before / 4);
    const html = (name: string) => readFileSync(path.join(dir, name), "utf8");
    const inPage = (name: string) =>
      [...html(name).matchAll(/font-family:(KaTeX_[\w]+);font-style:(\w+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(inPage("a.html")).toEqual(["KaTeX_Main normal", "KaTeX_Math italic"]);
    expect(inPage("b.html")).toEqual(["KaTeX_Main normal"]);
    // The faces are in the page, before its body, as data: URLs, and asked to decode at once.
    expect(html("a.html")).toMatch(
      /<style>@font-face\{[^}]*url\(data:font\/woff2;base64,[^)]+\)[^<]*<\/style><script>[^<]*document\.fonts\.load[^<]*<\/script><\/head>/,
    );
    // The two subsets of KaTeX_Main differ: each page has its own glyphs.
    const mainOf = (name: string) => /font-family:KaTeX_Main;[^}]*base64,([^)]+)/.exec(html(name))?.[1];
    expect(mainOf("a.html")).not.toBe(mainOf("b.html"));
    expect(html("c.html")).not.toContain("@font-face");
    expect(html("c.html")).not.toContain("<script>");
    // The stylesheet keeps only the unused face's rule, under a new name that every page links.
    const css = readdirSync(assets).filter((f) => f.endsWith(".css"));
    expect(css).toHaveLength(1);
    expect(css[0]).not.toBe("site.old.css");
    const sheet = readFileSync(path.join(assets, css[0]), "utf8");
    expect(sheet.match(/@font-face/g)).toHaveLength(1);
    expect(sheet).toContain("KaTeX_AMS-Regular.h4sh.woff2");
    for (const name of ["a.html", "b.html", "c.html"]) expect(html(name)).toContain(`/_astro/${css[0]}`);
    // The used faces' files are gone (woff and ttf too); the unused face's stay.
    for (const ext of ["woff2", "woff", "ttf"]) {
      expect(existsSync(path.join(assets, `KaTeX_Main-Regular.h4sh.${ext}`))).toBe(false);
      expect(existsSync(path.join(assets, `KaTeX_AMS-Regular.h4sh.${ext}`))).toBe(true);
    }
  });
});
