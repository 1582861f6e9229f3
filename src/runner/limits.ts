/**
 * What a run may send to the page, and the cutting that keeps it there. A reader's code (or a
 * stranger's, from a share link) can print or export anything; the page draws what it gets on its
 * own main thread, so everything is cut down in the worker, before it is sent: lines, their length,
 * the whole output, the points and series of a result, and the result's size. Every cut is reported
 * as a `Cut`, which the page words in the reader's language. Pure, no run-time dependencies (the
 * page imports the numbers).
 *
 * The numbers are chosen so that the page draws the largest output or result in well under 200 ms
 * (`npm run bench:sandbox`).
 */

/** At most this many console lines are kept. */
export const MAX_LOG_LINES = 1000;
/** A longer console line is cut to this many characters (and ends in "…"). */
export const MAX_LINE_CHARS = 2000;
/** The whole output (all lines) is cut at this many characters. */
export const MAX_OUTPUT_CHARS = 200_000;
/** A result's drawable points (over all its series) are thinned to at most this many. */
export const MAX_POINTS = 10_000;
/** A result's series (chart series, trajectories, training runs): at most this many are kept. */
export const MAX_SERIES = 50;
/** A result larger than this (characters as data, about its JSON size) is not sent. */
export const MAX_RESULT_CHARS = 2_000_000;
/** An error's message is cut to this many characters. */
export const MAX_MESSAGE_CHARS = 1000;
/**
 * The page refuses a reply larger than this many bytes without reading it. Replies within the limits
 * above are far smaller; only code that tampers with the runner itself could send more.
 */
export const MAX_REPLY_BYTES = 8_000_000;

/** What was cut from a run's output or result, for the page to say. */
export type Cut =
  /** Lines after the first `limit` were dropped (`dropped` of them). */
  | { kind: "lines"; limit: number; dropped: number }
  /** `count` lines were longer than `limit` characters and were cut. */
  | { kind: "long-lines"; limit: number; count: number }
  /** The output was cut at `limit` characters. */
  | { kind: "output"; limit: number }
  /** The result had `total` points; at most `limit` are drawn. */
  | { kind: "points"; total: number; limit: number }
  /** The result had `total` series; the first `limit` are drawn. */
  | { kind: "series"; total: number; limit: number }
  /** The result was larger than `limit` characters as data and was left out. */
  | { kind: "result"; limit: number }
  /** The reply was `size` bytes, over the page's `limit`, and was not read. */
  | { kind: "reply"; size: number; limit: number };

/** `text` cut to `limit` characters, without splitting a surrogate pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1] ?? "") ? limit - 1 : limit;
  return text.slice(0, end);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * At most `keep` of `items` (`keep` ≥ 2), in order, spread over the whole run: the first and the
 * last, and from each stretch the items where `y` is lowest and highest, so a thinned line keeps
 * its envelope (its spikes). Items whose `y` is not a finite number are kept too (so NaN is still
 * found), within the budget.
 */
export function thin<T>(items: readonly T[], keep: number, y: (item: T) => unknown): T[] {
  if (items.length <= keep) return [...items];
  const buckets = Math.max(1, Math.floor((keep - 2) / 2));
  const size = (items.length - 2) / buckets;
  const out: T[] = [items[0]];
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor(b * size);
    const to = Math.min(items.length - 1, 1 + Math.floor((b + 1) * size));
    let lo = -1;
    let hi = -1;
    let odd = -1;
    for (let i = from; i < to; i++) {
      const v = y(items[i]);
      if (typeof v !== "number" || !Number.isFinite(v)) {
        if (odd < 0) odd = i;
        continue;
      }
      if (lo < 0 || v < (y(items[lo]) as number)) lo = i;
      if (hi < 0 || v > (y(items[hi]) as number)) hi = i;
    }
    // Two of each stretch, in order: its first non-finite item and its lowest, else its lowest and highest.
    const picked = [...new Set(odd >= 0 ? [odd, lo] : [lo, hi])].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of picked) out.push(items[i]);
  }
  out.push(items[items.length - 1]);
  return out;
}

/** A drawable result's lines: where each one's points are, and what its height is. */
interface Lines {
  /** The line objects (series, trajectories, training results). */
  lines: unknown[];
  /** The name of a line's points array. */
  key: "points" | "losses";
  y: (p: unknown) => unknown;
  /** The result with `lines` in place of its own. */
  rebuild: (lines: unknown[]) => unknown;
}

const pointY = (p: unknown) => (Array.isArray(p) ? p[1] : undefined);
const lossY = (p: unknown) => (isObject(p) ? p.loss : undefined);
const trajectoryY = (p: unknown) => (isObject(p) ? p.f : undefined);

/** The lines of a result in one of the shapes the page draws (src/figures/example/figure.ts), or null. */
function linesOf(result: unknown): Lines | null {
  const has = (key: string) => (v: unknown) => isObject(v) && Array.isArray(v[key]);
  if (isObject(result) && Array.isArray(result.series)) {
    return { lines: result.series, key: "points", y: pointY, rebuild: (series) => ({ ...result, series }) };
  }
  if (isObject(result) && Array.isArray(result.runs)) {
    return { lines: result.runs, key: "points", y: trajectoryY, rebuild: (runs) => ({ ...result, runs }) };
  }
  if (has("points")(result)) return { lines: [result], key: "points", y: trajectoryY, rebuild: (l) => l[0] };
  if (has("losses")(result)) return { lines: [result], key: "losses", y: lossY, rebuild: (l) => l[0] };
  if (Array.isArray(result) && result.length > 0) {
    if (result.every(has("points")))
      return { lines: result, key: "points", y: trajectoryY, rebuild: (l) => l };
    if (result.every(has("losses"))) return { lines: result, key: "losses", y: lossY, rebuild: (l) => l };
  }
  return null;
}

/**
 * A drawable result cut to `MAX_SERIES` lines and `MAX_POINTS` points in all (each line thinned in
 * proportion to its length), with what was cut. Other values are returned as they are. The reader's
 * objects are not changed (cut lines are copies).
 */
export function capPoints(result: unknown): { result: unknown; cuts: Cut[] } {
  const found = linesOf(result);
  if (!found) return { result, cuts: [] };
  const cuts: Cut[] = [];
  let lines = found.lines;
  if (lines.length > MAX_SERIES) {
    cuts.push({ kind: "series", total: lines.length, limit: MAX_SERIES });
    lines = lines.slice(0, MAX_SERIES);
  }
  const pointsOf = (line: unknown): unknown[] | null => {
    const p = isObject(line) ? line[found.key] : null;
    return Array.isArray(p) ? p : null;
  };
  const total = lines.reduce<number>((n, line) => n + (pointsOf(line)?.length ?? 0), 0);
  if (total > MAX_POINTS) {
    cuts.push({ kind: "points", total, limit: MAX_POINTS });
    lines = lines.map((line) => {
      const points = pointsOf(line);
      if (!points) return line;
      const keep = Math.max(2, Math.floor((points.length / total) * MAX_POINTS));
      return { ...(line as object), [found.key]: thin(points, keep, found.y) };
    });
  }
  return { result: cuts.length ? found.rebuild(lines) : result, cuts };
}
