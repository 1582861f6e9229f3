import { describe, expect, it } from "vitest";
import { formatNumber, quantity } from "../../../src/site/quantities.ts";

describe("numbers quoted in the prose", () => {
  it("are computed by the core", () => {
    expect(quantity("rho", { eta: 0.6, beta: 0.5, lambda: 4 })).toBeCloseTo(Math.SQRT1_2, 12);
    expect(quantity("gdFactor", { eta: 0.6, lambda: 4 })).toBeCloseTo(-1.4, 12);
    expect(quantity("coord", { example: "gd-eta-0.6", i: 2 })).toBeCloseTo(-1673.365109, 6);
    expect(quantity("argmaxCoord", { example: "momentum-eta-0.6-beta-0.5", i: 1 })).toBe(14);
    expect(quantity("rows", {})).toBe(1503);
    expect(quantity("kept", {})).toBe(1500);
    expect(quantity("features", {})).toBe(5);
    expect(quantity("optimum", {})).toBeCloseTo(0.2417, 4);
  });

  it("fail the build on an unknown name or a bad parameter", () => {
    expect(() => quantity("nope", {})).toThrow(/unknown quantity "nope"/);
    expect(() => quantity("rho", { eta: "0.6", beta: 0.5, lambda: 4 })).toThrow(
      /eta must be a finite number/,
    );
    expect(() => quantity("coord", { example: "gd-eta-0.6", i: 2, t: 99 })).toThrow(/no step 99/);
  });

  it("print with a true minus sign and powers of ten", () => {
    expect(formatNumber(-1.4, { digits: 2 })).toBe("−1.40");
    expect(formatNumber(-0.0001, { digits: 3 })).toBe("0.000");
    expect(formatNumber(0.6 ** 39, { sig: 2 })).toBe("2.2 × 10⁻⁹");
    expect(formatNumber(123456, { sig: 2 })).toBe("1.2 × 10⁵");
  });
});
