/**
 * Typography a reader sees, in Chromium: display equations never scroll on a desktop (1280, 1440,
 * 1920 px, every page in both languages) and show no trace of a scroll hint when they fit; on a phone
 * a cut equation fades out where more of it waits; no line starts with the punctuation after an
 * inline formula (or ends with the bracket before one); the regimes table keeps each range on one
 * line; Chinese emphasis is not slanted; a Chinese page's example shows and runs Chinese comments.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { openProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const chapterLocales = Object.keys(locales) as Locale[];

/** Opens a page with every block rendered (no lazy rendering), in a fresh context. */
async function openPage(path: string, width: number, theme = "light") {
  const probe = await openProbe(browser, server.origin, { viewport: { width, height: 900 } });
  await probe.context.addInitScript((t) => {
    if (window === window.top) localStorage.setItem("starlight-theme", t); // not in the examples' sandbox
  }, theme);
  await probe.page.goto(server.url + path, { waitUntil: "load" });
  await rendered(probe.page);
  return probe;
}

const rendered = (page: Page) =>
  page.evaluate(() => {
    document.documentElement.classList.remove("ml-lazy");
    return document.fonts.ready.then(() => undefined);
  });

/** Equations (and KaTeX displays) whose content is wider than their box. */
const scrollingEquations = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>(".equation-body, .katex-display"))
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map(
        (el) =>
          `${el.closest(".equation")?.getAttribute("data-equation")}: ${el.scrollWidth} > ${el.clientWidth}`,
      ),
  );

/**
 * Opens each of `paths` once at the first of `widths` and resizes the window through the others,
 * calling `check` at each: the layout at a width is the same whether the page was opened there or the
 * window was resized to it (what is checked here is CSS's: the lazy rendering is off and the fonts
 * are in), and a page loaded once instead of once a width saved most of these tests' time.
 */
async function atEachWidth(
  paths: string[],
  widths: number[],
  check: (page: Page, path: string, width: number) => Promise<void>,
): Promise<void> {
  const probe = await openPage(paths[0], widths[0]);
  for (const path of paths) {
    await probe.page.setViewportSize({ width: widths[0], height: 900 });
    if (path !== paths[0]) {
      await probe.page.goto(server.url + path, { waitUntil: "load" });
      await rendered(probe.page);
    }
    for (const width of widths) {
      await probe.page.setViewportSize({ width, height: 900 });
      await check(probe.page, path, width);
    }
  }
  await probe.context.close();
}

describe("display equations", () => {
  it("none scrolls sideways at 1280, 1440 or 1920 px, on any page, in either language", async () => {
    const paths = chapterLocales.flatMap((locale) => pages.map((page) => pagePath(locale, page)));
    const equations = new Map<number, number>();
    await atEachWidth(paths, [1280, 1440, 1920], async (page, path, width) => {
      expect(await scrollingEquations(page), `${path} at ${width} px`).toEqual([]);
      equations.set(width, (equations.get(width) ?? 0) + (await page.locator(".equation").count()));
    });
    for (const [width, count] of equations) expect(count, `at ${width} px`).toBeGreaterThan(60);
    expect(equations.size).toBe(3);
  });

  it("one that fits shows nothing at its edges (no scroll hint, dark theme)", async () => {
    const probe = await openPage("en/basics/", 1280, "dark");
    const body = probe.page.locator("#eq-leaky-average .equation-body");
    await body.scrollIntoViewIfNeeded();
    const png = await body.screenshot();
    const { width, height, bg } = await body.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        width: Math.round(r.width),
        height: Math.round(r.height),
        bg: getComputedStyle(document.body).backgroundColor,
      };
    });
    // Decode the screenshot in a blank page and read the 24 px strips at both edges.
    const blank = await probe.context.newPage();
    const edges = await blank.evaluate(
      async ({ data, width, height }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const colours = new Set<string>();
        for (const x0 of [0, img.width - 24]) {
          const { data: px } = ctx.getImageData(x0, 0, 24, img.height);
          for (let i = 0; i < px.length; i += 4) colours.add(`rgb(${px[i]}, ${px[i + 1]}, ${px[i + 2]})`);
        }
        return { colours: [...colours], size: [img.width, img.height], expected: [width, height] };
      },
      { data: png.toString("base64"), width, height },
    );
    for (const k of [0, 1]) expect(Math.abs(edges.size[k] - edges.expected[k])).toBeLessThanOrEqual(1);
    expect(edges.colours).toEqual([bg]);
    await probe.context.close();
  });

  it("on a phone, a cut equation fades out at the edge where more of it waits", async () => {
    const probe = await openPage("en/theory/", 390);
    const fades = (id: string) =>
      probe.page.locator(`#${id} .equation-body`).evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          start: style.getPropertyValue("--ml-fade-start"),
          end: style.getPropertyValue("--ml-fade-end"),
          cut: el.scrollWidth > el.clientWidth,
        };
      });
    // Wide: 12.6.11, the completed square. At its start only the right edge fades.
    await probe.page.locator("#eq-completed-square").scrollIntoViewIfNeeded();
    expect(await fades("eq-completed-square")).toEqual({ start: "0px", end: "40px", cut: true });
    await probe.page
      .locator("#eq-completed-square .equation-body")
      .evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => fades("eq-completed-square")).toEqual({ start: "40px", end: "0px", cut: true });
    // Narrow: 12.6.10, the gradient, fits and nothing fades.
    expect(await fades("eq-quadratic-gradient")).toEqual({ start: "0px", end: "0px", cut: false });
    await probe.context.close();
  });
});

