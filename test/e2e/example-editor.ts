/** Driving an editable example in Chromium, as a reader would: shared by the editor and sandbox tests. */
import type { Browser, Locator, Page } from "playwright-core";
import { afterEach, expect } from "vitest";
import { TIME_LIMIT_MS } from "../../src/runner/protocol.ts";
import { openProbe, type PageProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

/**
 * Connects a test file to the shared site (useSite, read `site` inside tests) and gives it `open`:
 * a fresh context (its options: a viewport, a colour scheme) at a path of the site, closed after
 * the test.
 */
export function usePages() {
  const site = {} as { server: StaticServer; browser: Browser };
  useSite((s) => Object.assign(site, s));
  let probes: PageProbe[] = [];
  afterEach(async () => {
    for (const p of probes) await p.context.close();
    probes = [];
  });
  const open = async (path: string, options?: Parameters<Browser["newContext"]>[0]): Promise<PageProbe> => {
    const probe = await openProbe(site.browser, site.server.origin, options);
    probes.push(probe);
    await probe.page.goto(site.server.url + path);
    return probe;
  };
  return { site, open };
}

export const example = (page: Page, id: string) => page.locator(`section#${id}`);

/**
 * Scrolls the example into view until its island is awake (sections far down the page render
 * lazily, content-visibility: auto, so the first scroll may land short of them): the editor's
 * (`ml-example`), or another in the example (its live figure's, `ml-trajectory`).
 */
export async function awake(section: Locator, island = "ml-example"): Promise<void> {
  const bar = section.locator(".ml-ex-bar");
  await expect
    .poll(
      async () => {
        await bar.scrollIntoViewIfNeeded();
        return (await section.locator(island).getAttribute("data-live")) === "ready";
      },
      { timeout: 10000 },
    )
    .toBe(true);
}

/** Clicks Edit once the island is awake; resolves when the editor is usable. */
export async function edit(section: Locator): Promise<void> {
  await awake(section);
  const button = section.locator('[data-action="edit"]');
  await button.click();
  await section.locator(".cm-content").waitFor();
}

/** Replaces the editor's text by typing (as a reader would paste). */
export async function setCode(page: Page, section: Locator, code: string): Promise<void> {
  await section.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
  await expect.poll(() => editorText(section)).toBe(code);
}

export const editorText = (section: Locator) =>
  section
    .locator(".cm-content")
    .evaluate((el) => Array.from(el.querySelectorAll(".cm-line"), (l) => l.textContent).join("\n"));

/**
 * The example's source as the editor loads it (`data-source`). Not read from the editor's lines:
 * CodeMirror draws only the lines near the viewport, so on a phone a long example's last lines are
 * not in the page.
 */
export const sourceOf = async (section: Locator) =>
  (await section.locator("ml-example").getAttribute("data-source")) ?? "";

export const status = (section: Locator) => section.locator("[data-status]");
export const output = (section: Locator) => section.locator("pre.example-output");

export async function run(section: Locator): Promise<string> {
  await section.locator('[data-action="run"]').click();
  await expect
    .poll(() => section.locator("ml-example").getAttribute("data-run"), { timeout: TIME_LIMIT_MS + 8000 })
    .toBe("done");
  return (await status(section).textContent()) ?? "";
}
