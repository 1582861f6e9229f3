/**
 * The figure of an edited example never passes for the book's: after Run replaces a live trajectory
 * figure, a line under the book's caption says it is the reader's (read out once with the status),
 * the figure's controls go without leaving an empty gap, a failed run keeps the last successful
 * run's figure and says so, and Book's code brings back the build's figure, caption and controls.
 * In English and in Chinese, at 1280 px.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { awake, edit, example, output, run, setCode, sourceOf, status, usePages } from "./example-editor.ts";

const { open: openAt } = usePages();
const open = (path: string) => openAt(path, { viewport: { width: 1280, height: 900 } });

/** The figure's geometry (px) and what its caption and the status's spoken part say. */
const look = (section: Locator) =>
  section.locator("figure.ml-figure").evaluate((figure) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const shown = (e: Element) => e.getClientRects().length > 0;
    const plot = figure.querySelector(".figure-plot") as HTMLElement;
    const caption = figure.querySelector("figcaption") as HTMLElement;
    const controls = figure.querySelector(".ml-controls") as HTMLElement;
    const visible = Array.from(figure.children).filter(shown);
    const mark = figure.querySelector("[data-figure-mark]");
    const spoken = figure.closest("ml-example")?.querySelector("[data-status] .ml-sr-only");
    return {
      height: box(figure).height,
      /** From the drawing's bottom to the caption's top: the normal margin, or the controls between. */
      plotToCaption: box(caption).top - box(plot).bottom,
      /** From the last thing shown in the figure to the figure's bottom: 0 when nothing is reserved. */
      contentToBottom: box(figure).bottom - Math.max(...visible.map((e) => box(e).bottom)),
      /**
       * The caption's height beyond its text's: a few px (the lines' leading), the same for the same
       * text whatever it showed before; a line's height more when a height was held from a longer text.
       */
      captionSlack:
        box(caption).height -
        (() => {
          const range = document.createRange();
          range.selectNodeContents(caption);
          return range.getBoundingClientRect().height;
        })(),
      controls: shown(controls) ? box(controls).height : 0,
      controlsShown: shown(controls) && getComputedStyle(controls).visibility === "visible",
      // The caption as shown (what is hidden left out, a block on a line of its own).
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is tested
      caption: caption.innerText.trim(),
      bookCaption: figure.querySelector("[data-book-caption]")?.textContent ?? "",
      bookCaptionShown: shown(figure.querySelector("[data-book-caption]") as Element),
      mark: mark && shown(mark) ? (mark.textContent ?? "") : null,
      spoken: spoken?.textContent?.trim() ?? "",
      svg: plot.querySelector("svg")?.outerHTML ?? "",
    };
  });

const cases = [
  {
    locale: "en",
    ran: /^Ran in \d+ ms/,
    syntax: /^Syntax error at line 4/,
    edited: "Figure from your edited code. The caption above describes the book's version.",
    stale:
      "Figure from your last successful run: the latest run failed (its error is shown above). The caption above describes the book's version.",
    back: "Book's code",
  },
  {
    locale: "zh",
    ran: /^运行用时 \d+ 毫秒/,
    syntax: /^第 4 行第 \d+ 列有语法错误/,
    edited: "此图由你编辑的代码绘制。上面的图注描述的是书中的版本。",
    stale: "此图来自你上一次成功的运行：最近一次运行失败（错误见上方）。上面的图注描述的是书中的版本。",
    back: "书中代码",
  },
];

