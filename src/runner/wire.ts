/**
 * How a run's reply travels from the worker to the page: made plain data within a size limit
 * (`toData`), then written as JSON into an ArrayBuffer (`encodeReply`) that is transferred, not
 * copied, to the sandbox page and on to the page. The page checks the buffer's size before it reads
 * a byte (`decodeReply`), so a reply can cost the page at most MAX_REPLY_BYTES of parsing, whatever
 * the code did: even code that replaced `JSON.stringify`, `Array.prototype` or a `toJSON` method
 * cannot send the page more, because the encoder uses the functions captured here when the worker
 * started, before any reader's code ran. Non-finite numbers survive the trip (JSON has none).
 * No run-time dependencies.
 */
import { MAX_REPLY_BYTES } from "./limits.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Over the size budget: thrown through `toData`'s walk to stop it at once. */
const OVER = Symbol("over");

/**
 * A plain copy of `value` (what JSON and postMessage carry): functions and symbols are dropped,
 * class instances become plain objects, Maps, Sets and typed arrays arrays, cycles and very deep
 * nesting are cut. An objective keeps its name, dimension and minimizer. Its size is counted as
 * it is made (about its JSON length in characters); past `limit` the walk stops and the answer is
 * null, so a huge value costs no more than `limit` to find out.
 */
export function toData(value: unknown, limit = Number.POSITIVE_INFINITY): { value: unknown } | null {
  let left = limit;
  const spend = (n: number) => {
    left -= n;
    if (left < 0) throw OVER;
  };
  const seen = new WeakSet<object>();
  const copy = (v: unknown, depth: number): unknown => {
    if (typeof v === "function" || typeof v === "symbol") return undefined;
    if (typeof v === "bigint") return copy(Number(v), depth);
    if (typeof v === "string") {
      spend(v.length + 2);
      return v;
    }
    if (!isObject(v)) {
      spend(8);
      return v;
    }
    spend(2);
    if (seen.has(v) || depth > 24) return null;
    seen.add(v);
    try {
      if (ArrayBuffer.isView(v)) {
        const items = v as unknown as ArrayLike<unknown>;
        spend(8 * (Number(items.length) || 0));
        return Array.from({ length: Number(items.length) || 0 }, (_, i) => items[i]);
      }
      if (v instanceof Date) return copy(Number.isNaN(v.getTime()) ? null : v.toISOString(), depth);
      if (v instanceof Error) return { name: copy(v.name, depth + 1), message: copy(v.message, depth + 1) };
      if (v instanceof Map || v instanceof Set || Array.isArray(v)) {
        const out: unknown[] = [];
        for (const item of v as Iterable<unknown>) out.push(copy(item, depth + 1) ?? null);
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        spend(key.length + 3);
        const c = copy(v[key], depth + 1);
        if (c !== undefined) out[key] = c;
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return { value: copy(value, 0) };
  } catch (error) {
    if (error === OVER) return null;
    throw error;
  }
}

/** `toData` without a size limit. */
export function toCloneable(value: unknown): unknown {
  return (toData(value) as { value: unknown }).value;
}

// Captured when this module loads (in the worker: before any reader's code runs).
const uncurry = Function.prototype.bind.bind(Function.prototype.call) as <A extends unknown[], R>(
  f: (...args: A) => R,
) => (self: unknown, ...args: A) => R;
const stringify = JSON.stringify;
const parse = JSON.parse;
const encoder = new TextEncoder();
const encode = uncurry(TextEncoder.prototype.encode);
const bufferOf = uncurry(
  (
    Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(Uint8Array.prototype),
      "buffer",
    ) as PropertyDescriptor
  ).get as () => ArrayBuffer,
);
const isNaNValue = Number.isNaN;

/** How a non-finite number is written (JSON has none), and read back. */
const NON_FINITE = "$nonFinite";
const writeNumber = (_key: string, v: unknown) =>
  typeof v === "number" && v - v !== 0
    ? { [NON_FINITE]: isNaNValue(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity" }
    : v;
const NUMBERS: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
};
const readNumber = (_key: string, v: unknown) =>
  isObject(v) && typeof v[NON_FINITE] === "string" && Object.hasOwn(NUMBERS, v[NON_FINITE])
    ? NUMBERS[v[NON_FINITE]]
    : v;

/** A reply (plain data, `toData`) as the bytes of its JSON. */
export function encodeReply(reply: unknown): ArrayBuffer {
  return bufferOf(encode(encoder, stringify(reply, writeNumber) ?? "null"));
}

/** Why `decodeReply` gave up. */
export type Undecodable = { problem: "size"; size: number } | { problem: "format" };

/**
 * The value of an encoded reply, or why it could not be read: a buffer over MAX_REPLY_BYTES is
 * refused unread, anything but UTF-8 JSON is refused. Never throws.
 */
export function decodeReply(bytes: unknown): { value: unknown } | Undecodable {
  if (!(bytes instanceof ArrayBuffer)) return { problem: "format" };
  if (bytes.byteLength > MAX_REPLY_BYTES) return { problem: "size", size: bytes.byteLength };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { value: text.includes(`"${NON_FINITE}"`) ? parse(text, readNumber) : parse(text) };
  } catch {
    return { problem: "format" };
  }
}
