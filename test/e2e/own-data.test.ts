/**
 * Bring your own data (experiments page) in Chromium: a file or pasted text is read by the core's
 * parser (a malformed table is reported by line and column, nothing crashes), training runs in a
 * Web Worker with a live loss curve, Cancel stops it, and the final loss is the one the core computes
 * in Node for the same table, settings and seed. The figure starts from the book's airfoil data
 * (data/airfoil_self_noise.dat, shipped with the site), and the same file loaded by a reader
 * reproduces the book's losses; Auto MPG is the second sample.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseTable } from "momentum-live/core";
import type { Browser, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runJobNow, trainPresets } from "../../src/figures/own-data/model.ts";
import { showSig } from "../../src/i18n/format.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { finish, openFigure } from "./basics-probe.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const experiments = pagePath("en", "experiments");
/** 240 rows × (4 features + y), y linear in the features plus noise (generated with the core's xoshiro128, seed 42). */
const fixture = path.join(import.meta.dirname, "fixtures", "synthetic-regression.csv");
const airfoil = path.resolve(import.meta.dirname, "../../data/airfoil_self_noise.dat");

const open = (path = experiments) => openFigure({ browser, server }, path, "ml-own-data");

async function trainAndWait(live: Locator): Promise<number> {
  await live.locator('[data-action="train"]').click();
  await live.page().waitForSelector('ml-own-data[data-training="done"]', { timeout: 60_000 });
  return Number(await live.getAttribute("data-final-loss"));
}

describe("bring your own data", () => {
  it("a file is trained on in a worker: loss curve drawn, final loss as the core computes it in Node", async () => {
    const probe = await open();
    await probe.live.locator("[data-file]").setInputFiles(fixture);
    await expect
      .poll(() => probe.live.locator("[data-table]").textContent())
      .toContain("240 rows × 5 columns");
    expect(await probe.live.locator("[data-target]").inputValue()).toBe("4");
    await probe.live.locator("[data-number='eta']").fill("0.01");
    await probe.live.locator("[data-number='beta']").fill("0.9");
    await probe.live.locator("[data-number='epochs']").fill("3");
    await probe.live.locator("[data-number='seed']").fill("7");
    const loss = await trainAndWait(probe.live);

    const table = parseTable(readFileSync(fixture, "utf8"));
    const node = runJobNow({
      rows: table.rows,
      target: 4,
      n: 240,
      values: { eta: 0.01, beta: 0.9, batch: 10, epochs: 3, seed: 7 },
    });
    expect(node.error).toBeNull();
    expect(loss).toBe(node.finalLoss);
    expect(await probe.live.locator("[data-status]").textContent()).toContain(showSig(node.finalLoss, 4));
    expect(await probe.live.locator("[data-status]").textContent()).toContain(showSig(node.optimum ?? 0, 4));
    // the curve: one path for the loss (with a point per record) and one for the optimum
    const paths = await probe.live.locator("svg[role='img'] path").count();
    expect(paths).toBeGreaterThanOrEqual(2);
    const caption = await probe.live.locator("[data-state-caption]").textContent();
    expect(caption).toContain("η = 0.01, β = 0.9, batch 10, 3 epochs, seed 7");
    expect(caption).toContain("synthetic-regression.csv");

    // another target column: trained on, and again the core's number
    await probe.live.locator("[data-target]").selectOption("0");
    const other = await trainAndWait(probe.live);
    expect(other).toBe(
      runJobNow({
        rows: table.rows,
        target: 0,
        n: 240,
        values: { eta: 0.01, beta: 0.9, batch: 10, epochs: 3, seed: 7 },
      }).finalLoss,
    );
    await finish(probe);
  });

  it("a malformed table is reported with its line and column, and nothing crashes", async () => {
    const probe = await open();
    await probe.live.locator("[data-paste]").fill("a,b,c\n1,2,3\n4,x,6\n");
    await probe.live.locator('[data-action="paste"]').click();
    await expect.poll(() => probe.live.getAttribute("data-error")).toBe("3:2");
    const text = await probe.live.locator("[data-status]").textContent();
    expect(text).toContain("line 3, column 2");
    await probe.live.locator("[data-paste]").fill("1,2,3\n4,5\n");
    await probe.live.locator('[data-action="paste"]').click();
    await expect.poll(() => probe.live.getAttribute("data-error")).toBe("2:3");
    // the previous (sample) table is still there and trains
    expect(await trainAndWait(probe.live)).toBeGreaterThan(0);
    await finish(probe);
  });

  it("Cancel stops a long run at once", async () => {
    const probe = await open();
    // 100 000 rows × 6 columns, 20 epochs of single-example steps: seconds of work for the worker
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      [i % 7, (i * 13) % 11, (i * 7) % 5, i % 3, (i * 17) % 19, (i % 7) + ((i * 13) % 11)].join(","),
    );
    await probe.live
      .locator("[data-file]")
      .setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
    await expect.poll(() => probe.live.locator("[data-table]").textContent()).toContain("100000 rows");
    await probe.live.locator("[data-number='epochs']").fill("20");
    await probe.live.locator("[data-number='batch']").fill("1");
    await probe.live.locator('[data-action="train"]').click();
    await probe.live.locator('[data-action="cancel"]').click();
    expect(await probe.live.getAttribute("data-training")).toBe("cancelled");
    expect(await probe.live.locator("[data-status]").textContent()).toBe("Cancelled.");
    expect(await probe.live.locator('[data-action="train"]').isEnabled()).toBe(true);
    await probe.page.waitForTimeout(500);
    expect(await probe.live.getAttribute("data-final-loss")).toBeNull(); // the worker is gone
    await finish(probe);
  });

  it("starts from the book's airfoil data (first 1500 rows); Auto MPG is the second sample", async () => {
    const probe = await open();
    expect(await probe.live.locator("[data-table]").textContent()).toContain("1503 rows × 6 columns");
    expect(await probe.live.locator("[data-rows]").inputValue()).toBe("1500");
    expect(await probe.live.locator("figcaption").textContent()).toContain("first 1500 of 1503 rows");
    const node = runJobNow({
      rows: parseTable(readFileSync(airfoil, "utf8")).rows,
      target: 5,
      n: 1500,
      values: trainPresets[0],
    });
    expect(await probe.live.locator("[data-status]").textContent()).toContain(showSig(node.finalLoss, 4));
    await probe.live.locator('[data-action="sample-mpg"]').click();
    await expect
      .poll(() => probe.live.locator("[data-table]").textContent())
      .toContain("392 rows × 7 columns");
    expect(await probe.live.locator("[data-rows]").inputValue()).toBe("392");
    await probe.live.locator('[data-action="sample"]').click();
    await expect.poll(() => probe.live.locator("[data-rows]").inputValue()).toBe("1500");
    await finish(probe);
  });

  it("the airfoil file with the book's settings reproduces the book's losses", async () => {
    const probe = await open();
    await probe.live.locator("[data-file]").setInputFiles(airfoil);
    await expect
      .poll(() => probe.live.locator("[data-table]").textContent())
      .toContain("1503 rows × 6 columns");
    await probe.live.locator("[data-rows]").fill("1500");
    for (let i = 0; i < trainPresets.length; i++) {
      await probe.live.locator(`[data-preset="${i}"]`).click();
      const loss = await trainAndWait(probe.live);
      expect(loss).toBeGreaterThan(0.24);
      expect(loss).toBeLessThan(0.26);
      expect(Number(await probe.live.getAttribute("data-optimum"))).toBeCloseTo(0.2417, 4);
    }
    await finish(probe);
  });
});
