/**
 * Lazy rendering of long pages (src/site/lazy-render.ts): blocks far from the screen are skipped by
 * style and layout until the reader gets near them, and nothing a reader does may notice — links
 * to sections and equations land exactly where they land without it, a page opened at an anchor is
 * rendered in full, printing renders everything.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const top = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN, id);

/** Where following a link to `#id` puts the target on a page that is rendered in full. */
async function reference(page: Page, path: string, id: string): Promise<number> {
  await page.goto(`${server.url}${path}#${encodeURIComponent(id)}`, { waitUntil: "load" });
  expect(await page.evaluate(() => document.documentElement.classList.contains("ml-lazy"))).toBe(false);
  await page.waitForTimeout(100);
  return top(page, id);
}

describe.each([
  { width: 1280, height: 900 },
  { width: 390, height: 800 },
])("lazy rendering at $width px", (viewport) => {
  it("skips the blocks far below the screen, and renders one when the reader scrolls to it", async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}en/theory/`, { waitUntil: "load" });
    expect(await page.evaluate(() => document.documentElement.classList.contains("ml-lazy"))).toBe(true);
    // The last equation's formula (content-visibility skips what is inside a block, not the block).
    const last = page.locator(".sl-markdown-content > .equation .katex").last();
    const shown = () => last.evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
    await expect(shown()).resolves.toBe(false);
    await last.evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 200));
    await page.waitForTimeout(200);
    await expect(shown()).resolves.toBe(true);
    await page.close();
  });

  it("in-page links land on their target exactly as on a fully rendered page", async () => {
    const page = await browser.newPage({ viewport });
    const path = "en/theory/";
    // Section links (table of contents) and equation links, near and far, down and back up.
    const ids = ["four-regimes", "eq-quadratic", "eq-stability", "eq-jury", "scalar-functions", "eq-polyak"];
    const expected = new Map<string, number>();
    for (const id of ids) expected.set(id, await reference(page, path, id));
    await page.goto(server.url + path, { waitUntil: "load" });
    for (const id of ids) {
      await page.evaluate((id) => {
        const link = document.querySelector<HTMLAnchorElement>(
          `.sl-markdown-content a[href="#${id}"], a[href="#${id}"]`,
        );
        if (!link) throw new Error(`no link to #${id}`);
        link.click();
      }, id);
      await page.waitForTimeout(300);
      expect(Math.abs((await top(page, id)) - (expected.get(id) ?? 0)), `#${id}`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });
});

describe("lazy rendering, the rest", () => {
  it("a page is rendered in full before it is printed", async () => {
    const page = await browser.newPage();
    const skipped = () =>
      page
        .locator(".sl-markdown-content > * > *")
        .evaluateAll(
          (all) =>
            all.filter((e) => e.checkVisibility() && !e.checkVisibility({ contentVisibilityAuto: true }))
              .length,
        );
    await page.goto(`${server.url}en/basics/`, { waitUntil: "load" });
    expect(await skipped()).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await skipped()).toBe(0);
    await page.close();
  });

  it("without JavaScript nothing is lazy", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}en/theory/`, { waitUntil: "load" });
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain("ml-lazy");
    await context.close();
  });
});
