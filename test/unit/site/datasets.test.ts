import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { airfoilRows, parseTable } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import {
  airfoilModule,
  airfoilOutputPath,
  airfoilPath,
  autoMpgModule,
  outputPath,
} from "../../../scripts/make-datasets.ts";

describe("Auto MPG data", () => {
  it("the committed table is exactly what the vega-datasets package gives", () => {
    expect(readFileSync(outputPath, "utf8")).toBe(autoMpgModule());
  });
});

describe("airfoil self-noise data (data/airfoil_self_noise.dat)", () => {
  const bytes = readFileSync(airfoilPath);

  it("is the UCI file unchanged: the SHA-1 the book pins, 59,984 bytes, CRLF line ends", () => {
    expect(createHash("sha1").update(bytes).digest("hex")).toBe("76e5be1548fd8222e5074cf0faae75edff8cf93f");
    expect(bytes.length).toBe(59984);
  });

  it("ships with its attribution and licence next to it", () => {
    const readme = readFileSync(new URL("../../../data/README.md", import.meta.url), "utf8");
    for (const fact of [
      "Brooks",
      "Pope",
      "Marcolini",
      "Airfoil Self-Noise",
      "UCI Machine Learning Repository",
    ]) {
      expect(readme).toContain(fact);
    }
    expect(readme).toContain("10.24432/C5VW2C");
    expect(readme).toContain("CC BY 4.0");
  });

  it("the core's table is generated from it and holds exactly its numbers", () => {
    expect(readFileSync(airfoilOutputPath, "utf8")).toBe(airfoilModule());
    expect(airfoilRows).toEqual(parseTable(bytes.toString("utf8")).rows);
  });
});
