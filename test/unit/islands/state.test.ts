/**
 * The live figures' state: URL text round-trips, out-of-range values are clamped and garbage is
 * ignored (with `adjusted` set, which shows the notice), and the caption text follows the state.
 */
import { describe, expect, it } from "vitest";
import { summaryText } from "../../../src/figures/trajectory/runs.ts";
import {
  bookState,
  captionText,
  clampState,
  comparable,
  formatState,
  type LiveConfig,
  parseState,
  runsOf,
} from "../../../src/figures/trajectory/state.ts";
import { show } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { type LiveStrings, liveStrings } from "../../../src/i18n/views.ts";

const config: LiveConfig = {
  key: "fig-nesterov",
  objective: "ill-conditioned",
  runs: [
    { method: "momentum", eta: 0.6, beta: 0.5, linked: true },
    { method: "nesterov", eta: 0.6, beta: 0.5, linked: true },
  ],
  start: [-5, -2],
  steps: 20,
  domain: { x: [-5.5, 1.5], y: [-3, 3] },
  optimum: [0, 0],
};
const book = bookState(config);
const t: LiveStrings = liveStrings(strings("en"));

describe("live figure state", () => {
  it("round-trips through its URL text", () => {
    const state = {
      method: "nesterov" as const,
      eta: 0.35,
      beta: 0.8,
      steps: 57,
      x0: [-4.2, 1.5] as [number, number],
      compare: false,
    };
    expect(formatState(state)).toBe("method:nesterov,eta:0.35,beta:0.8,steps:57,x0:-4.2,1.5");
    expect(parseState(formatState(state), book, config.domain)).toEqual({ state, adjusted: false });
    const comparing = { ...state, compare: true };
    expect(formatState(comparing)).toBe("method:nesterov,eta:0.35,beta:0.8,steps:57,x0:-4.2,1.5,compare:1");
    expect(parseState(formatState(comparing), book, config.domain)).toEqual({
      state: comparing,
      adjusted: false,
    });
  });

  it("reads a partial text over the book's settings", () => {
    expect(parseState("eta:0.5,steps:30", book, config.domain)).toEqual({
      state: { ...book, eta: 0.5, steps: 30 },
      adjusted: false,
    });
    expect(parseState("", book, config.domain)).toEqual({ state: book, adjusted: false });
  });

  it("clamps out-of-range values and says so", () => {
    const { state, adjusted } = parseState("eta:9,beta:7,steps:0,x0:-40,40", book, config.domain);
    expect(adjusted).toBe(true);
    expect(state).toEqual({
      method: "momentum",
      eta: 1.2,
      beta: 0.99,
      steps: 1,
      x0: [-5.5, 3],
      compare: false,
    });
    expect(parseState("eta:0.001,steps:12.4", book, config.domain)).toEqual({
      state: { ...book, eta: 0.01, steps: 12 },
      adjusted: true,
    });
  });

  it("snaps a value between two slider positions to the nearer one and says so", () => {
    expect(parseState("eta:0.733,beta:0.456", book, config.domain)).toEqual({
      state: { ...book, eta: 0.73, beta: 0.46 },
      adjusted: true,
    });
    // The figure's own off-grid setting (its Optimal preset) survives a link unchanged.
    const optimal = (s: typeof book) => ({ ...s, eta: 0.4762, beta: 0.2564 });
    expect(parseState("eta:0.4762,beta:0.2564", book, config.domain, true, optimal)).toEqual({
      state: { ...book, eta: 0.4762, beta: 0.2564 },
      adjusted: false,
    });
    expect(parseState("eta:0.4761,beta:0.2564", book, config.domain, true, optimal).state.eta).toBe(0.48);
  });

  it("ignores garbage and says so, never throws", () => {
    for (const text of [
      "eta:abc",
      "beta:",
      "x0:1",
      "x0:1,2,3",
      "method:adam",
      "foo:1",
      "junk",
      "eta:Infinity",
      "eta:1e999",
      "eta:0x10",
      "compare:yes",
      "compare:1,2",
    ]) {
      const { state, adjusted } = parseState(text, book, config.domain);
      expect(adjusted, text).toBe(true);
      expect(state, text).toEqual(book);
    }
    expect(parseState("eta:abc,beta:0.3", book, config.domain).state.beta).toBe(0.3);
  });

  it("keeps β = 0 for gradient descent", () => {
    expect(parseState("method:gd,beta:0.5", book, config.domain)).toEqual({
      state: { ...book, method: "gd", beta: 0 },
      adjusted: true,
    });
    expect(clampState({ ...book, method: "gd" }, config.domain).beta).toBe(0);
  });

  it("writes the caption from the state", () => {
    expect(captionText(config, book, t)).toEqual({
      text: "Shown: momentum, η = 0.6, β = 0.5; Nesterov, η = 0.6, β = 0.5; start (−5, −2), 20 steps.",
      changed: false,
    });
    const changed = captionText(config, { ...book, eta: 0.3 }, t);
    expect(changed.text).toContain("momentum, η = 0.3, β = 0.5; Nesterov, η = 0.3");
    expect(changed.changed).toBe(true);
    expect(show(-0.1 - 0.2)).toBe("−0.3");
  });

  it("counts steps in words: one step, n steps", () => {
    expect(captionText(config, { ...book, steps: 1 }, t).text).toContain("start (−5, −2), 1 step.");
    expect(captionText(config, book, t).text).toContain("20 steps.");
    const one = summaryText(
      [{ label: "GD", step: 1, x: [0, 0], f: 0, distance: 0, divergedAt: null, leavesAt: null }],
      t,
    );
    expect(one).toBe("GD: after 1 step at (0, 0), f = 0.");
  });

  it("draws gradient descent with the controls' η next to a single momentum run on request", () => {
    const single: LiveConfig = { ...config, key: "fig-one", runs: [config.runs[0]] };
    const one = bookState(single);
    expect(comparable(single)).toBe(true);
    expect(comparable(config)).toBe(false);
    expect(runsOf(single, one)).toEqual(single.runs);
    const comparing = { ...one, eta: 0.4, compare: true };
    expect(runsOf(single, comparing)[1]).toEqual({ method: "gd", eta: 0.4, beta: 0, linked: true });
    expect(captionText(single, comparing, t).text).toBe(
      "Shown: momentum, η = 0.4, β = 0.5; GD, η = 0.4; start (−5, −2), 20 steps.",
    );
    // Nothing to compare when the run is gradient descent already, or the figure has its own runs.
    expect(runsOf(single, { ...comparing, method: "gd" })).toHaveLength(1);
    expect(runsOf(config, { ...book, compare: true })).toEqual(config.runs);
    // A link asking for a comparison the figure cannot draw: dropped, with the notice.
    expect(parseState("compare:1", book, config.domain, comparable(config))).toEqual({
      state: book,
      adjusted: true,
    });
    expect(parseState("method:gd,compare:1", one, single.domain)).toEqual({
      state: { ...one, method: "gd", beta: 0 },
      adjusted: true,
    });
    expect(parseState("compare:1", one, single.domain)).toEqual({
      state: { ...one, compare: true },
      adjusted: false,
    });
  });
});
