/**
 * `npm run bench:islands`: how fast the live figures answer their sliders, in Chromium on the built
 * site (`npm run build` first; `DIST_DIR=…` for another output directory; `ROUNDS=n` repeats the
 * load measurements, default 7). For each figure:
 *   - handler: the island's own redraw time per input (data-render-ms);
 *   - drag → frame: dragging the slider's thumb with the mouse, from the input event's time stamp
 *     to just after the frame that shows it has been painted;
 *   - key → frame: an arrow key on the slider, split in two. "wait" is from the key press to the
 *     start of the next frame's animation callbacks: key presses arrive at any moment between two
 *     frames, so this is 0 to 16.7 ms at 60 Hz and no figure can shorten it. "work" is from there to
 *     just after paint: the figure's redraw plus style, layout and paint, which is ours to cut.
 * Then, for pages whose figure is in view when they load (the playground; a chapter page opened at
 * a figure's anchor): navigation → island live (data-live="ready") and load event → island live
 * (negative when the island is live before the load event), and the painted frame showing a key
 * press on its slider sent as soon as the slider takes focus (which may be before the load event) (from the key's time stamp: the
 * bench's own round trips between the two are not the page's). `PART=frames` or
 * `PART=load` runs one half; `ONLY=step,eigen` measures only the figures whose row name contains
 * one of those words (the others are not even opened). The site is served by a process of its own (bench/serve-child.ts), as
 * a reader's localhost server would be.
 */
import type { Page } from "playwright-core";
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveApart } from "./serve-child.ts";

const server = await serveApart(process.env.DIST_DIR ?? "dist");
const browser = await launch();
const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 900 } });
const { page } = probe;

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] : Number.NaN;

interface Frame {
  /** Event time stamp → start of the next frame's animation callbacks. */
  wait: number;
  /** Start of those callbacks → the task right after that frame's paint. */
  work: number;
}

/** Records, for every `type` event on the element, the wait for the next frame and that frame's work. */
async function listen(page: Page, selector: string, type: string): Promise<void> {
  await page.evaluate(
    ([selector, type]) => {
      const w = window as unknown as { frames: Frame[] };
      w.frames = [];
      document.querySelector(selector)?.addEventListener(
        type,
        (event) => {
          const t0 = event.timeStamp;
          // Registered before the island's own callback, so it runs first in that frame.
          requestAnimationFrame(() => {
            const t1 = performance.now();
            setTimeout(() => w.frames.push({ wait: t1 - t0, work: performance.now() - t1 }), 0);
          });
        },
        { capture: true },
      );
    },
    [selector, type] as const,
  );
}

const frames = (page: Page) => page.evaluate(() => (window as unknown as { frames: Frame[] }).frames);

