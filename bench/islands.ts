/**
 * `npm run bench:islands`: how fast the live figures answer their sliders, in Chromium on the built
 * site (`npm run build` first; `DIST_DIR=…` for another output directory). For each figure:
 *   - handler: the island's own redraw time per input (data-render-ms);
 *   - drag → frame: dragging the slider's thumb with the mouse. Chromium delivers these inputs at
 *     the start of a frame, so this is the time from the input event to just after the frame that
 *     shows it has been painted (the figure's work plus style, layout and paint);
 *   - key → frame: an arrow key on the slider. Key presses arrive at any moment between two
 *     frames, so this also contains the wait for the next frame (0 to 16.7 ms at 60 Hz) that no
 *     figure can avoid.
 * The trajectory figure runs 100-step trajectories; the time to wake the first figure is printed.
 */
import type { Page } from "playwright-core";
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveDist } from "../test/e2e/server.ts";

const server = await serveDist({ dir: process.env.DIST_DIR ?? "dist" });
const browser = await launch();
const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 900 } });
const { page } = probe;

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] : Number.NaN;

/** Records, for every `type` event on the element, the time from the event to after the next painted frame. */
async function listen(page: Page, selector: string, type: string): Promise<void> {
  await page.evaluate(
    ([selector, type]) => {
      const w = window as unknown as { latencies: number[] };
      w.latencies = [];
      document.querySelector(selector)?.addEventListener(
        type,
        () => {
          const t0 = performance.now();
          // The frame that shows the redraw: its animation callbacks, then the task right after paint.
          requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - t0), 0));
        },
        { capture: true },
      );
    },
    [selector, type] as const,
  );
}

const latencies = (page: Page) =>
  page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);

async function wakeFigure(path: string, tag: string, id: string): Promise<number> {
  const started = Date.now();
  await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  const live = page.locator(`${tag}:has(#${id})`);
  await live.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${tag}:has(#${id})[data-live="ready"]`);
  return Date.now() - started;
}

async function measure(tag: string, id: string, slider: string) {
  const live = page.locator(`${tag}:has(#${id})`);
  const range = page.locator(`#${id}-${slider}`);
  const handler: number[] = [];
  // Keyboard: 40 presses, back and forth.
  await listen(page, `#${id}-${slider}`, "keydown");
  await range.focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 2 ? "ArrowLeft" : "ArrowRight");
    await page.waitForTimeout(30);
    handler.push(Number(await live.getAttribute("data-render-ms")));
  }
  const key = await latencies(page);
  // Mouse: drag the thumb across a third of the slider and back, one frame per move.
  await listen(page, `#${id}-${slider}`, "input");
  const box = await range.boundingBox();
  if (!box) throw new Error(`no slider #${id}-${slider}`);
  const value = Number(await range.inputValue());
  const [min, max] = [Number(await range.getAttribute("min")), Number(await range.getAttribute("max"))];
  const x0 = box.x + 8 + ((value - min) / (max - min)) * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    const dx = (i <= 30 ? i : 60 - i) * (box.width / 90);
    await page.mouse.move(x0 + (x0 + dx > box.x + box.width - 4 ? -dx : dx), y);
    await page.waitForTimeout(20);
    handler.push(Number(await live.getAttribute("data-render-ms")));
  }
  await page.mouse.up();
  const drag = await latencies(page);
  return {
    "handler ms p50": pct(handler, 0.5).toFixed(2),
    "handler ms p95": pct(handler, 0.95).toFixed(2),
    "drag → frame p50": pct(drag, 0.5).toFixed(1),
    "drag → frame p95": pct(drag, 0.95).toFixed(1),
    "key → frame p50": pct(key, 0.5).toFixed(1),
    "key → frame p95": pct(key, 0.95).toFixed(1),
    samples: `${drag.length} drag, ${key.length} key`,
  };
}

const results: Record<string, Record<string, string>> = {};
const trajectory = "fig-momentum-eta-0-6-beta-0-5";
const wakeMs = await wakeFigure("en/basics/", "ml-trajectory", trajectory);
await page.locator(`ml-trajectory:has(#${trajectory}) [data-number="steps"]`).fill("100");
results["trajectory η (100 steps)"] = await measure("ml-trajectory", trajectory, "eta");

await wakeFigure("en/theory/", "ml-scalar", "fig-scalar-rates");
results["scalar λ"] = await measure("ml-scalar", "fig-scalar-rates", "lambda");
await wakeFigure("en/theory/", "ml-eigen", "fig-eigen-coordinates");
results["eigen κ"] = await measure("ml-eigen", "fig-eigen-coordinates", "kappa");
await wakeFigure("en/theory/", "ml-trajectory", "fig-region-trajectory");
results["region-linked trajectory β"] = await measure("ml-trajectory", "fig-region-trajectory", "beta");
await wakeFigure("en/playground/", "ml-playground", "fig-playground");
results["playground momentum η"] = await measure("ml-playground", "fig-playground", "momEta");
results["playground κ (level sets)"] = await measure("ml-playground", "fig-playground", "kappa");

console.table(results);
console.log(`load → first figure live (scrolled into view): ${wakeMs} ms`);
if (probe.errors.length) console.log("console errors:", probe.errors);
await browser.close();
await server.close();
