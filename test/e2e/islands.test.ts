/**
 * Live trajectory figures in Chromium: they wake when scrolled into view, the controls drive the
 * core (readouts and caption match what the core computes here), the start point drags and moves
 * with the keyboard, presets restore, settings survive a reload through the URL, bad links are
 * clamped with a notice, and without JavaScript every figure is still there. That every live figure
 * of the chapter wakes without errors is checked by a11y.test.ts, in the walk of every page it makes
 * for axe.
 */

import { bookObjective, gd, momentum, optimalFor, run } from "momentum-live/core";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { computeRuns, readouts, readoutText } from "../../src/figures/trajectory/runs.ts";
import { bookState, captionText, type LiveConfig } from "../../src/figures/trajectory/state.ts";
import { tidy } from "../../src/i18n/format.ts";
import type { LiveStrings } from "../../src/i18n/views.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { openProbe, type PageProbe } from "./browser.ts";
import { inlineDrawings } from "./drawings.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const momentumFigure = "fig-momentum-eta-0-6-beta-0-5";
const gdFigure = "fig-gd-eta-0-4";
const basics = pagePath("en", "basics");

/** Opens `path` and scrolls figure `id` into view until its island is awake. */
async function open(
  path: string,
  id: string,
  query = "",
  options: Parameters<typeof openProbe>[2] = {},
): Promise<PageProbe & { live: ReturnType<Page["locator"]> }> {
  const probe = await openProbe(browser, server.origin, options);
  await probe.page.goto(server.url + path + query, { waitUntil: "load" });
  const live = probe.page.locator(`ml-trajectory:has(#${id})`);
  await live.scrollIntoViewIfNeeded();
  await probe.page.waitForSelector(`ml-trajectory:has(#${id})[data-live="ready"]`, { timeout: 15_000 });
  return { ...probe, live };
}

async function configOf(live: ReturnType<Page["locator"]>) {
  const config = JSON.parse((await live.getAttribute("data-config")) ?? "null") as LiveConfig;
  const t = JSON.parse((await live.getAttribute("data-strings")) ?? "null") as LiveStrings;
  return { config, t };
}

async function finish(probe: PageProbe): Promise<void> {
  await probe.page.waitForLoadState("networkidle");
  expect(probe.errors).toEqual([]);
  expect(probe.foreign).toEqual([]);
  await probe.context.close();
}

