/**
 * `npm run bench:islands`: how fast a live trajectory figure answers the slider, in Chromium on
 * the built site (run `npm run build` first). For 100-step trajectories: the island's own redraw
 * time per input (data-render-ms, p50/p95) and input-to-painted-frame latency (p50/p95), plus the
 * time from page load to the first interaction being possible.
 */
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveDist } from "../test/e2e/server.ts";

const figure = "fig-momentum-eta-0-6-beta-0-5";
const server = await serveDist({ dir: process.env.DIST_DIR ?? "dist" });
const browser = await launch();
const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 900 } });
const started = Date.now();
await probe.page.goto(`${server.url}en/basics/`, { waitUntil: "load" });
const live = probe.page.locator(`ml-trajectory:has(#${figure})`);
await live.scrollIntoViewIfNeeded();
await probe.page.waitForSelector(`ml-trajectory:has(#${figure})[data-live="ready"]`);
const wakeMs = Date.now() - started;
await live.locator(`[data-number="steps"]`).fill("100");
const slider = probe.page.locator(`#${figure}-eta`);
await slider.focus();

const handler: number[] = [];
const frame: number[] = [];
for (let i = 0; i < 60; i++) {
  // Input-to-frame: from the input event to just after the next frame is painted.
  const latency = await probe.page.evaluate(
    (key) => {
      return new Promise<number>((resolve) => {
        const input = document.activeElement as HTMLInputElement;
        const t0 = performance.now();
        input.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
        input.stepUp(key === "ArrowRight" ? 1 : -1);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        // The frame that shows the redraw: its animation callback, then the task right after paint.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      });
    },
    i % 2 ? "ArrowLeft" : "ArrowRight",
  );
  frame.push(latency);
  handler.push(Number(await live.getAttribute("data-render-ms")));
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.table({
  "redraw (handler) ms": { p50: pct(handler, 0.5).toFixed(2), p95: pct(handler, 0.95).toFixed(2) },
  "input → painted frame ms": { p50: pct(frame, 0.5).toFixed(1), p95: pct(frame, 0.95).toFixed(1) },
});
console.log(`load → figure live (scrolled into view): ${wakeMs} ms`);
if (probe.errors.length) console.log("console errors:", probe.errors);
await browser.close();
await server.close();
