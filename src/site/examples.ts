/**
 * The chapter's runnable examples (examples/*.ts) at build time: their source, and the result of
 * running them through the same runner the browser uses, cached so that an example runs once per
 * build however many components (Example, Num) ask for it.
 */
import * as core from "momentum-live/core";
import { type ExecutionOutput, formatValue, runSource } from "../playground/execute.ts";

const sources = import.meta.glob<string>("/examples/*.ts", { query: "?raw", import: "default", eager: true });

/** Modules an example may import, by specifier. */
export const exampleModules: Record<string, unknown> = { "momentum-live/core": core };

export function exampleNames(): string[] {
  return Object.keys(sources).map((p) => p.replace(/^\/examples\/|\.ts$/g, ""));
}

export function exampleSource(name: string): string {
  const source = sources[`/examples/${name}.ts`];
  if (source === undefined) {
    throw new Error(
      `Unknown example "${name}": there is no examples/${name}.ts (have: ${exampleNames().join(", ")})`,
    );
  }
  return source;
}

export interface ExampleRun extends ExecutionOutput {
  /** The call shown for an example whose default export is a function, e.g. `trainMomentum(0.01, 0.9)`. */
  call: string | null;
}

const cache = new Map<string, ExampleRun>();

/**
 * Runs an example. When its default export is a function, calls it with `args` (its own defaults
 * when absent); what the call prints is appended to the output, what it returns is the result.
 */
export function runExample(name: string, args?: readonly unknown[]): ExampleRun {
  const key = `${name}(${JSON.stringify(args ?? null)})`;
  const cached = cache.get(key);
  if (cached) return cached;
  let run: ExampleRun;
  try {
    const output = runSource(exampleSource(name), exampleModules);
    if (typeof output.result === "function") {
      // The function closes over the example's captured console, so what the call prints is
      // appended to `output.logs`.
      const fn = output.result as (...a: unknown[]) => unknown;
      const before = output.logs.length;
      const result = fn(...(args ?? []));
      const call = `${fn.name || "run"}(${(args ?? []).map((a) => formatValue(a, 1)).join(", ")})`;
      run = { logs: args ? output.logs.slice(before) : output.logs, result, call: args ? call : null };
    } else {
      if (args) throw new Error(`example "${name}" does not export a function, so it takes no args`);
      run = { ...output, call: null };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`examples/${name}.ts failed at build time: ${message}`);
  }
  cache.set(key, run);
  return run;
}
