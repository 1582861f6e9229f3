/**
 * The message protocol of the in-browser runner, and the page's strict reading of it.
 *
 *   page ──"loaded"?──  sandbox page (opaque-origin iframe, public/sandbox.html) says it is up
 *   page ──init {code} + port──▶ sandbox page      (every later message goes over that port)
 *   page ──run {id, channel, source, args, limitMs}──▶ sandbox page ──run + a new port──▶ worker
 *   worker ──reply bytes (wire.ts)──▶ sandbox page ──reply {id, data}──▶ page
 *   sandbox page ──timeout {id, limitMs} | crashed {id, message}──▶ page (worker terminated)
 *
 * The worker answers on the port it was given with its run, which its runner holds in a closure:
 * the reader's code cannot reach it, and what that code posts with `self.postMessage` goes to the
 * sandbox page, which does not listen. Run ids are random (`newRunId`). The page reads every
 * message with `readMessage`, which accepts only the exact shapes below within the limits of
 * limits.ts and never throws. The worker answers a run with `handleRun` (runner.ts), which reuses
 * the build's runner (execute.ts), so an edited example runs as the chapter's own examples ran at
 * build time. This module has no run-time dependencies: the page imports it without the transpiler.
 */
import type { LogLine } from "./execute.ts";
import {
  type Cut,
  MAX_LINE_CHARS,
  MAX_LOG_LINES,
  MAX_MESSAGE_CHARS,
  MAX_OUTPUT_CHARS,
  MAX_REPLY_BYTES,
} from "./limits.ts";
import { decodeReply } from "./wire.ts";

/** How long a run may take before its worker is terminated. */
export const TIME_LIMIT_MS = 4000;
/** The sandbox page clamps time limits to this range (ms; public/sandbox.html writes the same numbers). */
export const LIMIT_RANGE_MS = [100, 60_000] as const;

export interface RunRequest {
  type: "run";
  /** A random id (`newRunId`), which the sandbox page puts on its answer. */
  id: string;
  /** Runs on the same channel share a worker; a new run cancels the channel's previous one. */
  channel: string;
  source: string;
  /** Arguments for a default-exported function (the Example's `args`), or null. */
  args: unknown[] | null;
  limitMs: number;
}

export interface RunError {
  kind: "syntax" | "runtime";
  name: string;
  message: string;
  /** 1-based position in the reader's code, when known. */
  line: number | null;
  column: number | null;
}

/** The worker's answer (encoded as bytes on its way, wire.ts). */
export type WorkerReply =
  | { type: "done"; logs: LogLine[]; cuts: Cut[]; result: unknown; call: string | null }
  | { type: "error"; logs: LogLine[]; cuts: Cut[]; error: RunError };

/** What the page gets for a run. */
export type RunReply = (WorkerReply & { id: string }) | { type: "timeout"; id: string; limitMs: number };

/** A run id nobody can guess: 128 random bits, in hex. */
export function newRunId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isId = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{32}$/.test(v);
const isText = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPosition = (v: unknown) => v === null || (isCount(v) && v >= 1);
/** Exactly these keys (no more, no fewer). */
const hasKeys = (v: Record<string, unknown>, keys: readonly string[]) => {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(v, k));
};

export function isRunRequest(data: unknown): data is RunRequest {
  return (
    isObject(data) &&
    data.type === "run" &&
    typeof data.id === "string" &&
    typeof data.channel === "string" &&
    typeof data.source === "string" &&
    (data.args === null || Array.isArray(data.args)) &&
    typeof data.limitMs === "number"
  );
}

const LEVELS: readonly unknown[] = ["log", "info", "warn", "error"];
/** Some slack over the limits for the "…" that marks a cut. */
const SLACK = 2;

function isLogs(v: unknown): v is LogLine[] {
  if (!Array.isArray(v) || v.length > MAX_LOG_LINES) return false;
  let chars = 0;
  for (const line of v) {
    if (!isObject(line) || !hasKeys(line, ["level", "text"]) || !LEVELS.includes(line.level)) return false;
    if (!isText(line.text, MAX_LINE_CHARS + SLACK)) return false;
    chars += line.text.length;
  }
  return chars <= MAX_OUTPUT_CHARS + SLACK;
}

const CUT_FIELDS: Record<Cut["kind"], readonly string[]> = {
  lines: ["limit", "dropped"],
  "long-lines": ["limit", "count"],
  output: ["limit"],
  points: ["total", "limit"],
  series: ["total", "limit"],
  result: ["limit"],
  reply: ["size", "limit"],
};

function isCuts(v: unknown): v is Cut[] {
  return (
    Array.isArray(v) &&
    v.length <= 8 &&
    v.every((c) => {
      if (!isObject(c) || typeof c.kind !== "string" || !Object.hasOwn(CUT_FIELDS, c.kind)) return false;
      const fields = CUT_FIELDS[c.kind as Cut["kind"]];
      return hasKeys(c, ["kind", ...fields]) && fields.every((f) => isCount(c[f]));
    })
  );
}

