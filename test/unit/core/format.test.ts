import { formatLoss } from "momentum-live/core";
import { describe, expect, it } from "vitest";

describe("formatLoss", () => {
  it("prints like the book's `loss: {:.3f}`", () => {
    expect(formatLoss(0.24349)).toBe("loss: 0.243");
    expect(formatLoss(0.2425)).toBe("loss: 0.242"); // 0.2425 is 0.24249999… in binary
    expect(formatLoss(0.0625)).toBe("loss: 0.062"); // an exact tie: half to even, as Python
    expect(formatLoss(0.1875)).toBe("loss: 0.188"); // an exact tie rounding up to even
    expect(formatLoss(0.25)).toBe("loss: 0.250");
  });

  it("appends the timing when given", () => {
    expect(formatLoss(0.242, 0.0114)).toBe("loss: 0.242, 0.011 sec/epoch");
  });
});
