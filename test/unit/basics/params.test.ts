import { describe, expect, it } from "vitest";
import { effectiveWeightSum, partialWeightSum } from "../../../src/core/index.ts";
import { weightsBook, weightsRanges, weightsView } from "../../../src/figures/weights/model.ts";
import { showSig } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { basicsStrings } from "../../../src/i18n/views.ts";
import {
  clampValue,
  formatValues,
  lastBy,
  lru,
  nextSettings,
  parseValues,
} from "../../../src/live/settings.ts";

const basicsUi = (locale: "en" | "zh") => basicsStrings(strings(locale));

describe("figure settings in a link", () => {
  it("round-trips", () => {
    const text = formatValues({ beta: 0.5, n: 12 }, weightsRanges);
    expect(text).toBe("beta:0.5,n:12");
    expect(parseValues(text, weightsBook, weightsRanges)).toEqual({
      values: { beta: 0.5, n: 12 },
      adjusted: false,
    });
  });

  it("clamps out-of-range values, snaps to the grid and ignores garbage, saying so", () => {
    expect(parseValues("beta:2,n:-4", weightsBook, weightsRanges)).toEqual({
      values: { beta: 0.99, n: 1 },
      adjusted: true,
    });
    expect(parseValues("n:12.4", weightsBook, weightsRanges)).toEqual({
      values: { beta: 0.9, n: 12 },
      adjusted: true,
    });
    for (const junk of ["zz", "beta:abc", "eta:0.1", ":", "beta:NaN", "beta:1e999", "n:0x10"]) {
      const parsed = parseValues(junk, weightsBook, weightsRanges);
      expect(parsed.adjusted, junk).toBe(true);
      expect(parsed.values, junk).toEqual(weightsBook);
    }
    expect(parseValues("", weightsBook, weightsRanges).adjusted).toBe(false);
    expect(parseValues("beta:\u22120.5", weightsBook, weightsRanges).values.beta).toBe(0);
  });

  it("clampValue keeps values on the slider's grid", () => {
    expect(clampValue(0.123, { min: 0, max: 1, step: 0.01 })).toBe(0.12);
    expect(clampValue(7, { min: 1, max: 5, step: 2 })).toBe(5);
  });

  it("prints significant digits without exponent noise", () => {
    expect(showSig(0.000123456)).toBe("0.000123");
    expect(showSig(-2.5e-9)).toBe("\u22122.50e-9");
    expect(showSig(Infinity)).toBe("∞");
  });
});

describe("effective-weight readouts", () => {
  it("are the core's sums, and the caption states the settings", () => {
    const t = basicsUi("en");
    const { lines, summary } = weightsView({ beta: 0.95, n: 39 }, t);
    expect(Number(lines[0][1])).toBeCloseTo(partialWeightSum(0.95, 40), 3);
    expect(Number(lines[1][1])).toBeCloseTo(effectiveWeightSum(0.95), 3);
    expect(lines[2][1]).toBe("87.1%");
    expect(summary).toBe(
      "β = 0.95: the weight falls from 1 at τ = 0 to 0.135 at τ = 39; the shown weights add up to 17.43 of 20.",
    );
    expect(weightsView(weightsBook, t).caption).toEqual({
      text: "Shown: β = 0.9, τ = 0…39.",
      changed: false,
    });
    expect(weightsView({ beta: 0, n: 5 }, t).caption).toEqual({
      text: "Shown: β = 0, τ = 0…5.",
      changed: true,
    });
  });
});

describe("a setting's data, computed once a redraw (lastBy)", () => {
  it("computes again only for another setting, and gives the same value for the same one", () => {
    const calls: number[] = [];
    const viewOf = lastBy(
      (v: { beta: number; n: number }) => `${v.beta},${v.n}`,
      (v) => {
        calls.push(v.n);
        return { sum: effectiveWeightSum(v.beta) };
      },
      2,
    );
    const first = viewOf({ beta: 0.9, n: 3 });
    expect(viewOf({ beta: 0.9, n: 3 })).toBe(first);
    expect(viewOf({ beta: 0.5, n: 3 }).sum).toBe(effectiveWeightSum(0.5));
    expect(viewOf({ beta: 0.9, n: 3 })).toBe(first); // one of the last two
    viewOf({ beta: 0.9, n: 4 });
    viewOf({ beta: 0.5, n: 3 }); // forgotten: the least recent of three
    expect(calls).toEqual([3, 3, 4, 3]);
  });
});

describe("the settings drawn ahead (nextSettings)", () => {
  const ranges = { beta: { min: 0, max: 0.99, step: 0.01 }, n: { min: 1, max: 40, step: 1 } };

  it("after a key press: one step on, two steps on, one step back", () => {
    expect(nextSettings(ranges, { beta: 0.9, n: 3 }, { beta: 0.9, n: 4 })).toEqual([
      { beta: 0.9, n: 5 },
      { beta: 0.9, n: 6 },
      { beta: 0.9, n: 3 },
    ]);
  });

  it("mid-drag: the same move again first, then a step more and a step less, on the grid", () => {
    expect(nextSettings(ranges, { beta: 0.5, n: 3 }, { beta: 0.46, n: 3 })).toEqual([
      { beta: 0.42, n: 3 },
      { beta: 0.41, n: 3 },
      { beta: 0.43, n: 3 },
      { beta: 0.47, n: 3 },
    ]);
  });

  it("stays in range without repeats, and has nothing to say when no setting or several moved", () => {
    expect(nextSettings(ranges, { beta: 0.9, n: 38 }, { beta: 0.9, n: 40 })).toEqual([{ beta: 0.9, n: 39 }]);
    expect(nextSettings(ranges, { beta: 0.9, n: 3 }, { beta: 0.9, n: 3 })).toEqual([]);
    expect(nextSettings(ranges, { beta: 0.9, n: 3 }, { beta: 0.8, n: 4 })).toEqual([]);
  });
});

describe("the kept drawings' memory (lru)", () => {
  it("forgets the entry used least recently once it holds more than its size", () => {
    const kept = lru<number>(2);
    kept.set("a", 1);
    kept.set("b", 2);
    expect(kept.get("a")).toBe(1); // a used after b
    kept.set("c", 3);
    expect([kept.get("a"), kept.get("b"), kept.get("c")]).toEqual([1, undefined, 3]);
  });
});
