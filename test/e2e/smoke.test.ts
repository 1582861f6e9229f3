import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { locales, pagePath, pages } from "../../src/site/chapter.ts";
import { openProbe } from "./browser.ts";
import { mathFonts } from "./math-fonts.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;

useSite((site) => {
  ({ server, browser } = site);
});

const chapterPages = (Object.keys(locales) as (keyof typeof locales)[]).flatMap((locale) =>
  pages.map((page) => ({ locale, page, path: pagePath(locale, page) })),
);

describe("every chapter page renders in Chromium", () => {
  for (const { locale, path } of chapterPages) {
    it(`${path}: heading, laid-out math drawn by KaTeX's faces alone, no console error, no foreign request`, async () => {
      const probe = await openProbe(browser, server.origin);
      const response = await probe.page.goto(server.url + path, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      await expect(probe.page.locator("html").getAttribute("lang")).resolves.toBe(locales[locale].lang);
      await expect(probe.page.locator("main h1").first().isVisible()).resolves.toBe(true);
      expect(await probe.page.locator(".katex-error").count()).toBe(0);
      // Math is typeset and laid out (KaTeX CSS and fonts applied: non-zero size).
      const heights = await probe.page
        .locator("main .katex")
        .evaluateAll((all) =>
          all.filter((e) => !e.closest("details:not([open])")).map((e) => e.getBoundingClientRect().height),
        );
      for (const height of heights) expect(height).toBeGreaterThan(8);
      await probe.page.waitForLoadState("networkidle");
      // Every typeset character is drawn by a KaTeX face (no glyph left out of the subset fonts).
      const fonts = await mathFonts(probe.page);
      if (fonts.asked)
        expect(fonts.checked, "typeset elements Chromium reported fonts for").toBeGreaterThan(0);
      expect(fonts.wrong, "glyphs drawn by fonts other than KaTeX's").toEqual({});
      expect(probe.errors).toEqual([]);
      expect(probe.foreign).toEqual([]);
      await probe.context.close();
    });
  }

  it("the language picker keeps the reader on the same page and section", async () => {
    const probe = await openProbe(browser, server.origin);
    await probe.page.goto(`${server.url}en/theory/#scalar-functions`, { waitUntil: "load" });
    await probe.page.locator("starlight-lang-select select").first().selectOption({ label: "简体中文" });
    await probe.page.waitForURL(`${server.url}zh/theory/#scalar-functions`);
    await expect(probe.page.locator("#scalar-functions").textContent()).resolves.toContain("标量函数");
    expect(probe.errors).toEqual([]);
    await probe.context.close();
  });

  it("prints as a document: navigation and controls hidden, equations and figures kept", async () => {
    const probe = await openProbe(browser, server.origin);
    await probe.page.goto(`${server.url}en/basics/`, { waitUntil: "load" });
    await probe.page.emulateMedia({ media: "print" });
    const visible = (selector: string) =>
      probe.page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).display !== "none");
    await expect(visible("header.header")).resolves.toBe(false);
    await expect(visible("nav.sidebar")).resolves.toBe(false);
    await expect(visible(".equation")).resolves.toBe(true);
    await expect(visible("figure.ml-figure svg")).resolves.toBe(true);
    await probe.context.close();
  });

  it("the site root sends the reader to the English chapter", async () => {
    const probe = await openProbe(browser, server.origin);
    await probe.page.goto(server.url, { waitUntil: "load" });
    await probe.page.waitForURL(`${server.url}en/`);
    expect(probe.foreign).toEqual([]);
    await probe.context.close();
  });

  it("an unknown path gets the site's 404 page with links back", async () => {
    const probe = await openProbe(browser, server.origin);
    const response = await probe.page.goto(`${server.url}no/such/page/`, { waitUntil: "load" });
    expect(response?.status()).toBe(404);
    await expect(probe.page.locator("main h1").textContent()).resolves.toContain("404");
    const links = await probe.page
      .locator("main a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(`${server.url}en/`);
    await probe.context.close();
  });
});
