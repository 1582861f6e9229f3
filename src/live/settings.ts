/**
 * Figure settings as plain data, for every live figure: ranges, snapping to a slider's grid, the
 * URL text `lambda:1,eta:0.5,beta:0.3` (and its tokenizer, shared with the trajectory figure's own
 * format), the state caption. Pure: no DOM. Out-of-range
 * values are clamped, values between two slider positions snapped, and garbage or unknown keys
 * ignored, never thrown; `adjusted` says that something had to be changed (the island shows a notice).
 */
import { tidy } from "../i18n/format.ts";

/** The range of one setting: a slider's min, max and step. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

/** One slider: its range, step and default value. */
export interface ParamSpec extends Range {
  value: number;
}

export type Ranges<K extends string> = Record<K, Range>;
export type Specs<K extends string> = Record<K, ParamSpec>;
export type Values<K extends string> = Record<K, number>;

/** A draggable start point (x₁, x₂) in the view [−3, 3]², at (−2.5, 1.5) to begin with, on a 0.01 grid. */
export const startSpecs: Specs<"x1" | "x2"> = {
  x1: { min: -3, max: 3, step: 0.01, value: -2.5 },
  x2: { min: -3, max: 3, step: 0.01, value: 1.5 },
};

export function defaults<K extends string>(specs: Specs<K>): Values<K> {
  return Object.fromEntries(Object.entries<ParamSpec>(specs).map(([k, s]) => [k, s.value])) as Values<K>;
}

/** `v` inside its range and on its slider's grid of steps (counted from `min`), as the slider would put it. */
export function clampValue(v: number, range: Range): number {
  const inside = clamp(v, range.min, range.max);
  const snapped = range.min + Math.round((inside - range.min) / range.step) * range.step;
  return tidy(clamp(snapped, range.min, range.max));
}

/** Every value of `ranges` inside its range and on its grid. */
export function clampValues<K extends string>(values: Values<K>, ranges: Ranges<K>): Values<K> {
  const out = { ...values };
  for (const k of Object.keys(ranges) as K[]) out[k] = clampValue(values[k], ranges[k]);
  return out;
}

export function sameValues<K extends string>(a: Values<K>, b: Values<K>): boolean {
  return (Object.keys(a) as K[]).every((k) => a[k] === b[k]);
}

/** `beta:0.9,n:40` (keys in the order of `ranges`). */
export function formatValues<K extends string>(values: Values<K>, ranges: Ranges<K>): string {
  return (Object.keys(ranges) as K[]).map((k) => `${k}:${tidy(values[k])}`).join(",");
}

export interface ParsedValues<K extends string> {
  values: Values<K>;
  /** True when something was unknown, unreadable, out of range or off the grid. */
  adjusted: boolean;
}

/** Reads `formatValues` text over `base`; never throws. */
export function parseValues<K extends string>(
  text: string,
  base: Values<K>,
  ranges: Ranges<K>,
): ParsedValues<K> {
  const { fields, stray } = splitFields(text);
  let adjusted = stray;
  const next = { ...base };
  for (const [key, raw] of fields) {
    const value = raw.length === 1 ? readNumber(raw[0]) : null;
    if (!Object.hasOwn(ranges, key) || value === null) {
      adjusted = true;
      continue;
    }
    const clamped = clampValue(value, ranges[key as K]);
    if (clamped !== value) adjusted = true;
    next[key as K] = clamped;
  }
  return { values: next, adjusted };
}

/** A live figure's settings as data: what src/live/figure.ts needs to read, keep and write them. */
export interface Settings<S> {
  /** The setting the page was built with (the "Book" preset). */
  book: S;
  /** The setting inside every range, on every slider's grid. */
  clamp(state: S): S;
  same(a: S, b: S): boolean;
  /** The text of the link and of `data-state`: `key:value,…`. */
  format(state: S): string;
  /** Reads `format`'s text over `base`; never throws; `adjusted` when something had to change. */
  parse(text: string, base: S): { state: S; adjusted: boolean };
  /** The sliders' ranges, when every setting is a number on one (`numericSettings`). */
  ranges?: Ranges<string>;
}

