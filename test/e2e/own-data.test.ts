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
import { runJobNow, trainJob, trainPresets } from "../../src/figures/own-data/model.ts";
import { flatTable } from "../../src/figures/own-data/read.ts";
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

    const table = flatTable(parseTable(readFileSync(fixture, "utf8")));
    const settings = { eta: 0.01, beta: 0.9, batch: 10, epochs: 3, seed: 7 };
    const node = runJobNow(trainJob(table, 4, 240, settings));
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
    expect(other).toBe(runJobNow(trainJob(table, 0, 240, settings)).finalLoss);
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

  it("a first row of numbers and NaN is data: the NaN is named by line and column", async () => {
    const probe = await open();
    await probe.live.locator("[data-paste]").fill("1,NaN\n2,3\n4,5");
    await probe.live.locator('[data-action="paste"]').click();
    await expect.poll(() => probe.live.getAttribute("data-error")).toBe("1:2");
    expect(await probe.live.locator("[data-status]").textContent()).toBe(
      'Could not read the table: line 1, column 2: "NaN" marks a missing value, not a number',
    );
    await finish(probe);
  });

  it("quoted fields with the delimiter are one field; an error names its line; a good table clears the error", async () => {
    const probe = await open();
    const file = (text: string) => ({ name: "speeds.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await probe.live
      .locator("[data-file]")
      .setInputFiles(file('"speed, m/s",noise,"y"\n1,2,3\n2,5,4\n3,x,8\n'));
    await expect.poll(() => probe.live.getAttribute("data-error")).toBe("4:2");
    await probe.live
      .locator("[data-file]")
      .setInputFiles(file('"speed, m/s",noise,"y"\n1,2,3\n2,5,4\n3,4,8\n4,1,9\n'));
    await expect.poll(() => probe.live.locator("[data-table]").textContent()).toContain("4 rows × 3 columns");
    expect(await probe.live.getAttribute("data-error")).toBeNull();
    expect(await probe.live.locator("[data-target] option").allTextContents()).toEqual([
      "speed, m/s",
      "noise",
      "y",
    ]);
    expect(await trainAndWait(probe.live)).toBeGreaterThan(0);
    await finish(probe);
  });

  it("a Latin-1 file is read with its names intact and a notice; a constant column and 1e300 are refused when read", async () => {
    const probe = await open();
    const latin1 = Buffer.from("d\u00e9bit;bruit\n1;2\n2;5\n3;4\n", "latin1");
    await probe.live
      .locator("[data-file]")
      .setInputFiles({ name: "mesures.csv", mimeType: "text/csv", buffer: latin1 });
    await expect.poll(() => probe.live.locator("[data-table]").textContent()).toContain("3 rows × 2 columns");
    expect(await probe.live.locator("[data-target] option").allTextContents()).toEqual(["débit", "bruit"]);
    expect(await probe.live.locator("[data-status]").textContent()).toContain("read as Windows-1252");

    await probe.live.locator("[data-paste]").fill("x,bias,y\n1,0.1,2\n2,0.1,3\n3,0.1,5\n");
    await probe.live.locator('[data-action="paste"]').click();
    await expect.poll(() => probe.live.getAttribute("data-error")).toBe("constant");
    expect(await probe.live.locator("[data-status]").textContent()).toContain("column 2 (bias)");

    await probe.live.locator("[data-paste]").fill("x,y\n1,2\n1e300,3\n4,5\n");
    await probe.live.locator('[data-action="paste"]').click();
    await expect.poll(() => probe.live.getAttribute("data-error")).toBe("3:1");
    expect(await probe.live.locator("[data-status]").textContent()).toContain("too large to standardize");
    // The table read before the refusals is still the one in use.
    expect(await probe.live.locator("[data-table]").textContent()).toContain("3 rows × 2 columns");
    await finish(probe);
  });

  it("a 10 MB file is read in a worker with progress, and trains", async () => {
    const probe = await open();
    const rows = Array.from({ length: 330_000 }, (_, i) =>
      [(i % 97) / 7, ((i * 13) % 89) / 3, ((i * 7) % 83) / 11, ((i * 31) % 101) / 5].join(","),
    );
    const buffer = Buffer.from(`a,b,c,y\n${rows.join("\n")}\n`);
    expect(buffer.length).toBeGreaterThan(9_000_000);
    const statuses: string[] = [];
    await probe.page.exposeFunction("mlStatus", (text: string) => statuses.push(text));
    await probe.live.evaluate((live) => {
      const status = live.querySelector("[data-status]") as HTMLElement;
      new MutationObserver(() =>
        (window as unknown as { mlStatus(t: string): void }).mlStatus(status.textContent ?? ""),
      ).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await probe.live.locator("[data-file]").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer });
    await expect
      .poll(() => probe.live.locator("[data-table]").textContent(), { timeout: 30_000 })
      .toContain("330000 rows × 4 columns");
    expect(statuses.some((s) => /^Reading the table… [1-9]\d?%$/.test(s))).toBe(true);
    await probe.live.locator("[data-number='epochs']").fill("1");
    await probe.live.locator("[data-number='batch']").fill("200");
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
    const node = runJobNow(
      trainJob(flatTable(parseTable(readFileSync(airfoil, "utf8"))), 5, 1500, trainPresets[0]),
    );
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
    // The sample already is the airfoil table: wait for the file's name.
    await expect
      .poll(() => probe.live.locator("[data-table]").textContent())
      .toBe("airfoil_self_noise.dat: 1503 rows × 6 columns; target: column 6.");
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
