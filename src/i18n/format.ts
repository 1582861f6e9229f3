/**
 * How every live figure and caption prints numbers and fills its strings: one template style
 * (`{name}` placeholders), numbers with a Unicode minus, and the same text for every non-finite
 * value (∞, −∞, NaN), whatever the figure. The strings themselves are in src/i18n/en.ts and zh.ts
 * (accessor: strings.ts); each locale's `Punctuation` is its `punctuation` group there.
 */

/** Rounds away binary noise (0.1 + 0.2) so values print and serialise cleanly. */
export function tidy(v: number, digits = 4): number {
  const r = Number(v.toFixed(digits));
  return r === 0 ? 0 : r;
}
/** ∞, −∞ or NaN as printed; null for a finite number. */
function nonFinite(v: number): string | null {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "\u2212∞";
  return null;
}

/** `v` to `digits` decimals, without a minus on a zero ("-0.0"); non-finite as JavaScript prints it. */
export function fixed(v: number, digits = 3): string {
  return Number.isFinite(v) ? v.toFixed(digits).replace(/^-(0\.0+)$/, "$1") : String(v);
}

/** Number as printed in captions and readouts: at most `digits` decimals, Unicode minus. */
export function show(v: number, digits = 3): string {
  return nonFinite(v) ?? String(tidy(v, digits)).replace("-", "\u2212");
}

/** A value that may be tiny or huge (f, distances): three significant digits. */
export function showValue(v: number): string {
  if (v === 0) return "0";
  return nonFinite(v) ?? v.toPrecision(3).replace("-", "\u2212");
}

/** `digits` significant digits, plain between 10⁻⁴ and 10⁶ (losses, sums), Unicode minus. */
export function showSig(v: number, digits = 3): string {
  if (v === 0) return "0";
  const bad = nonFinite(v);
  if (bad !== null) return bad;
  const a = Math.abs(v);
  const text = a >= 1e-4 && a < 1e6 ? String(Number(v.toPrecision(digits))) : v.toPrecision(digits);
  return text.replace("-", "\u2212");
}

/** A count with thousands separators: 2,000,000. */
export function showCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : String(n);
}

/** A point as "(x₁, x₂)" with at most `digits` decimals. */
export function showPoint(p: readonly number[], digits = 3): string {
  return `(${show(p[0], digits)}, ${show(p[1], digits)})`;
}

/**
 * A point as "(x₁, x₂)" with exactly `digits` decimals, Unicode minus: for readouts of several
 * points side by side, whose numbers should line up ("(−1.520, −3.572)", not "(−1.52, −3.572)").
 */
export function showPointFixed(p: readonly number[], digits = 3): string {
  const one = (v: number) => nonFinite(v) ?? fixed(v, digits).replace("-", "\u2212");
  return `(${one(p[0])}, ${one(p[1])})`;
}
/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
/** A whole number as subscript digits, for an index in plain text: 20 → "₂₀" (x₂₀). */
export function subscript(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
}

/** "20 steps", "1 step" ("20 步"). */
export function stepsText(n: number, t: { stepsText: string; oneStep: string }): string {
  return n === 1 ? t.oneStep : fill(t.stepsText, { n });
}

/** "momentum, η = 0.6, β = 0.5": the legend label of an optimizer given as data. */
export function optimizerLabel(
  optimizer: { method: "gd" | "momentum" | "nesterov"; eta: number; beta: number },
  t: { methods: Record<"gd" | "momentum" | "nesterov", string>; punctuation: Punctuation },
): string {
  const [name, comma] = [t.methods[optimizer.method], t.punctuation.comma];
  return optimizer.method === "gd"
    ? `${name}${comma}η = ${optimizer.eta}`
    : `${name}${comma}η = ${optimizer.eta}${comma}β = ${optimizer.beta}`;
}

/** A locale's punctuation between the parts of a generated sentence. */
export interface Punctuation {
  /** Between the items of a setting ("momentum, η = 0.6"): ", " in English, "，" in Chinese. */
  comma: string;
  /** Between the items of a list of settings: "; " in English, "；" in Chinese. */
  list: string;
  /** After a run's label: ": " in English, "：" in Chinese. */
  colon: string;
  /** Between two sentences: a space in English, nothing in Chinese. */
  gap: string;
  /** The end of a sentence: "." in English, "。" in Chinese. */
  stop: string;
}

/**
 * A text with exponents written `^x` ("weight β^τ") cut into runs: `[text, raised]` pairs, an
 * exponent being the letters or digits after a caret. Every place that shows such a text (HTML,
 * SVG) raises the `raised` runs, so no reader sees a caret.
 */
export function exponentRuns(text: string): [string, boolean][] {
  return text
    .split(/\^([\p{L}\p{N}]+)/u)
    .map((run, k): [string, boolean] => [run, k % 2 === 1])
    .filter(([run]) => run !== "");
}