describe("the figure of an edited example says whose it is", () => {
  for (const c of cases) {
    it(`${c.locale}: Run marks the reader's figure and closes the gap; a failed run keeps the last good figure; Book's code brings all back`, async () => {
      const { page, errors } = await open(`${c.locale}/basics/`);
      const section = example(page, "example-gd-eta-0-4");
      await awake(section, "ml-trajectory"); // its heights held, as a reader finds it
      const book = await look(section);
      expect(book.mark).toBeNull();
      expect(book.controlsShown).toBe(true);
      expect(book.controls).toBeGreaterThan(60);

      await edit(section);
      const reset = section.locator('[data-action="reset"]');
      expect(await reset.textContent()).toBe(c.back);
      const code = await sourceOf(section);
      expect(code).toContain("gd({ eta: 0.4 })");

      // A failed run before any run succeeded: the build's figure stays, with its own caption.
      await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.1 }"));
      expect(await run(section)).toMatch(c.syntax);
      const untouched = await look(section);
      expect(untouched.mark).toBeNull();
      expect(untouched.caption).toBe(book.caption);
      expect(untouched.controlsShown).toBe(true);
      expect(untouched.svg).toBe(book.svg);
      expect(await output(section).textContent()).toMatch(new RegExp(c.syntax.source.slice(1)));

      // A run that succeeds: the reader's figure, marked as theirs under the book's caption, no gap.
      await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.1 })"));
      expect(await run(section)).toMatch(c.ran);
      const mine = await look(section);
      expect(mine.svg).not.toBe(book.svg);
      expect(mine.bookCaption).toBe(book.bookCaption);
      expect(mine.bookCaptionShown).toBe(true);
      expect(mine.mark).toBe(c.edited);
      expect(mine.caption).toBe(`${book.bookCaption}\n${c.edited}`); // the state caption went too
      expect(mine.controlsShown).toBe(false);
      expect(mine.plotToCaption).toBeGreaterThanOrEqual(0);
      expect(mine.plotToCaption).toBeLessThan(20); // the figure's normal margin, nothing between
      expect(Math.abs(mine.contentToBottom)).toBeLessThan(1);
      expect(mine.captionSlack).toBeLessThan(8);
      // Shorter by about the controls' height (the line under the caption takes about the state caption's).
      expect(book.height - mine.height).toBeGreaterThan(book.controls);
      // Read out once, with the status: the figure's summary, then the line.
      expect(mine.spoken.endsWith(c.edited)).toBe(true);
      expect(mine.spoken.length).toBeGreaterThan(c.edited.length);

      // Another good run: the same line, not read out again.
      await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.2 })"));
      expect(await run(section)).toMatch(c.ran);
      const again = await look(section);
      expect(again.mark).toBe(c.edited);
      expect(again.spoken).not.toContain(c.edited);
      expect(again.height).toBeCloseTo(mine.height, 0);

      // A failed run: the last good run's figure stays, said to be that, with the error shown.
      await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.2 }"));
      expect(await run(section)).toMatch(c.syntax);
      const stale = await look(section);
      expect(stale.svg).toBe(again.svg);
      expect(stale.mark).toBe(c.stale);
      expect(stale.spoken).toBe(c.stale);
      expect(stale.controlsShown).toBe(false);
      expect(stale.plotToCaption).toBeLessThan(20);
      expect(Math.abs(stale.contentToBottom)).toBeLessThan(1);
      expect(stale.captionSlack).toBeLessThan(8);
      expect(await output(section).textContent()).toMatch(new RegExp(c.syntax.source.slice(1)));
      expect(await status(section).getAttribute("data-kind")).toBe("error");

      // A good run again: the shorter line, and the caption no taller than it (no height held).
      await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.3 })"));
      expect(await run(section)).toMatch(c.ran);
      const good = await look(section);
      expect(good.mark).toBe(c.edited);
      expect(good.spoken.endsWith(c.edited)).toBe(true);
      expect(good.captionSlack).toBeCloseTo(mine.captionSlack, 0);
      expect(good.height).toBeCloseTo(mine.height, 0);

      // Book's code: the build's figure, caption and controls, as before; the line is gone.
      await reset.click();
      const back = await look(section);
      expect(back.mark).toBeNull();
      expect(await section.locator("[data-figure-mark]").count()).toBe(0);
      expect(back.caption).toBe(book.caption);
      expect(back.svg).toBe(book.svg);
      expect(back.controlsShown).toBe(true);
      expect(back.height).toBeCloseTo(book.height, 0);
      expect(back.plotToCaption).toBeCloseTo(book.plotToCaption, 0);
      expect(await section.locator("ml-example").getAttribute("data-edited")).toBeNull();

      // Running the book's code as it is: the book's figure stays, with its controls, unmarked.
      expect(await run(section)).toMatch(c.ran);
      const unchanged = await look(section);
      expect(unchanged.mark).toBeNull();
      expect(unchanged.svg).toBe(book.svg);
      expect(unchanged.controlsShown).toBe(true);
      expect(await section.locator("ml-example").getAttribute("data-edited")).toBeNull();
      expect(errors).toEqual([]);
    });
  }

  it("a live figure the reader had changed: after Run the book's caption shows again, with the line under it", async () => {
    const { page, errors } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-4");
    await awake(section, "ml-trajectory"); // its heights held, as a reader finds it
    await section.locator('[data-preset="optimal"]').click();
    await expect.poll(async () => (await look(section)).bookCaptionShown).toBe(false);
    const changed = await look(section);
    await edit(section);
    const code = await sourceOf(section);
    await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.1 })"));
    expect(await run(section)).toMatch(/^Ran in/);
    const mine = await look(section);
    expect(mine.bookCaptionShown).toBe(true);
    expect(mine.caption).toBe(`${mine.bookCaption}\n${cases[0].edited}`);
    await section.locator('[data-action="reset"]').click();
    const back = await look(section);
    expect(back.caption).toBe(changed.caption); // the reader's setting of the live figure, as it was
    expect(back.bookCaptionShown).toBe(false);
    expect(errors).toEqual([]);
  });
});
