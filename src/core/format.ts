/**
 * Output lines printed the way the book's Python prints them: `%f` / `{:.3f}` formatting
 * (round half to even on the exact binary value, "-0.000000" for negative values that round to
 * zero, "inf"/"nan" for non-finite values).
 */
import type { Trajectory } from "./run.ts";

/** Python's `format(x, ".{digits}f")` (`%f` is digits = 6). */
export function formatFixed(x: number, digits = 6): string {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) throw new RangeError("digits must be in 0..20");
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x < 0 ? "-inf" : "inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const a = Math.abs(x);
  if (a >= 1e21) return sign + BigInt(a).toString() + (digits > 0 ? "." + "0".repeat(digits) : "");
  // toFixed rounds ties away from zero; Python rounds them to even. A tie is exact in binary, so
  // 100 digits (the exact expansion, to far below one ulp) reveal it.
  const exact = a.toFixed(100);
  const point = exact.indexOf(".");
  const rest = exact.slice(point + 1 + digits);
  if (rest[0] === "5" && /^0*$/.test(rest.slice(1))) {
    const kept = exact.slice(0, digits > 0 ? point + 1 + digits : point);
    if (Number(kept[kept.length - 1]) % 2 === 0) return sign + kept;
  }
  return sign + a.toFixed(digits);
}

/** The book's 2-D result line, e.g. `epoch 20, x1: -0.943467, x2: -0.000073`. */
export function formatEpochLine(epoch: number, x: ArrayLike<number>): string {
  const parts = Array.from(x, (xi, i) => `x${i + 1}: ${formatFixed(xi)}`);
  return `epoch ${epoch}, ${parts.join(", ")}`;
}

/** The book's line for the last recorded point of a run (`epoch T, x1: …, x2: …`). */
export function formatTrajectory(trajectory: Trajectory): string {
  const last = trajectory.points[trajectory.points.length - 1];
  return last ? formatEpochLine(last.t, last.x) : `epoch 0 (no finite point)`;
}

/** The book's training line: `loss: 0.243`, or `loss: 0.243, 0.011 sec/epoch` with a timing. */
export function formatLoss(loss: number, secondsPerEpoch?: number): string {
  const line = `loss: ${formatFixed(loss, 3)}`;
  return secondsPerEpoch === undefined ? line : `${line}, ${formatFixed(secondsPerEpoch, 3)} sec/epoch`;
}