function isRunError(v: unknown): v is RunError {
  return (
    isObject(v) &&
    hasKeys(v, ["kind", "name", "message", "line", "column"]) &&
    (v.kind === "syntax" || v.kind === "runtime") &&
    isText(v.name, 200) &&
    isText(v.message, MAX_MESSAGE_CHARS + SLACK) &&
    isPosition(v.line) &&
    isPosition(v.column)
  );
}

/** A worker's reply as decoded from its bytes, if it has exactly the shape of one. */
export function isWorkerReply(v: unknown): v is WorkerReply {
  if (!isObject(v) || !isLogs(v.logs) || !isCuts(v.cuts)) return false;
  if (v.type === "done") {
    return (
      hasKeys(v, ["type", "logs", "cuts", "result", "call"]) && (v.call === null || isText(v.call, 1000))
    );
  }
  return v.type === "error" && hasKeys(v, ["type", "logs", "cuts", "error"]) && isRunError(v.error);
}

/** What the page makes of a message from the sandbox page. */
export type SandboxMessage = { type: "ready" } | RunReply;

/**
 * The page's reading of a message from the sandbox page: the message, or null for anything that is
 * not exactly one of the protocol's (dropped, with the reason in the console). A reply's bytes are
 * decoded here (a reply too large to read becomes a "done" with nothing but its `reply` cut).
 * Never throws.
 */
export function readMessage(data: unknown): SandboxMessage | null {
  const drop = (why: string) => {
    console.warn(`sandbox: dropped a malformed message (${why})`);
    return null;
  };
  if (!isObject(data) || typeof data.type !== "string") return drop("not a message");
  if (data.type === "ready") return hasKeys(data, ["type"]) ? { type: "ready" } : drop("ready");
  if (!isId(data.id)) return drop("no valid run id");
  const id = data.id;
  if (data.type === "timeout") {
    const ms = data.limitMs;
    const valid =
      hasKeys(data, ["type", "id", "limitMs"]) &&
      typeof ms === "number" &&
      ms >= LIMIT_RANGE_MS[0] &&
      ms <= LIMIT_RANGE_MS[1];
    return valid ? { type: "timeout", id, limitMs: ms } : drop("timeout");
  }
  if (data.type === "crashed") {
    if (!hasKeys(data, ["type", "id", "message"]) || !isText(data.message, MAX_MESSAGE_CHARS + SLACK))
      return drop("crashed");
    const error: RunError = {
      kind: "runtime",
      name: "Error",
      message: data.message,
      line: null,
      column: null,
    };
    return { type: "error", id, logs: [], cuts: [], error };
  }
  if (data.type !== "reply" || !hasKeys(data, ["type", "id", "data"])) return drop(`type ${data.type}`);
  const decoded = decodeReply(data.data);
  if ("problem" in decoded) {
    if (decoded.problem === "format") return drop("reply not readable");
    const cut: Cut = { kind: "reply", size: decoded.size, limit: MAX_REPLY_BYTES };
    return { type: "done", id, logs: [], cuts: [cut], result: null, call: null };
  }
  return isWorkerReply(decoded.value) ? { ...decoded.value, id } : drop("reply of the wrong shape");
}

/** Something about a result the reader should be told in words. */
export type Problem =
  | {
      kind: "diverged";
      optimizer: { method: "gd" | "momentum" | "nesterov"; eta: number; beta: number };
      step: number;
    }
  | { kind: "training-diverged"; label: string | null; epoch: number | null }
  | { kind: "not-finite"; label: string | null };

const isTrajectoryLike = (
  v: unknown,
): v is { diverged: boolean; step: number; optimizer: Record<string, unknown> } =>
  isObject(v) && Array.isArray(v.points) && isObject(v.optimizer) && typeof v.diverged === "boolean";

/** Divergence and NaN in a result (trajectories, training results, chart series). */
export function diagnose(result: unknown): Problem[] {
  const problems: Problem[] = [];
  const items: unknown[] = Array.isArray(result)
    ? result
    : isObject(result) && Array.isArray(result.runs)
      ? result.runs
      : [result];
  for (const item of items) {
    if (isTrajectoryLike(item)) {
      if (item.diverged) {
        const o = item.optimizer;
        problems.push({
          kind: "diverged",
          optimizer: { method: o.method as "gd", eta: Number(o.eta), beta: Number(o.beta) },
          step: item.step,
        });
      }
    } else if (isObject(item) && Array.isArray(item.losses)) {
      const label = typeof item.label === "string" ? item.label : null;
      const losses = item.losses as { epoch?: unknown; loss?: unknown }[];
      if (item.diverged === true || losses.some((p) => !Number.isFinite(p?.loss))) {
        const last = losses[losses.length - 1];
        problems.push({
          kind: "training-diverged",
          label,
          epoch: typeof last?.epoch === "number" ? last.epoch : null,
        });
      }
    }
  }
  if (isObject(result) && Array.isArray(result.series)) {
    for (const s of result.series as { label?: unknown; points?: unknown }[]) {
      const points = Array.isArray(s?.points) ? (s.points as unknown[]) : [];
      if (
        points.some((p) => Array.isArray(p) && p.some((c) => typeof c === "number" && !Number.isFinite(c)))
      ) {
        problems.push({ kind: "not-finite", label: typeof s.label === "string" ? s.label : null });
      }
    }
  }
  return problems;
}