/** The settings of a figure whose every setting is a number on a slider. */
export function numericSettings<K extends string>(ranges: Ranges<K>, book: Values<K>): Settings<Values<K>> {
  return {
    book,
    ranges,
    clamp: (values) => clampValues(values, ranges),
    same: sameValues,
    format: (values) => formatValues(values, ranges),
    parse: (text, base) => {
      const { values, adjusted } = parseValues(text, base, ranges);
      return { state: values, adjusted };
    },
  };
}

/**
 * `compute`, remembered for the `count` settings last asked for (told apart by `key`): a figure's
 * layers and its words ask for the same setting's data in one redraw, and it is computed once; so
 * is a setting drawn ahead (src/live/figure.ts `ahead`, at most four after each move) and then shown.
 */
export function lastBy<V, R>(key: (v: V) => string, compute: (v: V) => R, count = 6): (v: V) => R {
  const last = lru<{ value: R }>(count);
  return (v) => {
    const k = key(v);
    const kept = last.get(k) ?? { value: compute(v) };
    last.set(k, kept);
    return kept.value;
  };
}

/** A small map that forgets the entry used least recently once it holds more than `size`. */
export function lru<V>(size: number) {
  const map = new Map<string, V>();
  const get = (key: string): V | undefined => {
    const value = map.get(key);
    if (value !== undefined) set(key, value);
    return value;
  };
  const set = (key: string, value: V): void => {
    map.delete(key);
    if (map.set(key, value).size > size) map.delete(map.keys().next().value as string);
  };
  return { get, set };
}

/**
 * The settings a reader is likely to ask for next, most likely first, after moving one setting of
 * `ranges` from `from` to `to`: the same move again (a drag keeps its pace), one slider step more
 * or less than that (its pace in steps wavers), and one step back (a key pressed back). Each inside
 * its range and on its grid, none twice, none `to`; none when no setting or several moved.
 */
export function nextSettings<S>(ranges: Ranges<string>, from: S, to: S): S[] {
  const [a, b] = [from as Record<string, unknown>, to as Record<string, unknown>];
  const moved = Object.keys(ranges).filter((k) => a[k] !== b[k]);
  if (moved.length !== 1 || typeof a[moved[0]] !== "number" || typeof b[moved[0]] !== "number") return [];
  const [k] = moved;
  const [was, now] = [a[k] as number, b[k] as number];
  const step = Math.sign(now - was) * ranges[k].step;
  const seen = new Set([now]);
  const out: S[] = [];
  for (const v of [2 * now - was, 2 * now - was + step, 2 * now - was - step, now - step]) {
    const value = clampValue(v, ranges[k]);
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ ...to, [k]: value });
  }
  return out;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A number written in a link (Unicode minus allowed), or null for anything else. */
export function readNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.trim().replace(/\u2212/g, "-");
  if (!numberPattern.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}
/** Splits `key:value,key:a,b` into keys and their comma-separated values. */
export function splitFields(text: string): { fields: Map<string, string[]>; stray: boolean } {
  const fields = new Map<string, string[]>();
  let stray = false;
  let current: string[] | null = null;
  for (const token of String(text).slice(0, 800).split(",")) {
    const colon = token.indexOf(":");
    if (colon >= 0) {
      current = [token.slice(colon + 1)];
      fields.set(token.slice(0, colon).trim(), current);
    } else if (current) current.push(token);
    else if (token.trim() !== "") stray = true;
  }
  return { fields, stray };
}
/**
 * A figure's state caption: its setting in words, and whether that setting differs from the book's
 * (the page then says so; src/live/StateCaption.astro).
 */
export interface Caption {
  text: string;
  changed: boolean;
}

/** One slider with its number box, as a figure's component draws it (src/live/Field.astro). */
export interface FieldSpec {
  name: string;
  label: string;
  value: number;
  range: Range;
}

/** The sliders of `keys`, in that order, labelled from a figure's strings and set to `values`. */
export function fieldSpecs<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  ranges: Ranges<K>,
  values: Values<K>,
): FieldSpec[] {
  return keys.map((name) => ({ name, label: labels[name], value: values[name], range: ranges[name] }));
}
