/** Numbers as the pages print them (src/i18n/format.ts). */
import { describe, expect, it } from "vitest";
import { showPoint, showPointFixed } from "../../../src/i18n/format.ts";

describe("points", () => {
  it("side by side in a readout, with the same number of decimals and a real minus sign", () => {
    expect(showPointFixed([-1.52, -3.5719])).toBe("(−1.520, −3.572)");
    expect(showPointFixed([0, -0.0001])).toBe("(0.000, 0.000)");
    expect(showPointFixed([Number.POSITIVE_INFINITY, Number.NaN])).toBe("(∞, NaN)");
  });

  it("alone (a start point), as short as it can be", () => {
    expect(showPoint([-5, -2])).toBe("(−5, −2)");
    expect(showPoint([-1.52, -3.5719])).toBe("(−1.52, −3.572)");
  });
});