async function wakeFigure(path: string, tag: string, id: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  const live = page.locator(`${tag}:has(#${id})`);
  await live.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${tag}:has(#${id})[data-live="ready"]`);
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
  const key = await frames(page);
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
  const drag = (await frames(page)).map((f) => f.wait + f.work);
  const keyTotal = key.map((f) => f.wait + f.work);
  const keyWork = key.map((f) => f.work);
  const keyWait = key.map((f) => f.wait);
  const p = (xs: number[], q: number, digits = 1) => pct(xs, q).toFixed(digits);
  return {
    "handler p50/p95": `${p(handler, 0.5, 2)} / ${p(handler, 0.95, 2)}`,
    "drag → frame p50/p95": `${p(drag, 0.5)} / ${p(drag, 0.95)}`,
    "key: wait p50/p95": `${p(keyWait, 0.5)} / ${p(keyWait, 0.95)}`,
    "key: work p50/p95": `${p(keyWork, 0.5)} / ${p(keyWork, 0.95)}`,
    "key → frame p50/p95": `${p(keyTotal, 0.5)} / ${p(keyTotal, 0.95)}`,
    samples: `${drag.length} drag, ${key.length} key`,
  };
}

/**
 * Opens `path` with its figure in view: load event → island live, and load → painted frame of a
 * key press on `slider` sent as soon as it can take focus. Fresh context each time (cold cache).
 * Nothing of Playwright's runs in the page between navigation and that frame: its locators and
 * `waitForFunction` first inject Playwright's own script (about 35 ms of evaluation on this
 * machine, right when the island's module is due), which no reader's browser runs. The page
 * itself focuses the slider and reports by console messages; the key is sent by CDP input.
 */
async function firstInteraction(path: string, tag: string, id: string, slider: string) {
  // A plain context: the probe's request interception (which confines requests to the site) makes
  // every request a round trip through Playwright, tens of ms that no reader's browser spends.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const errors: string[] = [];
  const said = new Map<string, () => void>();
  const heard = (text: string) =>
    new Promise<void>((resolve, reject) => {
      said.set(text, resolve);
      setTimeout(() => reject(new Error(`${path}: no "${text}" within 20 s ${errors.join("; ")}`)), 20_000);
    });
  p.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : said.get(m.text())?.()));
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("request", (r) => !r.url().startsWith(server.origin) && errors.push(`foreign request ${r.url()}`));
  await p.addInitScript(
    ([tag, id, slider]) => {
      const w = window as unknown as { marks: Record<string, number> };
      w.marks = {};
      addEventListener("load", () => {
        w.marks.load = performance.now();
      });
      // Live: then the slider is focused as soon as it is enabled (polled once per frame).
      const focus = () => {
        const input = document.getElementById(`${id}-${slider}`) as HTMLInputElement | null;
        if (!input || input.disabled) return void requestAnimationFrame(focus);
        input.focus();
        console.log("bench:focused");
      };
      const observer = new MutationObserver(() => {
        const el = document.getElementById(id)?.closest(tag) as HTMLElement | null;
        if (el?.dataset.live !== "ready") return;
        w.marks.ready = performance.now();
        observer.disconnect();
        focus();
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-live"] });
      addEventListener(
        "keydown",
        (event) => {
          w.marks.key = event.timeStamp;
          requestAnimationFrame(() =>
            setTimeout(() => {
              w.marks.shown = performance.now();
              console.log("bench:shown");
            }, 0),
          );
        },
        { capture: true, once: true },
      );
    },
    [tag, id, slider] as const,
  );
  const focused = heard("bench:focused");
  const shown = heard("bench:shown");
  await p.goto(`${server.url}${path}`, { waitUntil: "commit" });
  await focused;
  await p.keyboard.press("ArrowRight");
  await shown;
  await p.waitForLoadState("load"); // the figure may be live, and the key answered, before it
  const marks = await p.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
  if (errors.length) console.log("errors:", errors);
  await context.close();
  return { nav: marks.ready, live: marks.ready - marks.load, key: marks.shown - marks.key };
}

const part = process.env.PART ?? "all";
const results: Record<string, Record<string, string>> = {};
const trajectory = "fig-momentum-eta-0-6-beta-0-5";
/** The figures `ONLY` asks for (all without it): a row whose name contains one of its words. */
const only = (process.env.ONLY ?? "").split(",").filter(Boolean);
const wanted = (...names: string[]) => !only.length || names.some((n) => only.some((w) => n.includes(w)));
/** Measures the rows of one figure's page that `ONLY` asks for (opening the page only then). */
async function figure(path: string, tag: string, id: string, rows: [name: string, slider: string][]) {
  const asked = rows.filter(([name]) => wanted(name));
  if (!asked.length) return;
  await wakeFigure(path, tag, id);
  for (const [name, slider] of asked) results[name] = await measure(tag, id, slider);
}
if (part !== "load") {
  if (wanted("trajectory η (100 steps)")) {
    await wakeFigure("en/basics/", "ml-trajectory", trajectory);
    await page.locator(`ml-trajectory:has(#${trajectory}) [data-number="steps"]`).fill("100");
    results["trajectory η (100 steps)"] = await measure("ml-trajectory", trajectory, "eta");
  }
  await figure("en/basics/", "ml-step", "fig-momentum-step", [["momentum step t", "t"]]);
  await figure("en/basics/", "ml-weights", "fig-weights-live", [
    ["weights β", "beta"],
    ["weights N (redraws the x axis)", "n"],
  ]);
  await figure("en/basics/", "ml-noise", "fig-noise", [["noise σ (2 runs + 2 × 64-run spreads)", "sigma"]]);
  await figure("en/theory/", "ml-scalar", "fig-scalar-rates", [
    ["scalar λ", "lambda"],
    ["scalar steps (redraws the x axis)", "steps"],
  ]);
  await figure("en/theory/", "ml-eigen", "fig-eigen-coordinates", [
    ["eigen κ", "kappa"],
    ["eigen η (the run alone)", "eta"],
  ]);
  await figure("en/theory/", "ml-trajectory", "fig-region-trajectory", [
    ["region-linked trajectory β", "beta"],
  ]);
  await figure("en/playground/", "ml-playground", "fig-playground", [
    ["playground momentum η", "momEta"],
    ["playground κ (level sets)", "kappa"],
  ]);
  await figure("en/experiments/", "ml-loss", "fig-loss-live", [
    ["loss curves η (trains 1500 × 2 epochs)", "eta"],
  ]);
  console.table(results);
}

const rounds = part === "frames" ? 0 : Number(process.env.ROUNDS ?? 7);
const loads: Record<string, Record<string, string>> = {};
for (const [name, path, tag, id, slider] of [
  ["playground", "en/playground/", "ml-playground", "fig-playground", "kappa"],
  ["theory at #fig-scalar-rates", "en/theory/#fig-scalar-rates", "ml-scalar", "fig-scalar-rates", "lambda"],
  ["basics at #" + trajectory, `en/basics/#${trajectory}`, "ml-trajectory", trajectory, "eta"],
] as const) {
  const nav: number[] = [];
  const live: number[] = [];
  const shown: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const m = await firstInteraction(path, tag, id, slider);
    nav.push(m.nav);
    live.push(m.live);
    shown.push(m.key);
  }
  const spread = (xs: number[]) =>
    `${pct(xs, 0.5).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  loads[name] = {
    "navigation → live p50 (min–max)": spread(nav),
    "load → live p50 (min–max)": spread(live),
    "first key → frame p50 (min–max)": spread(shown),
  };
}
if (rounds) console.table(loads);
if (probe.errors.length) console.log("console errors:", probe.errors);
await browser.close();
await server.close();
