/**
 * Screenshots of built pages for review: `node scripts/screenshots.ts [dist] [out] [paths…]`.
 * Light and dark at 1280 px, and 390 px (mobile), full page, into `out/` (default .tmp/shots).
 */
import { mkdirSync } from "node:fs";
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveDist } from "../test/e2e/server.ts";

const [dist = "dist", out = ".tmp/shots", ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveDist({ dir: dist });
const browser = await launch();
const views = [
  { name: "light", width: 1280, theme: "light" },
  { name: "dark", width: 1280, theme: "dark" },
  { name: "mobile", width: 390, theme: "light" },
];
for (const path of paths.length ? paths : ["en/"]) {
  for (const view of views) {
    const probe = await openProbe(browser, server.origin, { viewport: { width: view.width, height: 900 } });
    await probe.context.addInitScript((theme) => localStorage.setItem("starlight-theme", theme), view.theme);
    await probe.page.goto(server.url + path, { waitUntil: "networkidle" });
    const file = `${out}/${path.replace(/\/$/, "").replace(/\//g, "_") || "root"}-${view.name}.png`;
    await probe.page.screenshot({ path: file, fullPage: true });
    // Each figure on its own too, for a closer look.
    const figures = probe.page.locator("figure.ml-figure");
    for (let i = 0; i < (await figures.count()); i++) {
      await figures.nth(i).screenshot({ path: file.replace(/\.png$/, `-fig${i + 1}.png`) });
    }
    if (probe.errors.length || probe.foreign.length)
      console.log(path, view.name, probe.errors, probe.foreign);
    console.log(file);
    await probe.context.close();
  }
}
await browser.close();
await server.close();
