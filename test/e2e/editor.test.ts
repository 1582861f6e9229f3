/**
 * Editable examples in Chromium: edit → run → output and figure change; endless loops are stopped
 * and the next run works; errors show their position; share links round-trip without running;
 * the reader's code cannot reach the page; modified badge, reset, persistence after finished runs.
 */
import { describe, expect, it } from "vitest";
import { TIME_LIMIT_MS } from "../../src/runner/protocol.ts";
import { axeSource, axeViolations } from "./axe.ts";
import {
  awake,
  edit,
  editorText,
  example,
  output,
  run,
  setCode,
  sourceOf,
  status,
  usePages,
} from "./example-editor.ts";

const { site, open } = usePages();

describe("editable examples", () => {
  it("edit → run (Ctrl+Enter) → the output and the figure change in place", async () => {
    const { page, errors } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-4");
    const before = await output(section).textContent();
    // The book's drawing, once the example is awake (its file fetched then, if not before: src/build/drawing-files.ts).
    await awake(section);
    const svgBefore = await section
      .locator(".figure-plot svg")
      .first()
      .evaluate((s) => s.outerHTML);
    await edit(section);
    const code = await sourceOf(section);
    expect(code).toContain("gd({ eta: 0.4 })");
    await setCode(page, section, code.replace("gd({ eta: 0.4 })", "gd({ eta: 0.1 })"));
    await expect.poll(() => section.locator("[data-modified]").isVisible()).toBe(true);
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => status(section).textContent(), { timeout: 10000 }).toMatch(/^Ran in \d+ ms/);
    const after = await output(section).textContent();
    expect(after).not.toBe(before);
    expect(after).toMatch(/epoch 20, x1: -3\.\d+/); // η = 0.1 barely moves x1
    const svgAfter = await section
      .locator(".figure-plot svg")
      .first()
      .evaluate((s) => s.outerHTML);
    expect(svgAfter).not.toBe(svgBefore);
    expect(await section.locator(".figure-plot svg").first().getAttribute("role")).toBe("img");
    expect(await section.locator("figcaption [data-figure-mark]").textContent()).toMatch(
      /^Figure from your edited code\./,
    );
    expect(await status(section).textContent()).toMatch(/GD, η = 0\.1: 20 steps/); // the figure's summary, read out
    expect(errors).toEqual([]);
  });

  it("the editor takes the place of the code in the same font, size and height", async () => {
    const { page } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-4");
    await awake(section);
    const look = (selector: string, line: string) =>
      section.locator(selector).evaluate((el, line) => {
        const l = el.querySelector(line) as HTMLElement;
        const cs = getComputedStyle(l);
        return { font: cs.fontFamily, size: cs.fontSize, height: el.getBoundingClientRect().height };
      }, line);
    const code = await look(".expressive-code", ".ec-line");
    await edit(section);
    const editor = await look(".ml-ex-editor", ".cm-line");
    expect(editor.font).toBe(code.font);
    expect(editor.font).toMatch(/monospace/);
    expect(editor.size).toBe(code.size);
    expect(Math.abs(editor.height - code.height)).toBeLessThan(12); // Edit does not move what follows
    for (const selector of [".ml-ex-title", "pre.example-output"]) {
      expect(await section.locator(selector).evaluate((el) => getComputedStyle(el).fontFamily)).toBe(
        code.font,
      );
    }
  });

  it("on a phone, the chart of a run is drawn at the column's width (text ≥ 11 px); Reset brings back the book's", async () => {
    const { page, errors } = await open("en/summary/", { viewport: { width: 390, height: 844 } });
    const section = example(page, "example-exercise-eigenvalues");
    /** The chart shown: the width it was drawn at and its smallest text as seen, px. */
    const shown = () =>
      section.locator(".figure-plot").evaluate((plot) => {
        const svg = Array.from(plot.querySelectorAll("svg")).find(
          (s) => s.getBoundingClientRect().width > 100,
        ) as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = Array.from(svg.querySelectorAll("text"), (t) =>
          Number.parseFloat(getComputedStyle(t).fontSize),
        );
        return {
          drawn: svg.viewBox.baseVal.width,
          text: Math.min(...sizes) * scale,
          svgs: plot.querySelectorAll("svg[data-shape], figure[data-shape]").length,
        };
      });
    // The book's chart, once the example is awake (its file fetched then, if not before: src/build/drawing-files.ts).
    await awake(section);
    const book = await shown();
    expect(book.text).toBeGreaterThanOrEqual(11);
    await edit(section);
    const code = await sourceOf(section);
    await setCode(page, section, code.replace("beta: 0.9", "beta: 0.8"));
    expect(await run(section)).toMatch(/^Ran in \d+ ms/);
    const edited = await shown();
    expect(edited.drawn).toBeLessThan(400);
    expect(edited.text).toBeGreaterThanOrEqual(11);
    expect(await section.locator("figcaption [data-figure-mark]").isVisible()).toBe(true);
    await section.locator('[data-action="reset"]').click();
    await expect.poll(shown).toEqual(book);
    expect(errors).toEqual([]);
  });

  it("stops an endless loop at the time limit, keeps the page responsive, and runs again", async () => {
    const { page, errors } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-6");
    await edit(section);
    await setCode(page, section, "while (true) {}\n");
    await section.locator('[data-action="run"]').click();
    // The page answers while the loop runs.
    const t0 = Date.now();
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    expect(Date.now() - t0).toBeLessThan(TIME_LIMIT_MS);
    await expect
      .poll(() => status(section).textContent(), { timeout: TIME_LIMIT_MS + 8000 })
      .toMatch(new RegExp(`Stopped after ${TIME_LIMIT_MS / 1000} s`));
    await setCode(page, section, 'console.log("again");\n');
    expect(await run(section)).toMatch(/^Ran in/);
    expect(await output(section).textContent()).toContain("again");
    expect(errors).toEqual([]);
  });

  it("shows a syntax error with its line and column and marks it in the editor", async () => {
    const { page } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-6");
    await edit(section);
    await setCode(page, section, "const a = 1;\nconst b = (2;\n");
    expect(await run(section)).toMatch(/Syntax error at line 2, column 13/);
    await expect.poll(() => section.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    await setCode(page, section, 'const o: any = null;\nconsole.log("before");\no.x = 1;\n');
    expect(await run(section)).toMatch(/TypeError at line 3/);
    expect(await output(section).textContent()).toContain("before");
  });

  it("speaks Chinese on the Chinese pages", async () => {
    const { page, errors } = await open("zh/summary/");
    const section = example(page, "example-exercise-parameters");
    expect(await section.locator('[data-action="edit"]').textContent()).toBe("编辑");
    await edit(section);
    expect(await run(section)).toMatch(/^运行用时 \d+ 毫秒。.*在第 \d+ 步发散/);
    expect(errors).toEqual([]);
  });

  it("reports divergence in plain words", async () => {
    const { page } = await open("en/summary/");
    const section = example(page, "example-exercise-parameters");
    await edit(section);
    expect(await run(section)).toMatch(/momentum, η = 0\.9, β = 0\.2 diverged at step \d+/);
  });

  it("share link: loads the code into that example without running it; a garbage link changes nothing", async () => {
    const { page } = await open("en/basics/");
    const section = example(page, "example-momentum-eta-0-6-beta-0-5");
    const bookOutput = await output(section).textContent();
    await edit(section);
    const code = 'console.log("shared run");\n';
    await setCode(page, section, code);
    await section.locator('[data-action="share"]').click();
    const link = await section.locator(".ml-ex-share input").inputValue();
    expect(link).toContain("share=example-momentum-eta-0-6-beta-0-5");

    const other = await open(link.replace(site.server.url, ""));
    const shared = example(other.page, "example-momentum-eta-0-6-beta-0-5");
    await shared.locator(".cm-content").waitFor();
    expect(await editorText(shared)).toBe(code);
    expect(await status(shared).textContent()).toMatch(/has not run/);
    expect(await output(shared).textContent()).toBe(bookOutput);
    expect(await run(shared)).toMatch(/^Ran in/);
    expect(await output(shared).textContent()).toContain("shared run");

    const garbage = await open(
      "en/basics/?share=example-momentum-eta-0-6-beta-0-5&code=%%%nonsense#example-momentum-eta-0-6-beta-0-5",
    );
    const g = example(garbage.page, "example-momentum-eta-0-6-beta-0-5");
    await g.locator(".cm-content").waitFor();
    await expect.poll(() => status(g).textContent()).toMatch(/could not be read.*Nothing was changed/);
    expect(await editorText(g)).toContain("momentum({ eta: 0.6, beta: 0.5 })");
    expect(garbage.errors).toEqual([]);
  });

  it("runs the reader's code in an opaque-origin sandbox: no page, no storage, no cookies, no network", async () => {
    const { page, context } = await open("en/basics/");
    await page.evaluate(() => localStorage.setItem("secret", "page-only"));
    await context.addCookies([{ name: "session", value: "page-only", url: site.server.url }]);
    const section = example(page, "example-gd-eta-0-6");
    await edit(section);
    await setCode(
      page,
      section,
      [
        "const g = globalThis as any;",
        'console.log("document:", typeof g.document, "window:", typeof g.window, "localStorage:", typeof g.localStorage);',
        'console.log("origin:", g.origin);',
        'let idb = "no indexedDB";',
        'try { g.indexedDB.open("x"); idb = "indexedDB opened"; } catch (e: any) { idb = "indexedDB " + e.name; }',
        "console.log(idb);",
        `g.fetch("${site.server.origin}/from-sandbox").then(() => {}, () => {});`,
        `try { g.importScripts("${site.server.origin}/from-sandbox.js"); } catch (e: any) { console.log("importScripts", e.name); }`,
      ].join("\n"),
    );
    expect(await run(section)).toMatch(/^Ran in/);
    const text = (await output(section).textContent()) ?? "";
    expect(text).toContain("document: undefined window: undefined localStorage: undefined");
    expect(text).toContain("origin: null");
    expect(text).toContain("indexedDB SecurityError");
    const frame = page.locator("iframe.ml-sandbox");
    expect(await frame.getAttribute("sandbox")).toBe("allow-scripts");
    expect(await frame.evaluate((f) => (f as HTMLIFrameElement).contentDocument)).toBeNull();
    expect(text).toContain("importScripts NetworkError");
    // The page's own storage is untouched and the sandboxed code reached no site.server.
    expect(await page.evaluate(() => localStorage.getItem("secret"))).toBe("page-only");
    await page.waitForTimeout(300);
    expect(site.server.log.filter((r) => r.path.includes("from-sandbox"))).toEqual([]);
  });

  it("modified badge and Reset to the book's version", async () => {
    const { page } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-4");
    const bookOutput = await output(section).textContent();
    await edit(section);
    const book = await editorText(section);
    const badge = section.locator("[data-modified]");
    expect(await badge.isVisible()).toBe(false);
    await setCode(page, section, 'console.log("mine");\n');
    expect(await badge.isVisible()).toBe(true);
    await run(section);
    expect(await output(section).textContent()).toContain("mine");
    await section.locator('[data-action="reset"]').click();
    expect(await editorText(section)).toBe(book);
    expect(await badge.isVisible()).toBe(false);
    expect(await output(section).textContent()).toBe(bookOutput);
    expect(await section.locator("[data-figure-mark]").count()).toBe(0);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith("momentum-live:example")),
      ),
    ).toEqual([]);
  });

  it("keeps edited code across a reload only after a run that finished", async () => {
    const probe = await open("en/basics/");
    const { page } = probe;
    const section = example(page, "example-gd-eta-0-4");
    await edit(section);
    await setCode(page, section, 'console.log("not run");\n');
    await page.reload();
    await awake(section);
    await page.waitForTimeout(500);
    expect(await section.locator(".cm-content").count()).toBe(0); // nothing restored: it never ran

    await edit(section);
    await setCode(page, section, 'console.log("finished");\n');
    await run(section);
    await page.reload();
    await awake(section);
    await section.locator(".cm-content").waitFor();
    expect(await editorText(section)).toBe('console.log("finished");\n');
    expect(await status(section).textContent()).toMatch(/edited code is back/);
    expect(await section.locator("[data-modified]").isVisible()).toBe(true);

    await setCode(page, section, "for (;;) {}\n");
    expect(await run(section)).toMatch(/Stopped after/);
    await page.reload();
    await awake(section);
    await page.waitForTimeout(500);
    expect(await section.locator(".cm-content").count()).toBe(0); // the last run did not finish
  });

  it("every example of the chapter, run unchanged in the browser, prints exactly what the build printed", async () => {
    for (const path of ["en/basics/", "en/experiments/", "en/theory/", "en/nesterov/", "en/summary/"]) {
      const { page, errors } = await open(path);
      const ids = await page.locator("section.example").evaluateAll((all) => all.map((s) => s.id));
      for (const id of ids) {
        const section = example(page, id);
        const built = (await output(section).count()) ? await output(section).textContent() : null;
        await edit(section);
        const said = await run(section);
        expect(said, `${path}#${id}`).toMatch(/^Ran in \d+ ms\./);
        if (built !== null) expect(await output(section).textContent(), `${path}#${id}`).toBe(built);
        // An example shown as a call with arguments says which call ran.
        if (await section.getAttribute("data-args")) expect(said, id).toMatch(/Called as \w+\(/);
      }
      expect(errors, path).toEqual([]);
    }
  });

  it("the keyboard can reach every control, and Esc then Tab leaves the editor", async () => {
    const { page } = await open("en/basics/");
    const section = example(page, "example-gd-eta-0-4");
    await awake(section);
    await section.locator('[data-action="edit"]').focus();
    await page.keyboard.press("Enter");
    await section.locator(".cm-content").waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("cm-content")))
      .toBe(true);
    const before = await editorText(section);
    await page.keyboard.press("Tab"); // indents: Tab belongs to the editor…
    expect(await editorText(section)).not.toBe(before);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).toBe(true);
    await page.keyboard.press("Escape"); // …until Esc, after which Tab moves on
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("run");
    await page.keyboard.press("Enter");
    await expect.poll(() => section.locator("ml-example").getAttribute("data-run")).toBe("done");
    for (const action of ["reset", "share"]) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe(action);
    }
  });

  it("nothing of the editor or the runner loads before Edit", async () => {
    const probe = await open("en/basics/");
    const section = example(probe.page, "example-gd-eta-0-4");
    await awake(section);
    await probe.page.waitForTimeout(300);
    const loaded = () =>
      probe.requests.filter((u) => /\/(editor|worker)[.-][^/]*\.js$|sandbox\.html/.test(u));
    expect(loaded()).toEqual([]);
    await edit(section);
    await expect.poll(() => loaded().length).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(axeSource === null)(
    "the open editor and its controls have no axe violations, light and dark",
    async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const probe = await open("en/summary/", { colorScheme });
        const section = example(probe.page, "example-exercise-parameters");
        await edit(section);
        await run(section);
        await section.locator('[data-action="share"]').click();
        await section.locator(".ml-ex-share input").waitFor();
        // The editor's own parts (the output panel's styles are the site's).
        const parts = [".ml-ex-bar", ".ml-ex-editor", ".ml-ex-hint"];
        const violations = await axeViolations(
          probe.page,
          parts.map((p) => `#example-exercise-parameters ${p}`).join(", "),
        );
        expect(violations, colorScheme).toEqual([]);
      }
    },
  );
});
