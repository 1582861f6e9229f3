/**
 * The page's reading of the sandbox's messages (protocol.ts `readMessage`): only the exact shapes of
 * the protocol, within the limits, are accepted; anything else is dropped and logged, never thrown.
 * And the wire (wire.ts): replies as bytes, their size checked before they are read.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  MAX_LINE_CHARS,
  MAX_LOG_LINES,
  MAX_OUTPUT_CHARS,
  MAX_REPLY_BYTES,
} from "../../../src/runner/limits.ts";
import { newRunId, readMessage, type WorkerReply } from "../../../src/runner/protocol.ts";
import { decodeReply, encodeReply, toData } from "../../../src/runner/wire.ts";

const id = newRunId();
const done = (over: Record<string, unknown> = {}): WorkerReply =>
  ({
    type: "done",
    logs: [{ level: "log", text: "hello" }],
    cuts: [],
    result: { series: [{ label: "a", points: [[0, 1]] }] },
    call: null,
    ...over,
  }) as WorkerReply;
/** A reply as the sandbox page forwards it: the worker's bytes, with the run's id. */
const reply = (value: unknown, runId = id) => ({ type: "reply", id: runId, data: encodeReply(value) });

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("run ids", () => {
  it("are 128 random bits in hex, never the same twice", () => {
    const ids = Array.from({ length: 1000 }, newRunId);
    expect(ids.every((i) => /^[0-9a-f]{32}$/.test(i))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("readMessage accepts the protocol's messages", () => {
  it("ready, a reply, a timeout, a crashed worker", () => {
    expect(readMessage({ type: "ready" })).toEqual({ type: "ready" });
    expect(readMessage(reply(done()))).toEqual({ ...done(), id });
    expect(readMessage({ type: "timeout", id, limitMs: 4000 })).toEqual({
      type: "timeout",
      id,
      limitMs: 4000,
    });
    expect(readMessage({ type: "crashed", id, message: "Uncaught Error: late" })).toMatchObject({
      type: "error",
      id,
      logs: [],
      error: { kind: "runtime", message: "Uncaught Error: late", line: null },
    });
    const error = {
      type: "error",
      logs: [],
      cuts: [{ kind: "long-lines", limit: 2000, count: 3 }],
      error: { kind: "syntax", name: "SyntaxError", message: "Unexpected token", line: 2, column: 13 },
    };
    expect(readMessage(reply(error))).toEqual({ ...error, id });
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps NaN and infinities in a result (JSON has none)", () => {
    const points = [
      [0, Number.NaN],
      [1, Number.POSITIVE_INFINITY],
      [2, Number.NEGATIVE_INFINITY],
    ];
    const read = readMessage(reply(done({ result: { series: [{ label: "a", points }] } })));
    expect(read).toMatchObject({ result: { series: [{ points }] } });
  });

  it("refuses a reply over MAX_REPLY_BYTES unread, and says so as a cut", () => {
    const data = new ArrayBuffer(MAX_REPLY_BYTES + 1);
    expect(readMessage({ type: "reply", id, data })).toEqual({
      type: "done",
      id,
      logs: [],
      cuts: [{ kind: "reply", size: MAX_REPLY_BYTES + 1, limit: MAX_REPLY_BYTES }],
      result: null,
      call: null,
    });
  });
});

describe("readMessage drops anything else, with a warning, and never throws", () => {
  const dropped: [string, unknown][] = [
    ["nothing", null],
    ["a string", "done"],
    ["an unknown type", { type: "loaded" }],
    ["a guessed numeric id (the old protocol)", { type: "timeout", id: 3, limitMs: 4000 }],
    ["a short id", { type: "timeout", id: "abc", limitMs: 4000 }],
    ["a timeout with markup for a limit", { type: "timeout", id, limitMs: "<b>x</b>" }],
    ["a timeout of NaN", { type: "timeout", id, limitMs: Number.NaN }],
    ["a timeout of an hour", { type: "timeout", id, limitMs: 3_600_000 }],
    ["a timeout with extra fields", { type: "timeout", id, limitMs: 4000, logs: [] }],
    ["a plain 'done' (not bytes)", { type: "done", id, logs: [], cuts: [], result: 1, call: null }],
    ["a reply that is not bytes", { type: "reply", id, data: "{}" }],
    ["a reply that is not JSON", { type: "reply", id, data: new TextEncoder().encode("{").buffer }],
    ["a reply that is not UTF-8", { type: "reply", id, data: new Uint8Array([0xff, 0xfe]).buffer }],
    ["logs: 5", reply(done({ logs: 5 as never }))],
    ["a log line that is not text", reply(done({ logs: [{ level: "log", text: 5 }] as never }))],
    ["a log line of another level", reply(done({ logs: [{ level: "html", text: "x" }] as never }))],
    [
      "a log line with extra fields",
      reply(done({ logs: [{ level: "log", text: "x", html: "<b>" }] as never })),
    ],
    [
      "a line over the limit",
      reply(done({ logs: [{ level: "log", text: "x".repeat(MAX_LINE_CHARS + 3) }] })),
    ],
    [
      "too many lines",
      reply(done({ logs: Array.from({ length: MAX_LOG_LINES + 1 }, () => ({ level: "log", text: "" })) })),
    ],
    [
      "more output than the limit",
      reply(
        done({
          logs: Array.from({ length: Math.ceil(MAX_OUTPUT_CHARS / MAX_LINE_CHARS) + 1 }, () => ({
            level: "log" as const,
            text: "x".repeat(MAX_LINE_CHARS),
          })),
        }),
      ),
    ],
    ["a cut of an unknown kind", reply(done({ cuts: [{ kind: "all", limit: 1 }] as never }))],
    ["a cut with a negative count", reply(done({ cuts: [{ kind: "output", limit: -1 }] }))],
    ["a call that is not text", reply(done({ call: 5 as never }))],
    ["a done without a result field", reply({ type: "done", logs: [], cuts: [], call: null })],
    [
      "an error at line 0",
      reply({
        type: "error",
        logs: [],
        cuts: [],
        error: { kind: "runtime", name: "E", message: "m", line: 0, column: null },
      }),
    ],
    [
      "an error of another kind",
      reply({
        type: "error",
        logs: [],
        cuts: [],
        error: { kind: "html", name: "E", message: "m", line: null, column: null },
      }),
    ],
    ["a crashed worker with a huge message", { type: "crashed", id, message: "x".repeat(100_000) }],
  ];
  it.each(dropped)("%s", (_, message) => {
    expect(readMessage(message)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it("never throws, whatever it is given", () => {
    const anything = fc.oneof(
      fc.anything(),
      fc
        .record(
          { type: fc.constantFrom("ready", "reply", "timeout", "crashed"), id: fc.constant(id) },
          {
            requiredKeys: [],
          },
        )
        .chain((base) => fc.dictionary(fc.string(), fc.anything()).map((extra) => ({ ...extra, ...base }))),
      fc.anything().map((value) => reply(value)),
    );
    fc.assert(
      fc.property(anything, (message) => {
        readMessage(message);
      }),
      { numRuns: 500 },
    );
  });
});

describe("toData (what a result becomes before it is sent)", () => {
  it("stops as soon as a value is larger than its limit", () => {
    expect(toData("x".repeat(1e8), 1000)).toBeNull();
    expect(toData({ a: [1, 2, 3] }, 1000)).toEqual({ value: { a: [1, 2, 3] } });
    // A structure that shares itself (2^40 paths) is cut by the budget, not walked.
    let shared: unknown[] = [1];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(toData(shared, 10_000)).toBeNull();
  });

  it("gives plain data that JSON carries: typed arrays, Maps, Sets and bigints as arrays and numbers", () => {
    const value = { xs: new Float64Array([1, 2]), m: new Map([["k", 1]]), s: new Set([3]), n: 2n, f() {} };
    const data = toData(value)?.value;
    expect(data).toEqual({ xs: [1, 2], m: [["k", 1]], s: [3], n: 2 });
    expect(decodeReply(encodeReply(data))).toEqual({ value: data });
  });
});
