/**
 * Figures recover when the network comes back: offline, a figure the reader scrolls to stays as
 * the build drew it, marked `data-live="failed"`, with a quiet note (en, zh) that it comes alive
 * when the connection is back; back online, the figures become live without a reload and the notes
 * are gone. A load that fails while online says so too.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { strings } from "../../src/i18n/strings.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { openProbe } from "./browser.ts";
import { shownFiles } from "./drawings.ts";
import { awake, edit, status } from "./example-editor.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: import("playwright-core").Browser;
useSite((site) => {
  ({ server, browser } = site);
});

/** The live figures of the page (elements with a drawing that the loader wakes). */
const figures = "[data-live]:has(.figure-plot)";

/** Scrolls to each figure in turn and waits until its island has settled (`ready` or `failed`). */
async function visitAll(islands: Locator): Promise<(string | undefined)[]> {
  const n = await islands.count();
  for (let i = 0; i < n; i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect
      .poll(() => islands.nth(i).getAttribute("data-live"), { timeout: 15_000 })
      .toMatch(/^(ready|failed)$/);
  }
  return islands.evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.live));
}

describe("offline, then online", () => {
  it("basics: offline figures stay drawn with a note; back online they wake without a reload", async () => {
    // With the browser's cache, as a reader has it: the drawings' files fetched online are there offline.
    const probe = await openProbe(browser, server.origin, {
      viewport: { width: 1280, height: 800 },
      withCache: true,
    });
    // Offline once the page has settled (Starlight loads its search stand-in when the browser is
    // first idle; this test is about the figures, which load as the reader scrolls to them).
    const fetched = new Set<string>();
    probe.page.on("requestfinished", (r) => fetched.add(new URL(r.url()).pathname));
    await probe.page.goto(server.url + pagePath("en", "basics"), { waitUntil: "networkidle" });
    // And the files of the figures' drawings shown, which the page fetches at idle, one at a time
    // (src/live/loader.ts showDrawings).
    await expect
      .poll(async () =>
        (await probe.page.locator("svg[data-src]").evaluateAll(shownFiles)).filter((f) => !fetched.has(f)),
      )
      .toEqual([]);
    const islands = probe.page.locator(figures);
    const before = await islands.evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.live));
    await probe.context.setOffline(true);

    const offline = await visitAll(islands);
    expect(offline.length).toBeGreaterThanOrEqual(10);
    // Every figure not yet awake when the connection went is failed, and says why, quietly.
    const failed = offline.flatMap((_, i) => (before[i] === "ready" ? [] : [i]));
    expect(failed.length).toBeGreaterThanOrEqual(offline.length - 2);
    for (const i of failed) {
      const island = islands.nth(i);
      expect(await island.getAttribute("data-live")).toBe("failed");
      expect(await island.locator("[data-live-note]").textContent()).toBe(strings("en").common.offline);
      // The drawing stays, whole: the build's SVG, in the page or filled from its file while the
      // page was online (src/live/loader.ts showDrawings), not an empty box.
      const drawings = await island
        .locator(".figure-plot")
        .first()
        .evaluate((plot) =>
          Array.from(plot.querySelectorAll<SVGSVGElement>("svg[class^='plot-']"))
            .filter((d) => d.getBoundingClientRect().height > 0)
            .map((d) => ({
              drawn: !d.hasAttribute("data-src") && d.querySelector("path, circle, text") !== null,
              name: d.getAttribute("aria-label") ?? d.getAttribute("data-src"),
            })),
        );
      expect(drawings.length).toBeGreaterThan(0);
      expect(drawings.filter((d) => !d.drawn).map((d) => d.name)).toEqual([]);
    }
    expect(await islands.nth(failed[0]).locator("[data-live-note]").getAttribute("role")).toBe("status");

    // Back online: the figure in view wakes at once, the others as the reader reaches them.
    await probe.context.setOffline(false);
    await expect.poll(() => islands.nth(failed[failed.length - 1]).getAttribute("data-live")).toBe("ready");
    await probe.page.evaluate(() => scrollTo(0, 0));
    const online = await visitAll(islands);
    expect(online.every((state) => state === "ready")).toBe(true);
    expect(await probe.page.locator("[data-live-note]").count()).toBe(0);
    expect(probe.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    expect(probe.foreign).toEqual([]);
    await probe.context.close();
  });

  it("an example's Edit, offline, says the editor loads when the connection is back; back online it opens", async () => {
    const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 800 } });
    await probe.page.goto(server.url + pagePath("en", "basics"), { waitUntil: "load" });
    const section = probe.page.locator("section.example").first();
    await section.scrollIntoViewIfNeeded();
    await awake(section);
    await probe.context.setOffline(true);
    await section.locator('[data-action="edit"]').click();
    await expect.poll(() => status(section).textContent()).toBe(strings("en").editor.offline);
    expect(await section.locator('[data-action="edit"]').isEnabled()).toBe(true);
    await probe.context.setOffline(false);
    await expect.poll(() => status(section).textContent()).toBe("");
    await edit(section); // the editor's code was never asked for offline, so it loads now
    expect(await status(section).textContent()).not.toContain(strings("en").editor.offline);
    expect(probe.foreign).toEqual([]);
    await probe.context.close();
  });

  it("a failed figure tries again when the reader touches it", async () => {
    const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 800 } });
    // The browser says it is offline (no online event will come); the network itself is up.
    await probe.page.addInitScript(() => {
      const w = window as unknown as { saysOffline: boolean };
      w.saysOffline = true;
      Object.defineProperty(Navigator.prototype, "onLine", { get: () => !w.saysOffline });
    });
    await probe.page.goto(server.url + pagePath("en", "theory"), { waitUntil: "load" });
    const scalar = probe.page.locator("ml-scalar");
    await scalar.scrollIntoViewIfNeeded();
    await expect.poll(() => scalar.getAttribute("data-live")).toBe("failed");
    expect(await scalar.locator("[data-live-note]").textContent()).toBe(strings("en").common.offline);
    await probe.page.evaluate(() => {
      (window as unknown as { saysOffline: boolean }).saysOffline = false;
    });
    await scalar.locator(".figure-plot").click();
    await expect.poll(() => scalar.getAttribute("data-live")).toBe("ready");
    expect(await scalar.locator("[data-live-note]").count()).toBe(0);
    await probe.context.close();
  });

  it("online, a figure whose code fails to load says so, and suggests a reload", async () => {
    const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 800 } });
    await probe.page.route("**/_astro/theory.*.js", (route) => route.abort());
    await probe.page.goto(server.url + pagePath("en", "theory"), { waitUntil: "load" });
    const scalar = probe.page.locator("ml-scalar");
    await scalar.scrollIntoViewIfNeeded();
    await expect.poll(() => scalar.getAttribute("data-live")).toBe("failed");
    expect(await scalar.locator("[data-live-note]").textContent()).toBe(strings("en").common.loadFailed);
    expect(await scalar.locator(".figure-plot svg").count()).toBeGreaterThan(0);
    expect(probe.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await probe.context.close();
  });

  it("zh: the note is in Chinese", async () => {
    const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 800 } });
    await probe.page.goto(server.url + pagePath("zh", "theory"), { waitUntil: "load" });
    await probe.context.setOffline(true);
    const all = probe.page.locator(figures);
    const index = await all.evaluateAll((els) =>
      els.findLastIndex((e) => (e as HTMLElement).dataset.live !== "ready"),
    );
    const island = all.nth(index);
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute("data-live")).toBe("failed");
    expect(await island.locator("[data-live-note]").textContent()).toBe(strings("zh").common.offline);
    await probe.context.setOffline(false);
    await expect.poll(() => island.getAttribute("data-live")).toBe("ready");
    expect(await island.locator("[data-live-note]").count()).toBe(0);
    await probe.context.close();
  });
});
