/**
 * Offline search (Pagefind through Starlight) in both languages: the right sections are found,
 * result strings are in the page's language, and TeX is not indexed.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openProbe } from "./browser.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

async function search(path: string, query: string) {
  const probe = await openProbe(browser, server.origin);
  await probe.page.goto(server.url + path, { waitUntil: "load" });
  await probe.page.locator("button[data-open-modal]").first().click();
  const input = probe.page.locator(
    "dialog[open] input[type=search], dialog[open] .pagefind-ui__search-input",
  );
  await input.first().fill(query);
  const results = probe.page.locator("dialog[open] .pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 15_000 });
  const links = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const message = (await probe.page.locator("dialog[open] .pagefind-ui__message").textContent()) ?? "";
  expect(probe.errors).toEqual([]);
  expect(probe.foreign).toEqual([]);
  await probe.context.close();
  return { links, message };
}

describe("search", () => {
  it('"leaky" on an English page finds the leaky-average section', async () => {
    const { links, message } = await search("en/", "leaky");
    expect(links.some((l) => l.includes("/en/basics/"))).toBe(true);
    expect(links.every((l) => l.includes("/en/"))).toBe(true);
    expect(message).toMatch(/result/i);
  });

  it("动量 on a Chinese page finds Chinese pages, with Chinese result strings", async () => {
    const { links, message } = await search("zh/", "动量");
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.includes("/zh/"))).toBe(true);
    expect(message).toContain("找到");
  });

  it("Pagefind's UI loads only when the reader reaches for search, and its input gets the focus", async () => {
    const probe = await openProbe(browser, server.origin);
    await probe.page.goto(`${server.url}en/basics/`, { waitUntil: "networkidle" });
    await probe.page.waitForTimeout(500); // idle time, when Starlight would have built it
    const pagefindUi = () => probe.requests.filter((r) => /ui-core[^/]*\.js$/.test(r));
    expect(pagefindUi()).toEqual([]);
    await probe.page.keyboard.press("Control+k");
    const input = probe.page.locator("dialog[open] .pagefind-ui__search-input");
    await input.waitFor();
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(pagefindUi()).toHaveLength(1);
    await probe.page.keyboard.type("leaky");
    await probe.page.locator("dialog[open] .pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    expect(probe.errors).toEqual([]);
    await probe.context.close();
  });

  it("figure controls and the examples' buttons are not indexed: excerpts are prose, not widgets", async () => {
    // Controls once made excerpts such as "Figure controls gradient descentmomentumNesterov. 0.4. 0.
    // 20." and "export default trajectory; EditRunResetSharemodified Outputepoch 20".
    const widgets =
      /Figure controls|descentmomentum|EditRun|Sharemodified|Outputepoch|图形控制|梯度下降动量法|编辑运行/i;
    for (const [path, queries] of [
      ["en/", ["controls", "Nesterov", "edit", "share", "reset", "preset"]],
      ["zh/", ["控制", "动量法", "编辑", "分享"]],
    ] as const) {
      const probe = await openProbe(browser, server.origin);
      await probe.page.goto(server.url + path, { waitUntil: "load" });
      await probe.page.locator("button[data-open-modal]").first().click();
      let excerpts = 0;
      for (const query of queries) {
        await probe.page.locator("dialog[open] .pagefind-ui__search-input").fill(query);
        await probe.page.locator("dialog[open] .pagefind-ui__message").filter({ hasText: query }).waitFor();
        const shown = await probe.page.locator("dialog[open] .pagefind-ui__result-excerpt").allTextContents();
        for (const excerpt of shown) expect(excerpt, `${path} "${query}"`).not.toMatch(widgets);
        excerpts += shown.length;
      }
      expect(excerpts, path).toBeGreaterThan(5);
      expect(probe.errors).toEqual([]);
      await probe.context.close();
    }
  });

  it("TeX is not indexed: searching for TeX commands finds no TeX", async () => {
    const probe = await openProbe(browser, server.origin);
    await probe.page.goto(`${server.url}en/theory/`, { waitUntil: "load" });
    await probe.page.locator("button[data-open-modal]").first().click();
    for (const query of ["bmatrix", "mathbf", "eqref"]) {
      await probe.page.locator("dialog[open] .pagefind-ui__search-input").fill(query);
      const message = probe.page.locator("dialog[open] .pagefind-ui__message");
      await message.filter({ hasText: query }).waitFor();
      const excerpts = await probe.page
        .locator("dialog[open] .pagefind-ui__result-excerpt")
        .allTextContents();
      for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\\[a-z]+|\b(bmatrix|mathbf|eqref)\b/);
    }
    await probe.context.close();
  });
});
