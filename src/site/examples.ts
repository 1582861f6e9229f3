/**
 * The chapter's runnable examples (examples/*.ts) at build time: their source, and the result of
 * running them through the same runner the browser uses, cached so that an example runs once per
 * build however many components (Example, Num) ask for it.
 */
import * as core from "momentum-live/core";
import { type ModuleRun, runModule } from "../runner/execute.ts";

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

export type ExampleRun = ModuleRun;

const cache = new Map<string, ExampleRun>();

/**
 * Runs an example with the browser's runner (`runModule`). When its default export is a function,
 * calls it with `args` (its own defaults when absent); what the call prints is the output, what it
 * returns is the result.
 */
export function runExample(name: string, args?: readonly unknown[]): ExampleRun {
  const key = `${name}(${JSON.stringify(args ?? null)})`;
  const cached = cache.get(key);
  if (cached) return cached;
  let run: ExampleRun;
  try {
    run = runModule(exampleSource(name), exampleModules, args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`examples/${name}.ts failed at build time: ${message}`);
  }
  cache.set(key, run);
  return run;
}
