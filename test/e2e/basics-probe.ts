/** Opening a page at one of the basics/experiments live figures and closing it with the usual checks. */
import type { Browser, Locator } from "playwright-core";
import { expect } from "vitest";
import { openProbe, type PageProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";

/** Opens `path` at 390 px wide and scrolls `tag` into view until its island is awake. */
export async function openFigure(
  site: { browser: Browser; server: StaticServer },
  path: string,
  tag: string,
  query = "",
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<PageProbe & { live: Locator }> {
  const probe = await openProbe(site.browser, site.server.origin, {
    viewport: { width: 390, height: 800 },
    ...options,
  });
  await probe.page.goto(site.server.url + path + query, { waitUntil: "load" });
  const live = probe.page.locator(tag);
  await live.scrollIntoViewIfNeeded();
  await probe.page.waitForSelector(`${tag}[data-live="ready"]`, { timeout: 15_000 });
  return { ...probe, live };
}

/** No console errors, nothing requested from another origin; then the context closes. */
export async function finish(probe: PageProbe): Promise<void> {
  await probe.page.waitForLoadState("networkidle");
  expect(probe.errors).toEqual([]);
  expect(probe.foreign).toEqual([]);
  await probe.context.close();
}
