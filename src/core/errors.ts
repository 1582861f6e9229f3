/**
 * Typed errors of the core and the parameter checks that raise them.
 * Every check names the parameter and the offending value, e.g.
 * `eta must be a positive finite number, got -1`.
 */

/** A bad argument to the core: names the parameter and the value it received. */
export class ParameterError extends Error {
  override readonly name = "ParameterError";
  /** The parameter's name as the caller wrote it, e.g. "eta". */
  readonly parameter: string;
  /** The offending value. */
  readonly value: unknown;

  constructor(parameter: string, requirement: string, value: unknown) {
    super(`${parameter} must be ${requirement}, got ${show(value)}`);
    this.parameter = parameter;
    this.value = value;
  }
}

/** A table that cannot be read: `line` and `column` are 1-based and point at the culprit. */
export class TableParseError extends Error {
  override readonly name = "TableParseError";
  readonly line: number;
  readonly column: number;
  /** The message without the `line L, column C: ` prefix. */
  readonly reason: string;

  constructor(line: number, column: number, reason: string) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** Renders a received value for an error message (numbers as JS prints them, arrays in brackets). */
function show(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const items = Array.from(value as ArrayLike<unknown>, show);
    return `[${items.length > 8 ? `${items.slice(0, 8).join(", ")}, …` : items.join(", ")}]`;
  }
  return typeof value === "object" ? "an object" : String(value);
}

/** The learning rate η: a positive finite number. */
export function checkEta(eta: unknown, name = "eta"): number {
  if (typeof eta !== "number" || !Number.isFinite(eta) || eta <= 0) {
    throw new ParameterError(name, "a positive finite number", eta);
  }
  return eta;
}

/** The momentum β: a number in [0, 1). */
export function checkBeta(beta: unknown, name = "beta"): number {
  if (typeof beta !== "number" || !(beta >= 0 && beta < 1)) {
    throw new ParameterError(name, "a number in [0, 1)", beta);
  }
  return beta;
}

/** Largest number of steps (or epochs) a run accepts. */
export const MAX_STEPS = 100_000;

/** A count of steps or epochs: an integer in [min, MAX_STEPS]. */
export function checkSteps(steps: unknown, name = "steps", min = 0): number {
  if (typeof steps !== "number" || !Number.isInteger(steps) || steps < min || steps > MAX_STEPS) {
    throw new ParameterError(name, `an integer in [${min}, ${MAX_STEPS}]`, steps);
  }
  return steps;
}

/** A finite number (any sign). */
export function checkFinite(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ParameterError(name, "a finite number", value);
  }
  return value;
}

/** A positive finite number. */
export function checkPositive(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new ParameterError(name, "a positive finite number", value);
  }
  return value;
}

/** A non-negative finite number. */
export function checkNonNegative(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ParameterError(name, "a non-negative finite number", value);
  }
  return value;
}

/** A vector of finite numbers, of dimension `dim` when given. */
export function checkVector(value: unknown, name: string, dim?: number): ArrayLike<number> {
  const isVector = Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!isVector) throw new ParameterError(name, "an array of finite numbers", value);
  const v = value as ArrayLike<unknown>;
  if (dim !== undefined && v.length !== dim) {
    throw new ParameterError(name, `an array of length ${dim} (the objective's dimension)`, value);
  }
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new ParameterError(name, "an array of finite numbers", value);
    }
  }
  return v as ArrayLike<number>;
}
