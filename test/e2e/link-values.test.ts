/**
 * What a link's values become in Chromium: a value between two slider positions is snapped to the
 * nearer one, shown the same in the slider and the number box, with the notice; and the scalar
 * figure's screen-reader summary of a diverging run reports |x_T| after the last step, not where
 * the core stopped the run.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { scalarSeries } from "../../src/figures/scalar/figure.ts";
import { showValue } from "../../src/i18n/format.ts";
import { pagePath } from "../../src/site/chapter.ts";
import { finish, openFigure } from "./basics-probe.ts";
import type { StaticServer } from "./server.ts";
import { useSite } from "./site.ts";

let server: StaticServer;
let browser: Browser;
useSite((site) => {
  ({ server, browser } = site);
});

const momentumFigure = "fig-momentum-eta-0-6-beta-0-5";

describe("link values", () => {
  it("η = 0.733 in a link is snapped to the slider's 0.73, with the notice; the next step is 0.74", async () => {
    const probe = await openFigure(
      { browser, server },
      pagePath("en", "basics"),
      `ml-trajectory:has(#${momentumFigure})`,
      `?${momentumFigure}=eta:0.733`,
    );
    expect(await probe.live.locator("[data-notice]").isVisible()).toBe(true);
    expect(await probe.live.getAttribute("data-state")).toContain("eta:0.73,");
    expect(await probe.live.locator('[data-number="eta"]').inputValue()).toBe("0.73");
    expect(await probe.live.locator('[data-control="eta"]').inputValue()).toBe("0.73");
    await probe.live.locator('[data-control="eta"]').focus();
    await probe.page.keyboard.press("ArrowRight");
    await expect.poll(() => probe.live.getAttribute("data-state")).toContain("eta:0.74,");
    await finish(probe);
  });

  it("the scalar figure's summary of a diverging run gives |x_T| after the last step", async () => {
    const probe = await openFigure(
      { browser, server },
      pagePath("en", "theory"),
      "ml-scalar",
      "?fig-scalar-rates=lambda:3.8,eta:1.21,beta:0.34,steps:42",
    );
    const end = scalarSeries(3.8, 1.21, 0.34, 42).ends.momentum;
    expect(showValue(end)).toBe("9.75e+20");
    const summary = await probe.live.locator("[data-summary]").textContent();
    expect(summary).toContain(showValue(end));
    expect(summary).not.toContain("3.45e+6");
    await finish(probe);
  });
});
