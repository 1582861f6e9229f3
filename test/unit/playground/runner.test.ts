import * as core from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { diagnose, isRunRequest, type RunRequest } from "../../../src/runner/protocol.ts";
import { handleRun } from "../../../src/runner/runner.ts";
import { toCloneable } from "../../../src/runner/wire.ts";

const modules = { "momentum-live/core": core };
const request = (source: string, args: unknown[] | null = null): RunRequest => ({
  type: "run",
  id: "0123456789abcdef0123456789abcdef",
  channel: "example-x",
  source,
  args,
  limitMs: 1000,
});

describe("handleRun (the worker's answer to a run request)", () => {
  it("answers with the printed lines and the default export, as a cloneable value", async () => {
    const reply = await handleRun(
      request(`import { bookObjective, gd, run } from "momentum-live/core";
const t = run(bookObjective, gd({ eta: 0.4 }), { start: [-5, -2], steps: 3 });
console.log("steps", t.points.length - 1);
export default { trajectory: t, f: () => 1 };`),
      modules,
    );
    expect(reply.type).toBe("done");
    if (reply.type !== "done") return;
    expect(reply.logs).toEqual([{ level: "log", text: "steps 3" }]);
    const result = reply.result as { trajectory: { points: unknown[] }; f?: unknown };
    expect(result.trajectory.points).toHaveLength(4);
    expect("f" in result).toBe(false);
    expect(() => structuredClone(reply)).not.toThrow();
    expect(reply.cuts).toEqual([]);
  });

  it("calls a default-exported function with the example's arguments and names the call", async () => {
    const reply = await handleRun(
      request(
        `console.log("module");
export default function scale(a = 1, b = 2) { console.log("called", a, b); return { series: [] }; }`,
        [3, 4],
      ),
      modules,
    );
    expect(reply).toMatchObject({ type: "done", call: "scale(3, 4)", logs: [{ text: "called 3 4" }] });
  });

  it("reports a syntax error with its line and column in the reader's code", async () => {
    const reply = await handleRun(request("const a = 1;\nconst b = (2;\n"), modules);
    expect(reply.type).toBe("error");
    if (reply.type !== "error") return;
    expect(reply.error).toMatchObject({ kind: "syntax", line: 2, column: 13 });
    expect(reply.error.message).toMatch(/Unexpected token/);
  });

  it("reports a runtime error with its message and line, keeping what was printed before", async () => {
    const reply = await handleRun(
      request('console.log("before");\nconst o: any = null;\n\no.x = 1;\n'),
      modules,
    );
    expect(reply.type).toBe("error");
    if (reply.type !== "error") return;
    expect(reply.logs.map((l) => l.text)).toEqual(["before"]);
    expect(reply.error).toMatchObject({ kind: "runtime", name: "TypeError", line: 4 });
  });

  it("finds the reader's line when the error is thrown inside the core", async () => {
    const reply = await handleRun(
      request('import { gd } from "momentum-live/core";\n\ngd({ eta: -1 });\n'),
      modules,
    );
    expect(reply).toMatchObject({ type: "error", error: { kind: "runtime", line: 3 } });
  });

  it("refuses imports other than the core, in words", async () => {
    const reply = await handleRun(request('import fs from "node:fs";\nconsole.log(fs);'), modules);
    expect(reply).toMatchObject({
      type: "error",
      error: { message: expect.stringMatching(/Cannot import "node:fs"/) },
    });
  });

  it("reports a thrown non-Error value", async () => {
    const reply = await handleRun(request('throw "stop";'), modules);
    expect(reply).toMatchObject({ type: "error", error: { kind: "runtime", message: 'uncaught "stop"' } });
  });
});

describe("request validation", () => {
  it("accepts only well-formed requests", () => {
    expect(isRunRequest(request("1"))).toBe(true);
    expect(isRunRequest({ ...request("1"), source: 3 })).toBe(false);
    expect(isRunRequest({ ...request("1"), args: "x" })).toBe(false);
    expect(isRunRequest(null)).toBe(false);
  });
});

describe("toCloneable", () => {
  it("drops functions, turns typed arrays into arrays and cuts cycles", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const value = { f() {}, xs: new Float64Array([1, 2]), m: new Map([["k", 1]]), cyclic };
    const copy = toCloneable(value) as Record<string, unknown>;
    expect(copy.f).toBeUndefined();
    expect(copy.xs).toEqual([1, 2]);
    expect(copy.m).toEqual([["k", 1]]);
    expect((copy.cyclic as Record<string, unknown>).self).toBeNull();
    expect(() => structuredClone(copy)).not.toThrow();
  });
});

describe("diagnose", () => {
  it("names a diverged run with its optimizer and step", () => {
    const t = core.run(core.bookObjective, core.gd({ eta: 0.6 }), { start: [-5, -2], steps: 100 });
    expect(t.diverged).toBe(true);
    expect(diagnose(toCloneable([t]))).toEqual([
      { kind: "diverged", optimizer: { method: "gd", eta: 0.6, beta: 0 }, step: t.step },
    ]);
  });

  it("finds NaN in chart series and non-finite training losses", () => {
    expect(
      diagnose({
        series: [
          {
            label: "a",
            points: [
              [0, 1],
              [1, Number.NaN],
            ],
          },
        ],
      }),
    ).toEqual([{ kind: "not-finite", label: "a" }]);
    expect(diagnose({ losses: [{ epoch: 1, loss: Number.POSITIVE_INFINITY }], diverged: true })).toEqual([
      { kind: "training-diverged", label: null, epoch: 1 },
    ]);
    expect(diagnose({ series: [{ label: "a", points: [[0, 1]] }] })).toEqual([]);
  });
});
