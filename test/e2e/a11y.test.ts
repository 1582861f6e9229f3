/**
 * Every chapter page, with all its islands awake, passes axe (WCAG 2.1 A/AA and axe's best
 * practices): in English and Chinese, light mode, and in dark mode for English. This whole-page pass
 * is the axe check of every live figure as it wakes (theory.test.ts and islands.test.ts each ran it
 * again on theirs, on the same pages in the same two modes); the other files run axe on a figure
 * only where this does not: in a state a reader's action brings (a term highlighted, an editor open,
 * a slider moved) or at a phone's width.
 *
 * The same walk is the check that every live figure of the chapter wakes without errors: each island
 * ends ready, each trajectory figure with its controls enabled, and the page logs no error and asks
 * nothing of another origin (islands.test.ts walked every page again for that alone).
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

describe("chapter pages with the islands awake: every island ready, no error, and axe", () => {
  it.each(cases)("$locale/$page ($scheme)", async ({ locale, page, scheme }) => {
    const probe = await openProbe(browser, server.origin, {
      viewport: { width: 1280, height: 900 },
      colorScheme: scheme,
    });
    await probe.context.addInitScript((theme) => localStorage.setItem("starlight-theme", theme), scheme);
    await probe.page.goto(server.url + pagePath(locale, page), { waitUntil: "load" });
    // Bring each island into view in turn and wait until it has woken. (Scrolling through the page
    // in fixed steps was not enough on a busy machine: when no frame is drawn at a scroll position,
    // the browser never sees the figures there in view, just as when a reader flicks past them.)
    const islands = probe.page.locator("[data-live]");
    for (let k = 0, n = await islands.count(); k < n; k++) {
      const island = islands.nth(k);
      await island.scrollIntoViewIfNeeded();
      const name = await island.evaluate((e) => `${e.localName} ${e.querySelector("figure")?.id ?? ""}`);
      await expect
        .poll(() => island.getAttribute("data-live"), { timeout: 20_000, message: `${name} wakes in view` })
        .not.toBe("waiting");
    }
    const failed = await probe.page.locator('[data-live="failed"]').count();
    expect(failed, "islands that failed to wake").toBe(0);
    const states = await islands.evaluateAll((all) =>
      all.map(
        (e) => `${e.localName} ${e.querySelector("figure")?.id ?? ""}: ${(e as HTMLElement).dataset.live}`,
      ),
    );
    expect(states.filter((s) => !s.endsWith(": ready"))).toEqual([]);
    // A trajectory figure's one set of controls is enabled as it wakes (disabled in the build's
    // HTML): neither disabled nor marked aria-disabled (the nearest explicit mark, as Playwright reads it).
    const controls = await probe.page
      .locator("ml-trajectory")
      .evaluateAll((all) =>
        all.map((e) =>
          Array.from(
            e.querySelectorAll<HTMLFieldSetElement>(".ml-controls"),
            (c) =>
              c.disabled ||
              c
                .closest('[aria-disabled="true" i], [aria-disabled="false" i]')
                ?.getAttribute("aria-disabled")
                ?.toLowerCase() === "true",
          ),
        ),
      );
    expect(controls.filter((c) => c.length !== 1 || c[0])).toEqual([]);
    if (axeSource !== null) expect(await axeViolations(probe.page)).toEqual([]);
    await probe.page.waitForLoadState("networkidle");
    expect(probe.errors).toEqual([]);
    expect(probe.foreign).toEqual([]);
    await probe.context.close();
  });
});
