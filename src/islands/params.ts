/**
 * Numeric figure parameters as plain data, for the figures beyond the trajectory (region, scalar,
 * eigen-coordinates, playground): ranges, clamping, and the URL text `lambda:1,eta:0.5,beta:0.3`.
 * Pure. Out-of-range values are clamped and garbage ignored (`adjusted` set), never thrown.
 */
import { clamp, readNumber, splitFields, tidy } from "./state.ts";

/** One slider: its range, step and default value. */
export interface ParamSpec {
  min: number;
  max: number;
  step: number;
  value: number;
}

export type Specs<K extends string> = Record<K, ParamSpec>;
export type Values<K extends string> = Record<K, number>;

export function defaults<K extends string>(specs: Specs<K>): Values<K> {
  return Object.fromEntries(Object.entries<ParamSpec>(specs).map(([k, s]) => [k, s.value])) as Values<K>;
}

/** Every value inside its range, rounded to its step's precision. */
export function clampParams<K extends string>(specs: Specs<K>, values: Values<K>): Values<K> {
  const out = { ...values };
  for (const [k, s] of Object.entries<ParamSpec>(specs)) {
    const v = clamp(values[k as K], s.min, s.max);
    out[k as K] = Number.isInteger(s.step) ? Math.round(v) : tidy(v);
  }
  return out;
}

export function formatParams<K extends string>(specs: Specs<K>, values: Values<K>): string {
  return Object.keys(specs)
    .map((k) => `${k}:${tidy(values[k as K])}`)
    .join(",");
}

export interface ParsedParams<K extends string> {
  values: Values<K>;
  /** Keys the specs do not know, with their raw text (a caller may read them, e.g. a start point). */
  rest: Map<string, string[]>;
  /** Something was out of range or unreadable and was adjusted or ignored. */
  adjusted: boolean;
}

/** Reads `formatParams`' text over `base`; never throws. */
export function parseParams<K extends string>(
  specs: Specs<K>,
  text: string,
  base: Values<K>,
): ParsedParams<K> {
  const { fields, stray } = splitFields(text);
  let adjusted = stray;
  const next = { ...base };
  const rest = new Map<string, string[]>();
  for (const [key, raw] of fields) {
    if (!(key in specs)) {
      rest.set(key, raw);
      continue;
    }
    const v = raw.length === 1 ? readNumber(raw[0]) : null;
    if (v === null) adjusted = true;
    else next[key as K] = v;
  }
  const values = clampParams(specs, next);
  for (const k of Object.keys(specs)) {
    if (Math.abs(values[k as K] - next[k as K]) > 1e-4) adjusted = true;
  }
  return { values, rest, adjusted };
}
