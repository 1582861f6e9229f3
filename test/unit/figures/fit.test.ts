import { describe, expect, it } from "vitest";
import { fitBoxes } from "../../../src/draw/svg.ts";
import { sizeFor } from "../../../src/live/fit.ts";

const natural = { width: 640, height: 530 };
const boxes = [
  { left: 52, top: 10, right: 626, bottom: 290 },
  { left: 52, top: 340, right: 626, bottom: 490 },
];

describe("a figure drawn at a narrow container's width", () => {
  it("keeps the natural size where scaling keeps 12 px text at 11 px or more", () => {
    expect(sizeFor({ natural }, 700)).toBeUndefined();
    expect(sizeFor({ natural }, 632)).toBeUndefined();
    expect(sizeFor({ natural }, 0)).toBeUndefined();
  });

  it("is drawn at the container's width with the natural aspect (the box it already fills)", () => {
    const size = sizeFor({ natural }, 358.4);
    expect(size?.width).toBe(358.4);
    expect((size?.height ?? 0) / (size?.width ?? 1)).toBeCloseTo(530 / 640, 12);
  });

  it("keeps the margins' pixels and gives the plots what is left, stacked panels in proportion", () => {
    const size = { width: 358, height: (530 * 358) / 640 };
    const fit = fitBoxes(natural, size, boxes);
    const [top, bottom] = fit.boxes;
    expect(top.left).toBe(52);
    expect(natural.width - 626).toBe(size.width - top.right);
    expect(top.top).toBe(10);
    expect(bottom.top - top.bottom).toBeCloseTo(50, 9);
    expect(size.height - bottom.bottom).toBeCloseTo(40, 9);
    expect((top.bottom - top.top) / (bottom.bottom - bottom.top)).toBeCloseTo(280 / 150, 9);
    expect(fit.ticks(8, "x")).toBeLessThan(8);
    expect(fit.ticks(8, "x")).toBeGreaterThanOrEqual(3);
  });

  it("at the natural size changes nothing", () => {
    const fit = fitBoxes(natural, undefined, boxes);
    expect(fit.boxes).toEqual(boxes);
    expect([fit.width, fit.height]).toEqual([640, 530]);
    expect(fit.ticks(7, "y")).toBe(7);
  });
});
