/**
 * What a run may send to the page (src/runner/limits.ts), enforced in the worker's answer
 * (`handleRun`): floods of output and huge results are cut, and each cut is named. Also top-level
 * `await`, which examples may use since they are modules.
 */
import * as core from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { execute, Output, runModule, runModuleAsync, transpile } from "../../../src/runner/execute.ts";
import {
  capPoints,
  MAX_LINE_CHARS,
  MAX_LOG_LINES,
  MAX_MESSAGE_CHARS,
  MAX_OUTPUT_CHARS,
  MAX_POINTS,
  MAX_REPLY_BYTES,
  MAX_RESULT_CHARS,
  MAX_SERIES,
  thin,
} from "../../../src/runner/limits.ts";
import { diagnose, isWorkerReply, type WorkerReply } from "../../../src/runner/protocol.ts";
import { handleRun } from "../../../src/runner/runner.ts";
import { decodeReply, encodeReply } from "../../../src/runner/wire.ts";

const modules = { "momentum-live/core": core };
const run = (source: string, args: unknown[] | null = null) =>
  handleRun({ type: "run", id: "x", channel: "c", source, args, limitMs: 4000 }, modules);
/** The reply as the page reads it: through its bytes. */
const sent = (reply: WorkerReply) => {
  const bytes = encodeReply(reply);
  expect(bytes.byteLength).toBeLessThan(MAX_REPLY_BYTES);
  const decoded = decodeReply(bytes) as { value: unknown };
  expect(isWorkerReply(decoded.value)).toBe(true);
  return decoded.value as WorkerReply;
};
const chars = (reply: WorkerReply) => reply.logs.reduce((n, l) => n + l.text.length, 0);

