import katex from "katex";
import { describe, expect, it } from "vitest";
import { faceOf, glyphsOfPages } from "../../../src/build/font-subset.ts";
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

  it("a whole site's glyphs are the union of its pages'; the build's file names map to faces", () => {
    // The MathML twin is read by assistive technology, not drawn with KaTeX's fonts.
    const page = (tex: string) => katex.renderToString(tex, { output: "htmlAndMathml" });
    const all = glyphsOfPages([page("a + 1"), page("b - 2")]);
    expect([...(all.get("KaTeX_Math-Italic.woff2") ?? [])].sort()).toEqual(["a", "b"]);
    expect([...(all.get("KaTeX_Main-Regular.woff2") ?? [])].sort()).toEqual(["+", "1", "2", "−"].sort());
    expect(faceOf("KaTeX_Main-Regular.B22Nviop.woff2")).toBe("KaTeX_Main-Regular.woff2");
    expect(faceOf("KaTeX_Size1-Regular.mCD8mA8B.woff2")).toBe("KaTeX_Size1-Regular.woff2");
  });
});
