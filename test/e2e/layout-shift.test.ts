/**
 * No layout shift while a page loads (issue: CLS 0). Long pages stream in over several frames and
 * the CPU of a phone is slow, so every page is loaded with the CPU slowed down four times, at
 * Lighthouse's desktop and mobile sizes, and every layout shift the browser reports is collected.
 * Starlight's header and sidebar move by a pixel or so while the HTML streams in (0.0001–0.002 of
 * the viewport, which Lighthouse shows as CLS 0.00x); a shift of 0.005 or more is a failure — the
 * table of contents jumping aside (0.42), a half-streamed centred equation re-centring or the math
 * re-set when its fonts arrived (up to 0.08), lazily rendered blocks growing on screen (0.02) were.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Locale, locales, pagePath, pages } from "../../src/site/chapter.ts";
import { launch } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

interface Shift {
  value: number;
  sources: string[];
}

const viewports = {
  desktop: { width: 1350, height: 940 },
  mobile: { width: 412, height: 823 },
};

describe.each(Object.entries(viewports))("layout shifts while loading (%s)", (_, viewport) => {
  for (const locale of Object.keys(locales) as Locale[]) {
    for (const page of pages) {
      const path = pagePath(locale, page);
      it(`${path}: none that a reader could see`, async () => {
        const tab = await browser.newPage({ viewport });
        await tab.addInitScript(() => {
          const w = window as unknown as { shifts: Shift[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              sources: { node?: Node }[];
            }[]) {
              w.shifts.push({
                value: entry.value,
                sources: entry.sources.map(
                  (s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? "?",
                ),
              });
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        const cdp = await tab.context().newCDPSession(tab);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await tab.goto(server.url + path, { waitUntil: "load" });
        await tab.waitForLoadState("networkidle"); // what comes after the load event (islands, fonts) has arrived
        const shifts = await tab.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
        await tab.close();
        expect(shifts.filter((s) => s.value >= 0.005)).toEqual([]);
        expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeLessThan(0.005);
      });
    }
  }
});

describe("the page's scrollbar", () => {
  // Headless Chromium hides scrollbars; Lighthouse's desktop run has classic ones, and there the
  // scrollbar appearing as a long page outgrew the window moved the table of contents (CLS 0.02).
  it("has its room before the page is long enough to need it", async () => {
    const withScrollbars = await launch({ scrollbars: true });
    try {
      const tab = await withScrollbars.newPage({ viewport: viewports.desktop });
      await tab.goto(`${server.url}${pagePath("en", "basics")}`, { waitUntil: "load" });
      const long = await tab.evaluate(() => [innerWidth, document.documentElement.clientWidth]);
      expect(long[1]).toBeLessThan(long[0]); // the scrollbar takes room
      // The same page while it is still shorter than the window.
      const short = await tab.evaluate(() => {
        for (const e of document.body.children) (e as HTMLElement).style.display = "none";
        return document.documentElement.clientWidth;
      });
      expect(short).toBe(long[1]);
    } finally {
      await withScrollbars.close();
    }
  });
});
