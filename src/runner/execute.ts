/**
 * Runs an example's TypeScript source: transpile (sucrase: types stripped, ES imports turned into
 * `require`), then execute with a captured `console` and a fixed set of importable modules.
 *
 * The same function produces an example's output at build time and, inside the sandboxed worker,
 * when a reader re-runs edited code. An example prints with `console.log` and may `export default`
 * a value to plot (a trajectory, a training result or a chart spec; see src/figures/example/figure.ts).
 * Examples are modules, so they may `await` at their top level (`runModuleAsync`; the build's
 * synchronous `runModule` says so). What they print is cut to the limits of limits.ts as it is printed.
 */
import { transform } from "sucrase";
import { type Cut, cutText, MAX_LINE_CHARS, MAX_LOG_LINES, MAX_OUTPUT_CHARS } from "./limits.ts";

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

/**
 * A run's console: what it printed, cut to the limits of limits.ts (lines, their length, the whole
 * output) as it is printed, so that a flood costs the worker little and never reaches the page.
 */
export class Output {
  readonly logs: LogLine[] = [];
  private chars = 0;
  private dropped = 0;
  private long = 0;
  private full = false;

  print(level: LogLine["level"], args: readonly unknown[]): void {
    if (this.full || this.logs.length >= MAX_LOG_LINES) {
      this.dropped++;
      return;
    }
    // Formatted only as far as a line can go: console.log(...hugeArray) stops early.
    let text = "";
    for (let i = 0; i < args.length && text.length <= MAX_LINE_CHARS; i++) {
      text += (i ? " " : "") + formatValue(args[i]);
    }
    if (text.length > MAX_LINE_CHARS) {
      text = `${cutText(text, MAX_LINE_CHARS)}…`;
      this.long++;
    }
    const room = MAX_OUTPUT_CHARS - this.chars;
    if (text.length > room) {
      text = `${cutText(text, room)}…`;
      this.full = true;
    }
    this.chars += text.length + 1;
    this.logs.push({ level, text });
  }

  /** What was cut, for the page to say. */
  cuts(): Cut[] {
    const cuts: Cut[] = [];
    if (this.full) cuts.push({ kind: "output", limit: MAX_OUTPUT_CHARS });
    else if (this.dropped) cuts.push({ kind: "lines", limit: MAX_LOG_LINES, dropped: this.dropped });
    if (this.long) cuts.push({ kind: "long-lines", limit: MAX_LINE_CHARS, count: this.long });
    return cuts;
  }
}

/** Formats a console argument the way a reader expects to see it (at most about a line's worth). */
export function formatValue(value: unknown, depth = 0): string {
  if (typeof value === "string") {
    const text = cutText(value, MAX_LINE_CHARS + 1);
    return depth === 0 ? text : JSON.stringify(text);
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined || value === null || typeof value === "boolean") return String(value);
  if (typeof value === "function") return `[Function ${value.name || "anonymous"}]`;
  if (value instanceof Error) return `${value.name}: ${formatValue(value.message)}`;
  if (depth > 2) return Array.isArray(value) ? "[…]" : "{…}";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = value as ArrayLike<unknown>;
    const n = Number(items.length) || 0;
    const shown = Array.from({ length: Math.min(n, 20) }, (_, i) => formatValue(items[i], depth + 1));
    if (n > 20) shown.push(`… ${n - 20} more`);
    return `[${shown.join(", ")}]`;
  }
  const parts: string[] = [];
  let length = 0;
  for (const key of Object.keys(value as object)) {
    if (length > MAX_LINE_CHARS) break;
    const part = `${key}: ${formatValue((value as Record<string, unknown>)[key], depth + 1)}`;
    parts.push(part);
    length += part.length + 2;
  }
  return `{ ${parts.join(", ")} }`;
}

const PARAMETERS = ["require", "exports", "module", "console"] as const;
const AsyncFunction = (async () => {}).constructor as FunctionConstructor;

/** The name executed code carries in stack traces (`example.ts:line:column`). */
export const SOURCE_NAME = "example.ts";