/**
 * Characters that may not start a line (closing marks) or end one (opening marks) but do, in the
 * prose of the page as laid out: each such mark is compared with what stands right before (after)
 * it — a character, or the last (first) box of an inline formula.
 */
const strandedMarks = (page: Page) =>
  page.evaluate(() => {
    const closing = /[.,;:!?)\]}’”…，。、；：！？）》」』】〉]/u;
    const opening = /[([{‘“（《「『【〈]/u;
    const root = document.querySelector(".sl-markdown-content") as Element;
    const skip = ".katex, pre, svg, .expressive-code, .ml-figure, .example, script, style";
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const charBox = (t: Text, i: number) => {
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 1);
      return r.getClientRects()[0];
    };
    const formulaBox = (node: Node | null, last: boolean) => {
      if (!(node instanceof Element) || !node.matches(".math-inline")) return undefined;
      const boxes = node.querySelectorAll(".katex-html .base");
      return boxes[last ? boxes.length - 1 : 0]?.getBoundingClientRect();
    };
    const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom - 2 && b.top < a.bottom - 2;
    const found: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      const s = t.data;
      for (let i = 0; i < s.length; i++) {
        const before = closing.test(s[i]);
        if (!before && !opening.test(s[i])) continue;
        const k = before ? i - 1 : i + 1;
        let other: DOMRect | undefined;
        if (k >= 0 && k < s.length) other = /\s/.test(s[k]) ? undefined : charBox(t, k);
        else other = formulaBox(before ? t.previousSibling : t.nextSibling, before);
        const mine = charBox(t, i);
        if (!other || !mine || sameLine(other, mine)) continue;
        if (before ? mine.top > other.top : other.top > mine.top) {
          found.push(`${before ? "starts" : "ends"} a line: “${s.slice(Math.max(0, i - 8), i + 8)}”`);
        }
      }
    }
    return found;
  });

describe("punctuation around inline math", () => {
  it("never starts (or ends) a line at 360, 414 or 1280 px (theory, Nesterov, basics; both languages)", async () => {
    const paths = chapterLocales.flatMap((locale) =>
      ["theory", "nesterov", "basics"].map((page) => pagePath(locale, page)),
    );
    let checked = 0;
    await atEachWidth(paths, [360, 414, 1280], async (page, path, width) => {
      expect(await strandedMarks(page), `${path} at ${width} px`).toEqual([]);
      checked++;
    });
    expect(checked).toBe(18);
  });
});

describe("tables and emphasis", () => {
  it("each range of the four regimes stands on one line at 1280 px", async () => {
    for (const locale of chapterLocales) {
      const probe = await openPage(pagePath(locale, "theory"), 1280);
      const lines = await probe.page
        .locator("table")
        .first()
        .evaluate((table) =>
          // An inline box has one rectangle per line it spans.
          Array.from(
            table.querySelectorAll("tbody tr td:first-child .katex"),
            (math) => math.getClientRects().length,
          ),
        );
      expect(lines, locale).toEqual([1, 1, 1, 1]);
      await probe.context.close();
    }
  });

  it("Chinese emphasis is upright and set apart by weight and colour; English keeps italics", async () => {
    for (const locale of chapterLocales) {
      const probe = await openPage(pagePath(locale, "basics"), 1280);
      const look = await probe.page.evaluate(() => {
        const em = document.querySelector(".sl-markdown-content p em") as HTMLElement;
        const p = em.closest("p") as HTMLElement;
        const [a, b] = [getComputedStyle(em), getComputedStyle(p)];
        return {
          style: a.fontStyle,
          heavier: Number(a.fontWeight) > Number(b.fontWeight),
          recoloured: a.color !== b.color,
        };
      });
      expect(look, locale).toEqual(
        locale === "zh"
          ? { style: "normal", heavier: true, recoloured: true }
          : { style: "italic", heavier: false, recoloured: false },
      );
      await probe.context.close();
    }
  });
});

describe("a Chinese page's example", () => {
  it("shows Chinese comments in its code and in the editor, and runs them with the book's output", async () => {
    const probe = await openPage("zh/basics/", 1280);
    const section = probe.page.locator("section#example-gd-eta-0-4");
    const firstLine = "// 在条件不佳的问题 f(x) = 0.1·x1² + 2·x2² 上运行梯度下降，学习率 η = 0.4。";
    expect(await section.locator("[data-code] .ec-line").first().textContent()).toBe(firstLine);
    const book = await section.locator("pre.example-output").textContent();
    await expect
      .poll(
        async () => {
          await section.locator(".ml-ex-bar").scrollIntoViewIfNeeded();
          return section.locator("ml-example").getAttribute("data-live");
        },
        { timeout: 10_000 },
      )
      .toBe("ready");
    await section.locator('[data-action="edit"]').click();
    await section.locator(".cm-content").waitFor();
    expect(await section.locator(".cm-line").first().textContent()).toBe(firstLine);
    await expect.poll(() => section.locator("[data-modified]").isVisible()).toBe(false);
    await section.locator('[data-action="run"]').click();
    await expect
      .poll(() => section.locator("ml-example").getAttribute("data-run"), { timeout: 12_000 })
      .toBe("done");
    expect(await section.locator("[data-status]").getAttribute("data-kind")).toBe("info");
    expect(await section.locator("pre.example-output").textContent()).toBe(book);
    expect(book).toContain("epoch 20, x1: -0.943467, x2: -0.000073");
    expect(probe.errors).toEqual([]);
    await probe.context.close();
  });
});
