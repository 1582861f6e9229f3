/**
 * Lazy rendering of long pages (src/starlight/lazy-render.ts): blocks far from the screen are skipped by
 * style and layout until the reader gets near them, and nothing a reader does may notice — links
 * to sections, equations and figures land exactly where they land without it, whether followed on
 * the page or opened from elsewhere; printing renders everything.
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

const lazy = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("ml-lazy"));

/**
 * Where `id`'s element is once the page has stopped moving it: its top, the same for 5 frames in a
 * row (the lazy page holds a link's target for a few frames while the blocks around it render, a
 * second at most; a fixed wait of 300 ms was sometimes too short on a busy machine), or after 3 s.
 */
const settledTop = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      new Promise<number>((done) => {
        const top = () => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN;
        const until = performance.now() + 3000;
        let [last, same] = [top(), 0];
        const frame = () => {
          const now = top();
          same = Math.abs(now - last) < 0.01 ? same + 1 : 0;
          last = now;
          if (same >= 5 || performance.now() > until) done(now);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    id,
  );

/** The targets of the tests below, by page: sections, equations and figures, near the start and the end. */
const inPageLinks = [
  "four-regimes",
  "eq-quadratic",
  "eq-stability",
  "eq-jury",
  "scalar-functions",
  "eq-polyak",
];
const anchors = [
  ["en/theory/", "four-regimes"],
  ["en/theory/", "eq-jury"],
  ["en/theory/", "fig-region-trajectory"],
  ["en/theory/", "eq-polyak"],
  ["zh/basics/", "fig-momentum-eta-0-6-beta-0-5"],
  ["zh/basics/", "fig-noise"],
] as const;
const targets: Record<string, string[]> = {
  "en/theory/": [
    ...new Set([...inPageLinks, ...anchors.filter(([p]) => p === "en/theory/").map(([, id]) => id)]),
  ],
  "zh/basics/": anchors.filter(([p]) => p === "zh/basics/").map(([, id]) => id),
};

const references = new Map<string, Promise<Map<string, number>>>();

/** Where going to `#id` puts the target when the page is rendered in full (once per viewport and page). */
async function reference(
  viewport: { width: number; height: number },
  path: string,
  id: string,
): Promise<number> {
  const key = `${viewport.width}x${viewport.height} ${path}`;
  if (!references.has(key)) references.set(key, measureReferences(viewport, path, targets[path]));
  const y = (await references.get(key))?.get(id);
  if (y === undefined) throw new Error(`no reference for ${path}#${id}`);
  return y;
}

/**
 * The page without lazy rendering, opened once and sent to each target in turn: rendered in full, a
 * page puts a target where it is sent the same way whether it was opened at its anchor or went there
 * later (a page opened for each target took most of this file's time).
 */
async function measureReferences(
  viewport: { width: number; height: number },
  path: string,
  ids: string[],
): Promise<Map<string, number>> {
  const context = await browser.newContext({ viewport });
  // The same page without lazy rendering: its inline script no longer sets the class.
  await context.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('classList.add("ml-lazy")', 'classList.add("ml-full")');
    await route.fulfill({ response, body });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  expect(await lazy(page)).toBe(false);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const ys = new Map<string, number>();
  for (const id of ids) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, encodeURIComponent(id));
    ys.set(id, await settledTop(page, id));
  }
  await context.close();
  return ys;
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
    const ids = inPageLinks;
    const expected = new Map<string, number>();
    for (const id of ids) expected.set(id, await reference(viewport, path, id));
    await page.goto(server.url + path, { waitUntil: "load" });
    for (const id of ids) {
      await page.evaluate((id) => {
        const link = document.querySelector<HTMLAnchorElement>(
          `.sl-markdown-content a[href="#${id}"], a[href="#${id}"]`,
        );
        if (!link) throw new Error(`no link to #${id}`);
        link.click();
      }, id);
      expect(Math.abs((await settledTop(page, id)) - (expected.get(id) ?? 0)), `#${id}`).toBeLessThanOrEqual(
        1,
      );
    }
    await page.close();
  });

  it("a page opened at an anchor is lazy, and its target lands as on a fully rendered page", async () => {
    // Sections, equations and figures, near the start and the end of the two longest pages.
    const context = await browser.newContext({ viewport });
    for (const [path, id] of anchors) {
      const expected = await reference(viewport, path, id);
      const page = await context.newPage();
      await page.goto(`${server.url}${path}#${id}`, { waitUntil: "load" });
      expect(await lazy(page)).toBe(true);
      expect(Math.abs((await settledTop(page, id)) - expected), `${path}#${id}`).toBeLessThanOrEqual(1);
      // Far from the target, blocks are still skipped.
      const skipped = await page
        .locator(".sl-markdown-content > * > *")
        .evaluateAll((all) => all.filter((e) => !e.checkVisibility({ contentVisibilityAuto: true })).length);
      expect(skipped, `${path}#${id}`).toBeGreaterThan(0);
      await page.close();
    }
    await context.close();
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