/**
 * Transpiled module code as a function of `require`, `exports`, `module`, `console`: a plain one,
 * or, for code that awaits at its top level (as a module may), an async one.
 */
export function compile(code: string): { run: (...args: unknown[]) => unknown; async: boolean } {
  // The sourceURL names the reader's code in stack traces, so a runtime error can point at its line.
  const body = `${code}\n//# sourceURL=${SOURCE_NAME}`;
  try {
    return { run: new Function(...PARAMETERS, body) as never, async: false };
  } catch (error) {
    try {
      return { run: new AsyncFunction(...PARAMETERS, body) as never, async: true };
    } catch {
      throw error;
    }
  }
}

/** Code compiled with what it runs against; `start` runs it, `output` reads what it exported. */
function prepare(code: string, modules: Record<string, unknown>, output: Output) {
  const capture =
    (level: LogLine["level"]) =>
    (...args: unknown[]) =>
      output.print(level, args);
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
  const module = { exports: {} as Record<string, unknown> };
  const compiled = compile(code);
  return {
    async: compiled.async,
    start: () => compiled.run(require, module.exports, module, sandboxConsole),
    output: (): ExecutionOutput => ({ logs: output.logs, result: module.exports.default }),
  };
}

/**
 * Executes transpiled code. `modules` maps import specifiers to module objects; importing anything
 * else throws a clear error. Exceptions thrown by the code propagate to the caller; what it printed
 * until then is in `output` (pass your own to keep it). Code with a top-level `await` needs
 * `executeAsync`.
 */
export function execute(
  code: string,
  modules: Record<string, unknown>,
  output = new Output(),
): ExecutionOutput {
  const run = prepare(code, modules, output);
  if (run.async) {
    throw new Error(
      "this code awaits at its top level, so it must be run with executeAsync or runModuleAsync",
    );
  }
  run.start();
  return run.output();
}

/** `execute` for any module code, top-level `await` included. */
export async function executeAsync(
  code: string,
  modules: Record<string, unknown>,
  output = new Output(),
): Promise<ExecutionOutput> {
  const run = prepare(code, modules, output);
  await run.start();
  return run.output();
}

/** transpile + execute. */
export function runSource(
  source: string,
  modules: Record<string, unknown>,
  output?: Output,
): ExecutionOutput {
  return execute(transpile(source), modules, output);
}

export interface ModuleRun extends ExecutionOutput {
  /** The call shown for an example whose default export is a function, e.g. `compare(0.6, 0.5)`. */
  call: string | null;
}

/**
 * The default-exported function of a module that ran, the call as shown (with `args`), and the
 * output to keep after calling it (with `args`, only what the call prints); null for a module
 * whose default export is not a function.
 */
function defaultCall(module: ExecutionOutput, args: readonly unknown[] | null | undefined) {
  if (typeof module.result !== "function") {
    if (args) throw new Error("the example does not export a function, so it takes no arguments");
    return null;
  }
  // The function closes over the example's captured console: what the call prints is appended.
  const fn = module.result as (...a: unknown[]) => unknown;
  const before = module.logs.length;
  return {
    invoke: () => fn(...(args ?? [])),
    call: args
      ? `${cutText(String(fn.name || "run"), 100)}(${args.map((a) => formatValue(a, 1)).join(", ")})`
      : null,
    logs: () => (args ? module.logs.slice(before) : module.logs),
  };
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
  output?: Output,
): ModuleRun {
  const module = runSource(source, modules, output);
  const fn = defaultCall(module, args);
  if (!fn) return { ...module, call: null };
  const result = fn.invoke();
  return { logs: fn.logs(), result, call: fn.call };
}

/**
 * `runModule` for any module, top-level `await` included; a default-exported function may be async
 * (its result is awaited).
 */
export async function runModuleAsync(
  source: string,
  modules: Record<string, unknown>,
  args?: readonly unknown[] | null,
  output?: Output,
): Promise<ModuleRun> {
  const module = await executeAsync(transpile(source), modules, output);
  const fn = defaultCall(module, args);
  if (!fn) return { ...module, call: null };
  const result = await fn.invoke();
  return { logs: fn.logs(), result, call: fn.call };
}
