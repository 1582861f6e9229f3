/**
 * Runs an example's TypeScript source: transpile (sucrase: types stripped, ES imports turned into
 * `require`), then execute with a captured `console` and a fixed set of importable modules.
 *
 * The same function produces an example's output at build time and, inside the sandboxed worker,
 * when a reader re-runs edited code. An example prints with `console.log` and may `export default`
 * a value to plot (a trajectory, a training result or a chart spec; see src/figures/example/figure.ts).
 */
import { transform } from "sucrase";

export interface LogLine {
  level: "log" | "info" | "warn" | "error";
  text: string;
}

export interface ExecutionOutput {
  logs: LogLine[];
  /** The module's default export, if any. */
  result: unknown;
}

/** A syntax error in the reader's code, with its 1-based position. */
export class SourceSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  /** The message without its position. */
  readonly reason: string;
  constructor(message: string, line: number, column: number) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = "SourceSyntaxError";
    this.line = line;
    this.column = column;
    this.reason = message;
  }
}

/** At most this many console lines are kept; a note replaces the rest. */
export const MAX_LOG_LINES = 1000;

/** TypeScript module source → a CommonJS function body. Throws SourceSyntaxError. */
export function transpile(source: string): string {
  try {
    return transform(source, { transforms: ["typescript", "imports"], production: true }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /\((\d+):(\d+)\)\s*$/.exec(message);
    if (at) {
      throw new SourceSyntaxError(message.replace(/\s*\(\d+:\d+\)\s*$/, ""), Number(at[1]), Number(at[2]));
    }
    throw new SourceSyntaxError(message, 1, 1);
  }
}

/** Formats a console argument the way a reader expects to see it. */
export function formatValue(value: unknown, depth = 0): string {
  if (typeof value === "string") return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined || value === null || typeof value === "boolean") return String(value);
  if (typeof value === "function") return `[Function ${value.name || "anonymous"}]`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (depth > 2) return Array.isArray(value) ? "[…]" : "{…}";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, 20).map((v) => formatValue(v, depth + 1));
    if (items.length > 20) shown.push(`… ${items.length - 20} more`);
    return `[${shown.join(", ")}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v, depth + 1)}`).join(", ")} }`;
}

/**
 * Executes transpiled code. `modules` maps import specifiers to module objects; importing anything
 * else throws a clear error. Exceptions thrown by the code propagate to the caller; what it printed
 * until then is in `logs` (pass your own array to keep it).
 */
export function execute(
  code: string,
  modules: Record<string, unknown>,
  logs: LogLine[] = [],
): ExecutionOutput {
  let dropped = 0;
  const capture =
    (level: LogLine["level"]) =>
    (...args: unknown[]) => {
      if (logs.length < MAX_LOG_LINES) logs.push({ level, text: args.map((a) => formatValue(a)).join(" ") });
      else if (dropped++ === 0)
        logs.push({ level: "info", text: `… (only the first ${MAX_LOG_LINES} lines are shown)` });
    };
  const sandboxConsole = {
    log: capture("log"),
    info: capture("info"),
    warn: capture("warn"),
    error: capture("error"),
  };
  const require = (specifier: string) => {
    if (specifier in modules) return modules[specifier];
    throw new Error(`Cannot import "${specifier}": examples can import ${Object.keys(modules).join(", ")}`);
  };
  const exports: Record<string, unknown> = {};
  const module = { exports };
  // The sourceURL names the reader's code in stack traces, so a runtime error can point at its line.
  const run = new Function(
    "require",
    "exports",
    "module",
    "console",
    `${code}\n//# sourceURL=${SOURCE_NAME}`,
  );
  run(require, exports, module, sandboxConsole);
  const finalExports = module.exports as Record<string, unknown>;
  return { logs, result: finalExports.default };
}

/** transpile + execute. */
export function runSource(
  source: string,
  modules: Record<string, unknown>,
  logs?: LogLine[],
): ExecutionOutput {
  return execute(transpile(source), modules, logs);
}

/** The name executed code carries in stack traces (`example.ts:line:column`). */
export const SOURCE_NAME = "example.ts";

export interface ModuleRun extends ExecutionOutput {
  /** The call shown for an example whose default export is a function, e.g. `compare(0.6, 0.5)`. */
  call: string | null;
}

/**
 * Runs an example module the way the chapter shows it. When its default export is a function, calls
 * it with `args` (its own defaults when absent); with `args`, the output is what the call prints and
 * the result what it returns.
 */
export function runModule(
  source: string,
  modules: Record<string, unknown>,
  args?: readonly unknown[] | null,
  logs?: LogLine[],
): ModuleRun {
  const output = runSource(source, modules, logs);
  if (typeof output.result !== "function") {
    if (args) throw new Error("the example does not export a function, so it takes no arguments");
    return { ...output, call: null };
  }
  // The function closes over the example's captured console: what the call prints is appended.
  const fn = output.result as (...a: unknown[]) => unknown;
  const before = output.logs.length;
  const result = fn(...(args ?? []));
  const call = `${fn.name || "run"}(${(args ?? []).map((a) => formatValue(a, 1)).join(", ")})`;
  return { logs: args ? output.logs.slice(before) : output.logs, result, call: args ? call : null };
}
