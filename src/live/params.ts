/**
 * Numeric figure settings as plain data, for every live figure beyond the trajectory (region,
 * scalar, eigen-coordinates, playground, and the basics and experiments figures): ranges, snapping
 * to a slider's grid, and the URL text `lambda:1,eta:0.5,beta:0.3`. Pure: no DOM. Out-of-range
 * values are clamped, values between two slider positions snapped, and garbage or unknown keys
 * ignored, never thrown; `adjusted` says that something had to be changed (the island shows a notice).
 */
import { clamp, readNumber, splitFields, tidy } from "../figures/trajectory/state.ts";

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
