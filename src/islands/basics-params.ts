/**
 * Numeric settings of the basics and experiments figures as plain data: ranges, clamping, and the
 * URL form `?<key>=beta:0.9,n:40`. Pure: no DOM. Garbage is ignored and out-of-range values are
 * clamped, never thrown; `adjusted` says that something had to be changed (the island shows a notice).
 */
import { clamp, fill, readNumber, tidy } from "./state.ts";

export { clamp, fill, tidy };

/** The range of one setting. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

export type Ranges<K extends string> = Record<K, Range>;
export type Values<K extends string> = Record<K, number>;

/** `v` inside its range and on its grid of steps (counted from `min`). */
export function clampValue(v: number, range: Range): number {
  const inside = clamp(v, range.min, range.max);
  const snapped = range.min + Math.round((inside - range.min) / range.step) * range.step;
  return tidy(clamp(snapped, range.min, range.max));
}

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
  const next = { ...base };
  let adjusted = false;
  for (const token of String(text).slice(0, 300).split(",")) {
    if (token.trim() === "") continue;
    const colon = token.indexOf(":");
    const key = token.slice(0, Math.max(0, colon)).trim();
    const value = readNumber(colon >= 0 ? token.slice(colon + 1) : undefined);
    if (colon < 0 || !Object.hasOwn(ranges, key) || value === null) {
      adjusted = true;
      continue;
    }
    const k = key as K;
    const clamped = clampValue(value, ranges[k]);
    if (clamped !== value) adjusted = true;
    next[k] = clamped;
  }
  return { values: next, adjusted };
}

/** Number as printed in captions and readouts: at most `digits` decimals, Unicode minus. */
export function show(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return v > 0 ? "∞" : String(v);
  return String(tidy(v, digits)).replace("-", "\u2212");
}

/** `digits` significant digits (values that may be tiny or huge), Unicode minus. */
export function showSig(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return v > 0 ? "∞" : String(v);
  if (v === 0) return "0";
  const a = Math.abs(v);
  const text = a >= 1e-4 && a < 1e6 ? String(Number(v.toPrecision(digits))) : v.toPrecision(digits);
  return text.replace("-", "\u2212");
}

/** A point as "(x₁, x₂)" with `digits` decimals. */
export function showPair(p: readonly number[], digits = 3): string {
  return `(${show(p[0], digits)}, ${show(p[1], digits)})`;
}
