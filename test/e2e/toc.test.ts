/**
 * The "On this page" tables (src/starlight/toc.ts, standing in for Starlight's script): they watch
 * exactly the blocks Starlight's own `:has()` selectors pick, on every page in both languages, and
 * mark the section being read — on the desktop's list and in the phone's bar.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { blocksToWatch } from "../../src/starlight/toc-blocks.ts";
import type { StaticServer } from "./server.ts";
import { distDir, useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const H = "h1#_top,:where(h2,h3)[id]";

it("the built scripts use the stand-in, not Starlight's whole-page `:has()` query", () => {
  const dir = `${distDir}/_astro`;
  const scripts = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const text = (f: string) => readFileSync(`${dir}/${f}`, "utf8");
  expect(scripts.filter((f) => text(f).includes("customElements.define(`starlight-toc`"))).toHaveLength(1);
  expect(scripts.filter((f) => text(f).includes(":not(:has("))).toEqual([]);
});

describe.each(Object.keys(locales) as Locale[])("table of contents (%s)", (locale) => {
  it("watches the same blocks as Starlight's selectors, on every page", async () => {
    const tab = await browser.newPage();
    try {
      for (const page of pages) {
        await tab.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
        const [ours, theirs, total] = (await tab.evaluate(
          `(() => {
            const H = ${JSON.stringify(H)};
            const ours = (${blocksToWatch.toString()})(document, H);
            const theirs = Array.from(document.querySelectorAll([
              "main :where(" + H + ")",
              "main :where(" + H + ", .sl-heading-wrapper) ~ *:not(:has(" + H + "))",
              "main .sl-markdown-content > *:not(:has(" + H + "))",
              "main > *:not(:has(" + H + "))",
            ].join()));
            const index = new Map(Array.from(document.getElementsByTagName("*"), (e, i) => [e, i]));
            return [ours.map((e) => index.get(e)), theirs.map((e) => index.get(e)), theirs.length];
          })()`,
        )) as [number[], number[], number];
        expect(total, page).toBeGreaterThan(3);
        expect(ours, page).toEqual(theirs);
      }
    } finally {
      await tab.close();
    }
  });
});

describe("the section being read is marked", () => {
  const path = pagePath("en", "theory");
  /** The last h2 of the page and the h3 before it: reading each one, its link is the current one. */
  async function sections(tab: import("playwright-core").Page) {
    return tab.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>(".sl-markdown-content :is(h2, h3)[id]"))
        .slice(-3)
        .map((h) => ({ id: h.id, text: h.textContent?.trim() ?? "" })),
    );
  }
  const scrollTo = (tab: import("playwright-core").Page, id: string) =>
    tab.evaluate((id) => {
      const h = document.getElementById(id);
      if (h) window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 120);
    }, id);

  it("on the desktop's list", async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await tab.goto(server.url + path, { waitUntil: "load" });
      for (const { id } of await sections(tab)) {
        await scrollTo(tab, id);
        await expect
          .poll(() => tab.locator('starlight-toc a[aria-current="true"]').getAttribute("href"))
          .toBe(`#${id}`);
      }
    } finally {
      await tab.close();
    }
  });

  it("in the phone's bar", async () => {
    const tab = await browser.newPage({ viewport: { width: 390, height: 800 } });
    try {
      await tab.goto(server.url + path, { waitUntil: "load" });
      for (const { id, text } of await sections(tab)) {
        await scrollTo(tab, id);
        await expect
          .poll(() => tab.locator("mobile-starlight-toc .display-current").textContent())
          .toBe(text);
      }
    } finally {
      await tab.close();
    }
  });
});