describe("output limits", () => {
  it("cuts a 30-million-character line to MAX_LINE_CHARS and says so", async () => {
    const reply = sent(await run("console.log('x'.repeat(3e7));\nconsole.log('after');"));
    expect(reply.logs.map((l) => l.text.length)).toEqual([MAX_LINE_CHARS + 1, 5]);
    expect(reply.logs[0].text.endsWith("…")).toBe(true);
    expect(reply.cuts).toEqual([{ kind: "long-lines", limit: MAX_LINE_CHARS, count: 1 }]);
  });

  it("cuts 200 lines of 200 KB at MAX_OUTPUT_CHARS in all", async () => {
    const reply = sent(
      await run("const s = 'y'.repeat(2e5);\nfor (let i = 0; i < 200; i++) console.log(s);"),
    );
    expect(chars(reply)).toBeLessThanOrEqual(MAX_OUTPUT_CHARS + 1);
    expect(reply.cuts).toContainEqual({ kind: "output", limit: MAX_OUTPUT_CHARS });
    expect(reply.cuts.find((c) => c.kind === "long-lines")).toBeTruthy();
  });

  it("keeps the first MAX_LOG_LINES lines and counts the rest", async () => {
    const reply = sent(await run("for (let i = 0; i < 5000; i++) console.log(i);"));
    expect(reply.logs).toHaveLength(MAX_LOG_LINES);
    expect(reply.logs.at(-1)?.text).toBe(String(MAX_LOG_LINES - 1));
    expect(reply.cuts).toEqual([{ kind: "lines", limit: MAX_LOG_LINES, dropped: 5000 - MAX_LOG_LINES }]);
  });

  it("formats only about a line's worth of a huge value or argument list", () => {
    const output = new Output();
    const big = Object.fromEntries(Array.from({ length: 1e5 }, (_, i) => [`k${i}`, i]));
    output.print("log", [big]);
    output.print(
      "log",
      Array.from({ length: 1e5 }, () => "word"),
    );
    expect(output.logs.every((l) => l.text.length <= MAX_LINE_CHARS + 1)).toBe(true);
    expect(output.cuts()).toEqual([{ kind: "long-lines", limit: MAX_LINE_CHARS, count: 2 }]);
  });

  it("cuts an error's huge message", async () => {
    const reply = sent(await run("throw new Error('x'.repeat(1e7));"));
    expect(reply.type).toBe("error");
    if (reply.type !== "error") return;
    expect(reply.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(reply.error.line).toBe(1);
  });
});

describe("result limits", () => {
  it("leaves out a result larger than MAX_RESULT_CHARS, and says so", async () => {
    const reply = sent(await run("export default 'x'.repeat(1e8);"));
    expect(reply).toMatchObject({ type: "done", result: null });
    expect(reply.cuts).toEqual([{ kind: "result", limit: MAX_RESULT_CHARS }]);
  });

  it("thins a chart of 2,000,000 points to MAX_POINTS, keeping its ends, its peaks and its NaN", async () => {
    const reply = sent(
      await run(`const points = Array.from({ length: 2e6 }, (_, i) => [i, Math.sin(i / 1e4)]);
points[1234567][1] = 50;
points[1500000][1] = NaN;
export default { x: { label: "i" }, series: [{ label: "big", points }] };`),
    );
    expect(reply.cuts).toEqual([{ kind: "points", total: 2e6, limit: MAX_POINTS }]);
    if (reply.type !== "done") return;
    const result = reply.result as { x: unknown; series: { label: string; points: number[][] }[] };
    const points = result.series[0].points;
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points.length).toBeGreaterThan(MAX_POINTS * 0.9);
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)?.[0]).toBe(2e6 - 1);
    expect(points).toContainEqual([1234567, 50]);
    expect(result.x).toEqual({ label: "i" });
    expect(diagnose(result)).toEqual([{ kind: "not-finite", label: "big" }]);
    // In order, as the line is drawn.
    expect(points.every((p, i) => i === 0 || p[0] > points[i - 1][0])).toBe(true);
  });

  it("keeps the first MAX_SERIES series and thins trajectories and training losses too", () => {
    const series = Array.from({ length: 500 }, (_, k) => ({ label: `s${k}`, points: [[0, k]] }));
    const chart = capPoints({ series });
    expect(chart.cuts).toEqual([{ kind: "series", total: 500, limit: MAX_SERIES }]);
    expect((chart.result as { series: unknown[] }).series).toHaveLength(MAX_SERIES);

    const t = core.run(core.bookObjective, core.momentum({ eta: 0.01, beta: 0.5 }), {
      start: [-5, -2],
      steps: 30_000,
    });
    const trajectories = capPoints([t, t]);
    expect(trajectories.cuts).toEqual([{ kind: "points", total: 60_002, limit: MAX_POINTS }]);
    const runs = trajectories.result as core.Trajectory[];
    expect(runs[0].points.length + runs[1].points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(runs[0]).toMatchObject({ optimizer: t.optimizer, diverged: false, step: 30_000 });
    expect(t.points).toHaveLength(30_001); // the reader's own value is untouched

    const losses = Array.from({ length: 50_000 }, (_, i) => ({ epoch: i / 1000, loss: 1 / (i + 1) }));
    const trained = capPoints({ losses, label: "a" });
    expect((trained.result as { losses: unknown[] }).losses.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(trained.cuts).toEqual([{ kind: "points", total: 50_000, limit: MAX_POINTS }]);

    const small = { series: [{ label: "a", points: [[0, 1]] }] };
    expect(capPoints(small)).toEqual({ result: small, cuts: [] });
  });

  it("thin: a spike anywhere survives, and the count stays within the budget", () => {
    for (const at of [1, 500, 9998]) {
      const ys = Array.from({ length: 9999 }, (_, i) => (i === at ? 100 : 0));
      const kept = thin(ys, 50, (y) => y);
      expect(kept.length).toBeLessThanOrEqual(50);
      expect(kept).toContain(100);
    }
  });
});

describe("top-level await (examples are modules)", () => {
  it("runs code that awaits at its top level, in order, with its default export", async () => {
    const reply = sent(
      await run(`import { gd } from "momentum-live/core";
const eta = await Promise.resolve(0.4);
console.log("eta", eta);
export default { series: [{ label: "a", points: [[0, eta]] }] };`),
    );
    expect(reply).toMatchObject({
      type: "done",
      logs: [{ text: "eta 0.4" }],
      result: { series: [{ label: "a" }] },
    });
  });

  it("places a runtime error after an await at its line", async () => {
    const reply = await run("await null;\nconst o: any = null;\no.x = 1;\n");
    expect(reply).toMatchObject({ type: "error", error: { name: "TypeError", line: 3 } });
  });

  it("awaits a default-exported async function's result", async () => {
    const out = await runModuleAsync(
      "export default async function f(n = 2) { return n * 3; }",
      modules,
      [4],
    );
    expect(out).toMatchObject({ result: 12, call: "f(4)" });
  });

  it("the synchronous runner says what to use instead, and runs other code as before", () => {
    expect(() => execute(transpile("await null;"), modules)).toThrow(/top level.*runModuleAsync/);
    expect(runModule("console.log(1);\nexport default 2;", modules)).toMatchObject({ result: 2 });
  });
});
