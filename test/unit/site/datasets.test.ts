import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { autoMpgModule, outputPath } from "../../../scripts/make-datasets.ts";

describe("Auto MPG data", () => {
  it("the committed table is exactly what the vega-datasets package gives", () => {
    expect(readFileSync(outputPath, "utf8")).toBe(autoMpgModule());
  });
});
