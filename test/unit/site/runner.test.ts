import * as core from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { formatValue, runSource, SourceSyntaxError, transpile } from "../../../src/runner/execute.ts";
import { assertChromium } from "../../e2e/browser.ts";

const modules = { "momentum-live/core": core };

describe("example runner", () => {
  it("runs TypeScript that imports the core, captures console output and the default export", () => {
    const out = runSource(
      `import { gdFactor } from "momentum-live/core";
       const f: number = gdFactor(0.1, 10);
       console.log("factor", f, [1, 2]);
       console.warn({ a: 1 });
       export default f * 2;`,
      modules,
    );
    expect(out.logs).toEqual([
      { level: "log", text: "factor 0 [1, 2]" },
      { level: "warn", text: "{ a: 1 }" },
    ]);
    expect(out.result).toBe(0);
  });

  it("reports a syntax error with its line and column", () => {
    try {
      transpile("const a = 1;\nconst b = ;\n");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceSyntaxError);
      expect((error as SourceSyntaxError).line).toBe(2);
      expect((error as SourceSyntaxError).column).toBe(11);
    }
  });

  it("refuses imports other than the provided modules", () => {
    expect(() => runSource(`import fs from "node:fs"; console.log(fs);`, modules)).toThrow(
      /Cannot import "node:fs"/,
    );
  });

  it("formats values like a console", () => {
    expect(formatValue(-0)).toBe("-0");
    expect(formatValue(new Float64Array([1, 2]))).toBe("[1, 2]");
    expect(formatValue({ s: "x", n: null })).toBe('{ s: "x", n: null }');
    expect(formatValue(new Error("boom"))).toBe("Error: boom");
  });
});

describe("browser tests without Chromium", () => {
  it("stop with a message that says how to install it", () => {
    expect(() => assertChromium("/nonexistent/chromium")).toThrow(/apt-get install -y chromium/);
  });
});
