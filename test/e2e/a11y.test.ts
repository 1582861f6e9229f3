/**
 * Every chapter page, with all its islands awake, passes axe (WCAG 2.1 A/AA and axe's best
 * practices): in English and Chinese, light mode, and in dark mode for English.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { axeSource, axeViolations } from "./axe.ts";
import { openProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const cases = (Object.keys(locales) as Locale[]).flatMap((locale) =>
  pages.flatMap((page) =>
    (locale === "en" ? (["light", "dark"] as const) : (["light"] as const)).map((scheme) => ({
      locale,
      page,
      scheme,
    })),
  ),
);

describe.skipIf(axeSource === null)("axe on chapter pages with the islands awake", () => {
  it.each(cases)("$locale/$page ($scheme)", async ({ locale, page, scheme }) => {
    const probe = await openProbe(browser, server.origin, {
      viewport: { width: 1280, height: 900 },
      colorScheme: scheme,
    });
    await probe.context.addInitScript((theme) => localStorage.setItem("starlight-theme", theme), scheme);
    await probe.page.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
    // Scroll through the page so that every island wakes, then wait for all of them.
    const height = await probe.page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y < height; y += 500) {
      await probe.page.evaluate((top) => window.scrollTo(0, top), y);
      await probe.page.waitForTimeout(40);
    }
    await probe.page.waitForFunction(() => !document.querySelector('[data-live="waiting"]'), null, {
      timeout: 20_000,
    });
    const failed = await probe.page.locator('[data-live="failed"]').count();
    expect(failed, "islands that failed to wake").toBe(0);
    expect(await axeViolations(probe.page)).toEqual([]);
    expect(probe.errors).toEqual([]);
    await probe.context.close();
  });
});
