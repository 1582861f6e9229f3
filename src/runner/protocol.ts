/**
 * The message protocol of the in-browser runner, and the pure functions on both ends of it.
 *
 *   page ──init {code}──▶ sandbox host (opaque-origin iframe, public/sandbox.html)
 *   page ──run {id, channel, source, args, limitMs}──▶ host ──▶ worker (blob: URL, one per channel)
 *   page ◀──done | error──  host ◀── worker          page ◀──timeout── host (worker terminated)
 *
 * The worker answers a run with `handleRun` (runner.ts), which reuses the build's runner
 * (execute.ts), so an edited example runs exactly as the chapter's own examples ran at build time.
 * This module has no run-time dependencies: the page imports it without the transpiler.
 */
import type { LogLine } from "./execute.ts";

/** How long a run may take before its worker is terminated. */
export const TIME_LIMIT_MS = 4000;

export interface RunRequest {
  type: "run";
  id: number;
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

export type RunReply =
  | { type: "done"; id: number; logs: LogLine[]; result: unknown; call: string | null }
  | { type: "error"; id: number; logs: LogLine[]; error: RunError }
  | { type: "timeout"; id: number; limitMs: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

export function isRunRequest(data: unknown): data is RunRequest {
  return (
    isObject(data) &&
    data.type === "run" &&
    typeof data.id === "number" &&
    typeof data.channel === "string" &&
    typeof data.source === "string" &&
    (data.args === null || Array.isArray(data.args)) &&
    typeof data.limitMs === "number"
  );
}

export function isRunReply(data: unknown): data is RunReply {
  return (
    isObject(data) &&
    typeof data.id === "number" &&
    (data.type === "done" || data.type === "error" || data.type === "timeout")
  );
}

/**
 * A copy of `value` that survives postMessage (structured clone): functions and symbols are
 * dropped, class instances become plain objects, Maps and Sets arrays, cycles and very deep
 * nesting are cut. An objective keeps its name, dimension and minimizer.
 */
export function toCloneable(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "function" || typeof value === "symbol") return undefined;
  if (!isObject(value)) return value;
  if (seen.has(value) || depth > 24) return null;
  seen.add(value);
  try {
    if (ArrayBuffer.isView(value) || value instanceof Date) return value;
    if (value instanceof Error) return { name: value.name, message: value.message };
    if (value instanceof Map) return Array.from(value, (e) => toCloneable(e, depth + 1, seen));
    if (value instanceof Set || Array.isArray(value)) {
      return Array.from(value as Iterable<unknown>, (v) => toCloneable(v, depth + 1, seen) ?? null);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const c = toCloneable(v, depth + 1, seen);
      if (c !== undefined) copy[key] = c;
    }
    return copy;
  } finally {
    seen.delete(value);
  }
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
