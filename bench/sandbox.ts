/**
 * `npm run bench:sandbox`: whether a reader's code can freeze the page, in Chromium on the built site
 * (`npm run build` first; DIST_DIR=… for another build; CASES=a,b to run some cases; ROUNDS=n
 * repeats each case, default 1). For each flood case the code is typed into an example's editor and
 * run; meanwhile the page is asked to answer (a round trip to its main thread) every 50 ms. Printed
 * per case: Run click → done, the longest main-thread task on the page while it ran (Long Tasks API,
 * which also counts a sandbox frame sharing the page's thread), the slowest answer, and what the
 * status line said. The targets (issue 20): no task over 200 ms, every answer within 500 ms.
 */
import type { Page } from "playwright-core";
import { launch, openProbe } from "../test/e2e/browser.ts";
import { serveApart } from "./serve-child.ts";

/** The flood cases: name → the code a reader might run (or share). */
export const floodCases: Record<string, string> = {
  "normal example": `import { bookObjective, gd, run } from "momentum-live/core";
const t = run(bookObjective, gd({ eta: 0.4 }), { start: [-5, -2], steps: 20 });
console.log(t.points.length);
export default t;`,
  "log 3e7 chars": "console.log('x'.repeat(3e7));",
  "200 lines × 200 KB": "const s = 'y'.repeat(2e5);\nfor (let i = 0; i < 200; i++) console.log(s);",
  "100k short lines": "for (let i = 0; i < 1e5; i++) console.log(i);",
  "result 1e8 chars": "export default 'x'.repeat(1e8);",
  "result 2M points":
    'export default { series: [{ label: "big", points: Array.from({ length: 2e6 }, (_, i) => [i, Math.sin(i / 1e4)]) }] };',
  "result 500 series":
    'export default { series: Array.from({ length: 500 }, (_, k) => ({ label: "s" + k, points: Array.from({ length: 400 }, (_, i) => [i, k + Math.sin(i / 9)]) })) };',
  "error 1e8 chars": "throw new Error('x'.repeat(1e8));",
  "late error 1e8 chars":
    "setTimeout(() => { throw new Error('x'.repeat(1e8)); }, 0);\nawait new Promise((r) => setTimeout(r, 2000));",
  "self.postMessage flood":
    "const s = 'z'.repeat(2e7);\nfor (let i = 0; i < 20; i++) (self as any).postMessage(s);",
};

export interface FloodTiming {
  case: string;
  /** Run click → data-run="done", ms. */
  runMs: number;
  /** Longest main-thread task on the page from the click to 1 s after done, ms (0: none over 50 ms). */
  longestTaskMs: number;
  /** Slowest round trip to the page's main thread meanwhile, ms. */
  slowestAnswerMs: number;
  status: string;
}

const EXAMPLE = "example-gd-eta-0-4";

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  const section = page.locator(`section#${EXAMPLE}`);
  for (let k = 0; k < 50; k++) {
    await section.locator(".ml-ex-bar").scrollIntoViewIfNeeded();
    if ((await section.locator("ml-example").getAttribute("data-live")) === "ready") break;
    await page.waitForTimeout(100);
  }
  await section.locator('[data-action="edit"]').click();
  await section.locator(".cm-content").waitFor();
}

async function setCode(page: Page, code: string): Promise<void> {
  const content = page.locator(`section#${EXAMPLE} .cm-content`);
  await content.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

export async function measureFlood(page: Page, name: string, code: string): Promise<FloodTiming> {
  await setCode(page, code);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: "longtask" });
  });
  const section = page.locator(`section#${EXAMPLE}`);
  const t0 = Date.now();
  await section.locator('[data-action="run"]').click();
  let slowest = 0;
  let doneAt = 0;
  const deadline = t0 + 90_000;
  while (Date.now() < deadline) {
    const s = Date.now();
    const run = await page.evaluate(
      (id) => document.querySelector(`section#${id} ml-example`)?.getAttribute("data-run"),
      EXAMPLE,
    );
    slowest = Math.max(slowest, Date.now() - s);
    if (run === "done" && !doneAt) doneAt = Date.now();
    if (doneAt && Date.now() - doneAt > 1000) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const status = (await section.locator("[data-status]").textContent()) ?? "";
  return {
    case: name,
    runMs: doneAt ? doneAt - t0 : Number.NaN,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    slowestAnswerMs: slowest,
    status: status.length > 160 ? `${status.slice(0, 160)}…` : status,
  };
}

const server = await serveApart(process.env.DIST_DIR ?? "dist");
const browser = await launch();
try {
  const wanted = process.env.CASES?.split(",").map((s) => s.trim());
  const rounds = Number(process.env.ROUNDS ?? 1);
  const results: FloodTiming[] = [];
  for (const [name, code] of Object.entries(floodCases)) {
    if (wanted && !wanted.includes(name)) continue;
    for (let r = 0; r < rounds; r++) {
      // A fresh page per case: a frozen page must not spoil the next case.
      const probe = await openProbe(browser, server.origin, { viewport: { width: 1280, height: 900 } });
      try {
        await openEditor(probe.page, `${server.url}en/basics/`);
        await setCode(probe.page, "console.log(1);");
        await probe.page.locator(`section#${EXAMPLE} [data-action="run"]`).click();
        await probe.page.waitForSelector(`section#${EXAMPLE} ml-example[data-run="done"]`);
        const timing = await measureFlood(probe.page, name, code).catch(
          (error: Error): FloodTiming => ({
            case: name,
            runMs: Number.NaN,
            longestTaskMs: Number.NaN,
            slowestAnswerMs: Number.NaN,
            status: `the page failed: ${error.message.split("\n")[0]}`,
          }),
        );
        results.push(timing);
        console.log(JSON.stringify(timing));
      } finally {
        await probe.context.close();
      }
    }
  }
  console.table(
    Object.fromEntries(
      results.map((r, i) => [
        `${r.case}${rounds > 1 ? ` #${(i % rounds) + 1}` : ""}`,
        {
          "run (ms)": r.runMs,
          "longest task (ms)": r.longestTaskMs,
          "slowest answer (ms)": r.slowestAnswerMs,
          "≤ 200 / ≤ 500": r.longestTaskMs <= 200 && r.slowestAnswerMs <= 500 ? "yes" : "NO",
        },
      ]),
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
