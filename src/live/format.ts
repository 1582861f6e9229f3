/**
 * How the basics and experiments figures print numbers (captions, readouts). Their settings
 * (ranges, clamping, links) are src/live/params.ts's.
 */
import { fill, tidy } from "../figures/trajectory/state.ts";

export { fill };

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
