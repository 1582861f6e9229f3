/**
 * The live figures of the basics page in Chromium (effective weights, noisy gradients, the annotated
 * momentum update): they wake in view, sliders move by keyboard and the readouts show the core's
 * values, settings go through the URL (garbage is clamped with a notice), equation terms highlight
 * their figure element, and without JavaScript everything is still there.
 */
import {
  bookObjective,
  effectiveWeightSum,
  gd,
  iterateSpread,
  momentum,
  partialWeightSum,
} from "momentum-live/core";
import type { Browser, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { show } from "../../src/islands/basics-params.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { openProbe, type PageProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const basics = pagePath("en", "basics");

async function open(tag: string, query = "", path = basics): Promise<PageProbe & { live: Locator }> {
  const probe = await openProbe(browser, server.origin, { viewport: { width: 390, height: 800 } });
  await probe.page.goto(server.url + path + query, { waitUntil: "load" });
  const live = probe.page.locator(tag);
  await live.scrollIntoViewIfNeeded();
  await probe.page.waitForSelector(`${tag}[data-live="ready"]`, { timeout: 15_000 });
  return { ...probe, live };
}

async function finish(probe: PageProbe): Promise<void> {
  await probe.page.waitForLoadState("networkidle");
  expect(
    probe.errors.filter((e) => !(process.env.IGNORE_CSP && e.includes("Content Security Policy"))),
  ).toEqual([]);
  expect(probe.foreign).toEqual([]);
  await probe.context.close();
}

const readout = (live: Locator, i: number) => live.locator("[data-readouts] dd").nth(i).textContent();

describe("effective weights, live", () => {
  it("β moves with the keyboard; sums and caption are the core's", async () => {
    const probe = await open("ml-weights");
    await probe.live.locator("[data-control='beta']").focus();
    await probe.page.keyboard.press("ArrowRight");
    await probe.page.keyboard.press("ArrowRight");
    await expect.poll(() => readout(probe.live, 0)).toBe(show(partialWeightSum(0.92, 40), 3));
    expect(await readout(probe.live, 1)).toBe(show(effectiveWeightSum(0.92), 3));
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain("β = 0.92, τ = 0…39");
    expect(await probe.live.locator("[data-number='beta']").inputValue()).toBe("0.92");
    expect(await probe.live.locator("svg[role='img']").count()).toBe(1);
    // one stem per weight
    expect(await probe.live.locator("svg line").count()).toBeGreaterThanOrEqual(40);
    await probe.live.locator("button[data-beta='0.6']").click();
    await expect.poll(() => readout(probe.live, 1)).toBe(show(effectiveWeightSum(0.6), 3));
    await expect.poll(() => probe.page.url()).toContain("fig-weights=beta:0.6,n:39");
    await finish(probe);
  });

  it("a link sets β and N; garbage is clamped with a notice", async () => {
    const probe = await open("ml-weights", "?fig-weights=beta:0.5,n:10");
    expect(await readout(probe.live, 0)).toBe(show(partialWeightSum(0.5, 11), 3));
    expect(await probe.live.locator("[data-notice]").isVisible()).toBe(false);
    await probe.context.close();

    const bad = await open("ml-weights", "?fig-weights=beta:7,n:abc,zz");
    expect(await bad.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await bad.live.locator("[data-number='beta']").inputValue()).toBe("0.99");
    expect(await bad.live.locator("[data-number='n']").inputValue()).toBe("39");
    expect(await readout(bad.live, 1)).toBe(show(effectiveWeightSum(0.99), 3));
    await finish(bad);
  });
});
