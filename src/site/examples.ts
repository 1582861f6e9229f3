/**
 * The chapter's runnable examples (examples/*.ts) at build time: their source, and the result of
 * running them through the same runner the browser uses, cached so that an example runs once per
 * build however many components (Example, Num) ask for it.
 */
import * as core from "momentum-live/core";
import { type ModuleRun, runModule } from "../runner/execute.ts";
import type { Locale } from "./chapter.ts";

const sources = import.meta.glob<string>("/examples/*.ts", { query: "?raw", import: "default", eager: true });

/** Modules an example may import, by specifier. */
export const exampleModules: Record<string, unknown> = { "momentum-live/core": core };

export function exampleNames(): string[] {
  return Object.keys(sources).map((p) => p.replace(/^\/examples\/|\.ts$/g, ""));
}

/**
 * An example's source with its comments in one language. Each example is written once, its comments
 * in English, each followed by its Chinese on lines of their own that start with `//zh`:
 *
 *   // Gradient descent with learning rate η = 0.4.      a comment block (`//` or `/** … *\/` lines)
 *   //zh 学习率 η = 0.4 的梯度下降。                       → `// 学习率 …` on Chinese pages
 *   //zh /** 两个速度，都从零开始。 *\/                   → written as is when it starts with `/*` or `*`
 *   method: trajectory.optimizer.method, // drawn in …   a comment after code
 *   //zh 按方法的颜色绘制                                  → replaces it, on the same line
 *
 * English pages drop the `//zh` lines; Chinese pages put them in place of the English comment above
 * them. Code is never touched, so both versions run alike. `file` names the source in errors.
 */
export function localizeComments(source: string, locale: Locale, file = "example"): string {
  const lines = source.split("\n");
  const out: string[] = [];
  let translated = 0; // out[0 … translated) holds nothing an English comment block may take back
  for (let k = 0; k < lines.length; k++) {
    const first = k;
    const run: { indent: string; text: string }[] = [];
    for (let m = ZH_LINE.exec(lines[k]); m; m = ZH_LINE.exec(lines[++k] ?? "")) {
      run.push({ indent: m[1], text: m[2] ?? "" });
    }
    if (!run.length) {
      out.push(lines[k]);
      continue;
    }
    k -= 1; // the last line of the run
    const where = `${file}:${first + 1}`;
    const above = out.at(-1) ?? "";
    const trailing = above.search(/\s\/\/\s/);
    if (FULL_COMMENT.test(above)) {
      if (locale !== "zh") continue;
      while (out.length > translated && FULL_COMMENT.test(out.at(-1) ?? "")) out.pop();
      for (const { indent, text } of run) out.push(`${indent}${/^\/?\*/.test(text) ? text : `// ${text}`}`);
      translated = out.length;
    } else if (trailing >= 0 && !/^\s*$/.test(above.slice(0, trailing))) {
      if (run.length > 1) throw new Error(`${where}: a comment after code takes one //zh line`);
      if (locale === "zh") out[out.length - 1] = `${above.slice(0, trailing)} // ${run[0].text}`;
    } else {
      throw new Error(`${where}: a //zh line must follow the English comment it translates`);
    }
  }
  return out.join("\n");
}

/** A line of Chinese for the comment above it (see `localizeComments`). */
const ZH_LINE = /^(\s*)\/\/zh(?: (.*))?$/;
/** A line that is all comment: `// …`, `/** …`, ` * …`, ` *\/`. */
const FULL_COMMENT = /^\s*(\/\/(?!zh(\s|$))|\/\*|\*)/;

/** An example's source as a page of `locale` shows it (the language of its comments); English by default. */
export function exampleSource(name: string, locale: Locale = "en"): string {
  const source = sources[`/examples/${name}.ts`];
  if (source === undefined) {
    throw new Error(
      `Unknown example "${name}": there is no examples/${name}.ts (have: ${exampleNames().join(", ")})`,
    );
  }
  return localizeComments(source, locale, `examples/${name}.ts`);
}

/** One call of the core's `run` that an example made. */
export interface RunCall {
  objective: core.Objective;
  optimizer: core.Optimizer;
  options: core.RunOptions;
}

export interface ExampleRun extends ModuleRun {
  /**
   * The core's `run` calls the example made, by the trajectory each returned: what a live
   * trajectory figure is configured from (src/figures/trajectory/config.ts), read from the one run.
   */
  calls: Map<unknown, RunCall>;
}

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
  const calls = new Map<unknown, RunCall>();
  const recording = (objective: core.Objective, optimizer: core.Optimizer, options: core.RunOptions) => {
    const trajectory = core.run(objective, optimizer, options);
    calls.set(trajectory, { objective, optimizer, options });
    return trajectory;
  };
  try {
    const modules = { ...exampleModules, "momentum-live/core": { ...core, run: recording } };
    run = { ...runModule(exampleSource(name), modules, args), calls };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`examples/${name}.ts failed at build time: ${message}`);
  }
  cache.set(key, run);
  return run;
}