describe("live trajectory figures", () => {
  it("stay static until scrolled near, and load little JavaScript up front", async () => {
    const probe = await openProbe(browser, server.origin);
    await probe.page.goto(server.url + basics, { waitUntil: "load" });
    await probe.page.waitForLoadState("networkidle");
    const states = await probe.page
      .locator("ml-trajectory")
      .evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.live));
    expect(states.length).toBe(4);
    expect(states).toContain("waiting"); // figures far below the fold have not woken
    expect(probe.requests.some((u) => /\/_astro\/trajectory\.[^/]+\.js$/.test(u))).toBe(false);
    await finish(probe);
  });

  it("a page opened at a figure's anchor, or opening with its figure, preloads that figure's island, and only then", async () => {
    const probe = await openProbe(browser, server.origin);
    const preloads = () =>
      probe.page
        .locator('link[rel="modulepreload"][data-anchor]')
        .evaluateAll((all) => all.map((l) => new URL((l as HTMLLinkElement).href).pathname.split("/").pop()));
    /** An island's chunk, then the shared chunks it imports (the kit, then Observable Plot). */
    const chunksOf = (island: string) =>
      [island, "live", "plot"].map((name) => expect.stringMatching(new RegExp(`^${name}\\.`)));
    await probe.page.goto(`${server.url}${pagePath("en", "theory")}#fig-scalar-rates`, { waitUntil: "load" });
    await expect.poll(preloads).toEqual(chunksOf("theory"));
    await probe.page.waitForSelector('ml-scalar[data-live="ready"]');
    // The island imported what was preloaded: no second copy of a chunk was requested.
    const chunks = probe.requests.filter((u) => /\/_astro\/(theory|live|plot)\./.test(u));
    expect(new Set(chunks).size).toBe(chunks.length);
    await probe.page.goto(`${server.url}${basics}#${momentumFigure}`, { waitUntil: "load" });
    await expect.poll(preloads).toEqual(chunksOf("trajectory"));
    // Another anchor, or none: nothing is preloaded.
    for (const hash of ["#the-momentum-method", ""]) {
      await probe.page.goto("about:blank"); // a new document, not a jump within this one
      await probe.page.goto(`${server.url}${basics}${hash}`, { waitUntil: "load" });
      await probe.page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
      );
      expect(await preloads(), hash).toEqual([]);
    }
    // The playground opens with its figure: its island is preloaded without an anchor.
    const before = probe.requests.length;
    await probe.page.goto(`${server.url}${pagePath("en", "playground")}`, { waitUntil: "load" });
    await expect.poll(preloads).toEqual(chunksOf("playground"));
    await probe.page.waitForSelector('ml-playground[data-live="ready"]');
    const playground = probe.requests
      .slice(before)
      .filter((u) => /\/_astro\/(playground|live)\.[\w-]+\.js$/.test(u));
    expect(playground.length).toBe(2); // each chunk once: the island took the preloaded module
    // The promise the registration took the module from.
    expect(
      await probe.page.evaluate(() => {
        const islands = (self as { __mlIslands?: Record<string, Promise<unknown>> }).__mlIslands;
        return Object.keys(islands ?? {});
      }),
    ).toEqual(["playground"]);
    await finish(probe);
  });

  it("the η slider moves with the keyboard; readout and caption are what the core computes", async () => {
    const probe = await open(basics, momentumFigure);
    const { config, t } = await configOf(probe.live);
    await probe.page.locator(`#${momentumFigure}-eta`).focus();
    for (let i = 0; i < 3; i++) await probe.page.keyboard.press("ArrowRight");
    const state = { ...bookState(config), eta: 0.63 };
    const expected = run(bookObjective, momentum({ eta: 0.63, beta: 0.5 }), { start: [-5, -2], steps: 20 });
    const readout = readouts(config, state, computeRuns(config, state), t)[0];
    expect(readout.f).toBe(expected.points[expected.points.length - 1].f);
    await expect
      .poll(() => probe.live.locator("[data-readouts] li[data-run='0'] [data-readout]").textContent())
      .toBe(readoutText(readout, t));
    await expect
      .poll(() => probe.live.locator("[data-state-caption]").textContent())
      .toBe(captionText(config, state, t).text);
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain("η = 0.63, β = 0.5");
    await expect.poll(() => probe.live.locator("[data-changed]").isVisible()).toBe(true);
    expect(await probe.live.locator(`[data-number="eta"]`).inputValue()).toBe("0.63");
    await expect.poll(() => probe.page.url()).toContain(`${momentumFigure}=`);
    await finish(probe);
  });

  it("applies a 100-step setting typed into the steps field", async () => {
    const probe = await open(basics, momentumFigure);
    await probe.live.locator(`[data-number="steps"]`).fill("100");
    await probe.page.locator(`#${momentumFigure}-eta`).focus();
    await probe.page.keyboard.press("ArrowRight");
    expect(await probe.live.getAttribute("data-state")).toContain("steps:100");
    await finish(probe);
  });

  it("overlays gradient descent with the same η on request, in the readouts, caption and link", async () => {
    const probe = await open(basics, momentumFigure);
    const compare = probe.live.locator(`[data-control="compare"]`);
    const gdItem = probe.live.locator("[data-readouts] > li").nth(1);
    expect(await gdItem.isVisible()).toBe(false);
    await compare.check();
    await expect.poll(() => gdItem.isVisible()).toBe(true);
    const plain = run(bookObjective, gd({ eta: 0.6 }), { start: [-5, -2], steps: 20 });
    expect(Number(await gdItem.getAttribute("data-f"))).toBe(plain.points[plain.points.length - 1].f);
    expect(await gdItem.textContent()).toContain("GD, η = 0.6");
    const drawn = () =>
      probe.live
        .locator(".ml-overlay g.ml-runs[stroke] path")
        .evaluateAll((ps) => ps.filter((p) => p.getAttribute("d")).length);
    expect(await drawn()).toBe(2);
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain("; GD, η = 0.6;");
    // The author's caption describes the book's run only: it gives way while the setting differs.
    const bookCaption = probe.live.locator("[data-book-caption]");
    expect(await bookCaption.isVisible()).toBe(false);
    await probe.live.locator("[data-preset='book']").click();
    await expect.poll(() => bookCaption.isVisible()).toBe(true);
    await compare.check();
    await expect.poll(() => probe.page.url()).toContain("compare:1");
    // The link draws both again.
    const again = await open(basics, momentumFigure, new URL(probe.page.url()).search);
    expect(await again.live.locator(`[data-control="compare"]`).isChecked()).toBe(true);
    expect(await again.live.locator("[data-readouts] > li").nth(1).isVisible()).toBe(true);
    await finish(again);
    // Gradient descent has nothing to compare with.
    await probe.live.locator(`[data-control="method"]`).selectOption("gd");
    expect(await compare.isDisabled()).toBe(true);
    await expect.poll(() => gdItem.isVisible()).toBe(false);
    await expect.poll(drawn).toBe(1);
    await finish(probe);
  });

  it("draws each method in its own colour, built and awake: gradient descent keeps its colour when compared", async () => {
    // The build's drawings, without JavaScript (the dark theme, Starlight's default without it).
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(server.url + basics);
    await inlineDrawings(page);
    const built = (id: string) =>
      page
        .locator(`#${id} .figure-plot svg g.ml-runs[stroke]`)
        .evaluateAll((gs) => gs.map((g) => getComputedStyle(g).stroke));
    const [builtGd] = await built(gdFigure);
    const [builtMomentum] = await built(momentumFigure);
    await context.close();
    expect(builtGd).toMatch(/^rgb/);
    expect(builtMomentum).not.toBe(builtGd);

    const probe = await open(basics, momentumFigure, "", { colorScheme: "dark" });
    const strokes = () =>
      probe.live
        .locator(".ml-overlay g.ml-runs[stroke] path")
        .evaluateAll((ps) => ps.filter((p) => p.getAttribute("d")).map((p) => getComputedStyle(p).stroke));
    const keys = () =>
      probe.live
        .locator("[data-readouts] > li:not([hidden]) .ml-run-label")
        .evaluateAll((ls) => ls.map((l) => getComputedStyle(l).borderLeftColor));
    const method = probe.live.locator('[data-control="method"]');
    // Awake, the run keeps the colour the build gave it, and its key says the same.
    expect(await strokes()).toEqual([builtMomentum]);
    expect(await keys()).toEqual([builtMomentum]);
    // Gradient descent as the figure's own run…
    await method.selectOption("gd");
    await expect.poll(strokes).toEqual([builtGd]);
    expect(await keys()).toEqual([builtGd]);
    // …and as the comparison drawn beside momentum: the same colour, though it is now the second run.
    await method.selectOption("momentum");
    // Back from gradient descent (β = 0), momentum takes the book's β rather than equal GD.
    expect(await probe.live.getAttribute("data-state")).toContain("method:momentum,eta:0.6,beta:0.5,");
    await probe.live.locator('[data-control="compare"]').check();
    await expect.poll(strokes).toEqual([builtMomentum, builtGd]);
    expect(await keys()).toEqual([builtMomentum, builtGd]);
    // The light theme: other values of the same two colours, still each method's own.
    await probe.page.evaluate(() => {
      document.documentElement.dataset.theme = "light";
    });
    const light = await probe.page.evaluate(() =>
      ["--ml-momentum", "--ml-gd"].map((v) => {
        const probeEl = document.body.appendChild(document.createElement("span"));
        probeEl.style.color = `var(${v})`;
        const colour = getComputedStyle(probeEl).color;
        probeEl.remove();
        return colour;
      }),
    );
    expect(light).not.toEqual([builtMomentum, builtGd]);
    expect(await strokes()).toEqual(light);
    expect(await keys()).toEqual(light);
    await finish(probe);
  });

  it("a finger drags the start point on a phone, and the page does not scroll instead", async () => {
    const probe = await openProbe(browser, server.origin, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await probe.page.goto(server.url + basics, { waitUntil: "load" });
    const live = probe.page.locator(`ml-trajectory:has(#${momentumFigure})`);
    await live.scrollIntoViewIfNeeded();
    await probe.page.waitForSelector(`ml-trajectory:has(#${momentumFigure})[data-live="ready"]`);
    const box = await live.locator(".ml-handle").boundingBox();
    if (!box) throw new Error("no handle");
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const scrolled = await probe.page.evaluate(() => scrollY);
    const cdp = await probe.context.newCDPSession(probe.page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", dx: number, dy: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: x + dx, y: y + dy }],
      });
    await touch("touchStart", 0, 0);
    for (let k = 1; k <= 8; k++) await touch("touchMove", 5 * k, -10 * k); // up and to the right
    await touch("touchEnd", 0, 0);
    // The handle's centre, drawn at the next frame, is where the finger left it.
    const centre = async () => {
      const b = await live.locator(".ml-handle").boundingBox();
      return b ? [Math.round(b.x + b.width / 2 - x), Math.round(b.y + b.height / 2 - y)] : null;
    };
    await expect.poll(async () => (await centre())?.[1]).toBeLessThan(-77);
    const [dx, dy] = (await centre()) ?? [0, 0];
    expect(Math.abs(dx - 40)).toBeLessThan(3);
    expect(Math.abs(dy + 80)).toBeLessThan(3);
    expect(await probe.page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await live.getAttribute("data-state")).not.toContain("x0:-5,-2");
    await finish(probe);
  });

  it("the start point drags, moves with the arrow keys, and the Book preset restores everything", async () => {
    const probe = await open(basics, gdFigure);
    const { config, t } = await configOf(probe.live);
    const start = probe.live.locator("[data-start]");
    expect(await start.textContent()).toBe("(−5, −2)");
    const handle = probe.live.locator(".ml-handle");
    const box = await handle.boundingBox();
    if (!box) throw new Error("no handle");
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await probe.page.mouse.move(cx, cy);
    await probe.page.mouse.down();
    await probe.page.mouse.move(cx + 40, cy - 30, { steps: 4 });
    await probe.page.mouse.up();
    // Redraws happen in the next animation frame: poll for what the reader sees.
    await expect.poll(() => start.textContent()).not.toBe("(−5, −2)");
    const dragged = await start.textContent();
    expect(await probe.live.locator("[data-state-caption]").textContent()).toContain(`start ${dragged}`);

    await handle.focus();
    await probe.page.keyboard.press("ArrowUp");
    const [x, y] = (await probe.live.getAttribute("data-state"))!
      .match(/x0:([^,]+),([^,]+)$/)!
      .slice(1)
      .map(Number);
    await expect
      .poll(() => start.textContent())
      .toBe(`(${String(x).replace("-", "−")}, ${String(y).replace("-", "−")})`);

    await probe.live.locator("[data-preset='book']").click();
    await expect.poll(() => start.textContent()).toBe("(−5, −2)");
    expect(await probe.live.locator("[data-state-caption]").textContent()).toBe(
      captionText(config, bookState(config), t).text,
    );
    expect(await probe.live.locator("[data-changed]").isVisible()).toBe(false);
    await expect.poll(() => probe.page.url()).not.toContain(gdFigure);
    await finish(probe);
  });

  it("settings survive a reload through the URL", async () => {
    const probe = await open(basics, momentumFigure);
    await probe.live.locator(`[data-control="method"]`).selectOption("nesterov");
    await probe.live.locator(`[data-number="eta"]`).fill("0.3");
    await probe.live.locator(`[data-number="steps"]`).fill("35");
    await expect.poll(() => probe.page.url()).toContain("steps:35,");
    const caption = await probe.live.locator("[data-state-caption]").textContent();
    const readout = await probe.live.locator("[data-readouts]").textContent();
    expect(caption).toContain("Nesterov, η = 0.3, β = 0.5");

    await probe.page.goto(probe.page.url(), { waitUntil: "load" });
    const live = probe.page.locator(`ml-trajectory:has(#${momentumFigure})`);
    await live.scrollIntoViewIfNeeded();
    await probe.page.waitForSelector(`ml-trajectory:has(#${momentumFigure})[data-live="ready"]`);
    expect(await live.locator("[data-state-caption]").textContent()).toBe(caption);
    expect(await live.locator("[data-readouts]").textContent()).toBe(readout);
    expect(await live.locator(`[data-control="method"]`).inputValue()).toBe("nesterov");
    expect(await live.locator(`[data-number="steps"]`).inputValue()).toBe("35");
    expect(await live.locator("[data-notice]").isVisible()).toBe(false);
    await finish(probe);
  });

  it("a garbage link is clamped and ignored with a notice, and nothing crashes", async () => {
    const probe = await open(
      basics,
      momentumFigure,
      `?${momentumFigure}=eta:abc,beta:7,steps:9999,x0:-40,zz`,
    );
    expect(await probe.live.locator("[data-notice]").isVisible()).toBe(true);
    const state = await probe.live.getAttribute("data-state");
    expect(state).toContain("eta:0.6,"); // unreadable: the book's value
    expect(state).toContain("beta:0.99,"); // out of range: clamped
    expect(state).toContain("steps:200,");
    expect(state).toContain("x0:-5,-2"); // malformed pair: ignored
    expect(await probe.live.locator(`[data-number="beta"]`).inputValue()).toBe("0.99");
    await finish(probe);

    const gd = await open(basics, gdFigure, `?${gdFigure}=eta:abc,beta:7`);
    expect(await gd.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await gd.live.getAttribute("data-state")).toContain("method:gd,eta:0.4,beta:0,");
    expect(await gd.live.locator(`[data-control="beta"]`).isDisabled()).toBe(true);
    await finish(gd);
  });

  it("the Optimal preset gives the method shown its optimum (GD's 2/(λmin + λmax), Polyak's, Nesterov's), and Reset returns to the link's settings", async () => {
    const probe = await open(basics, gdFigure, `?${gdFigure}=eta:0.5`);
    const optimal = probe.live.locator("[data-preset='optimal']");
    await optimal.click();
    expect(await probe.live.getAttribute("data-state")).toContain(`method:gd,eta:${tidy(2 / 4.2)},beta:0,`);
    for (const method of ["momentum", "nesterov"] as const) {
      await probe.live.locator(`[data-control="method"]`).selectOption(method);
      await optimal.click();
      const best = optimalFor(method, 0.2, 4);
      expect(await probe.live.getAttribute("data-state")).toContain(
        `method:${method},eta:${tidy(best.eta)},beta:${tidy(best.beta)},`,
      );
      // The optimum converges: no "diverged" in the readout.
      await expect.poll(() => probe.live.locator("[data-readouts]").textContent()).not.toContain("diverged");
    }
    await probe.live.locator("[data-preset='reset']").click();
    expect(await probe.live.getAttribute("data-state")).toContain("method:gd,eta:0.5,beta:0,");
    await finish(probe);
  });

  it("the Chinese page wakes the same figures with Chinese controls", async () => {
    const probe = await open(pagePath("zh", "basics"), momentumFigure);
    expect(await probe.live.locator(`label[for="${momentumFigure}-eta"]`).textContent()).toBe("学习率 η");
    expect(await probe.live.locator("[data-preset='book']").textContent()).toBe("原书");
    await probe.page.locator(`#${momentumFigure}-beta`).focus();
    await probe.page.keyboard.press("ArrowLeft");
    await expect.poll(() => probe.live.locator("[data-state-caption]").textContent()).toContain("β = 0.49");
    await finish(probe);
  });

  it("without JavaScript every figure is still drawn, and the inert controls are hidden", async () => {
    for (const page of ["basics", "nesterov", "summary"]) {
      const probe = await openProbe(browser, server.origin, { javaScriptEnabled: false });
      await probe.page.goto(server.url + pagePath("en", page), { waitUntil: "load" });
      await inlineDrawings(probe.page);
      const figures = await probe.page
        .locator("main .ml-figure")
        .evaluateAll((all) =>
          all.map(
            (f) =>
              f.querySelector(".figure-plot svg path") !== null && f.querySelector("[role=img]") !== null,
          ),
        );
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.every(Boolean)).toBe(true);
      const live = probe.page.locator("ml-trajectory");
      for (let i = 0; i < (await live.count()); i++) {
        expect(await live.nth(i).locator(".ml-controls").isVisible()).toBe(false);
        expect(await live.nth(i).locator(".ml-runs").count()).toBeGreaterThan(0); // the book's runs
      }
      await finish(probe);
    }
  });
});
