/**
 * The structure of src/ stays true (README "What is here"): imports point down the layers only, the
 * core imports nothing outside itself, drawing code imports no DOM glue, no import cycles, small
 * folders and files. Each rule is checked on the real tree and, so that it can fail, on a made-up one.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Layers from the bottom up: a file may import its own layer's files and those of lower layers. */
const layers: readonly (readonly string[])[] = [
  ["core"],
  ["runner"],
  ["site"],
  ["i18n"],
  ["draw"],
  ["live"],
  ["figures"],
  ["editor"],
  ["components", "markdown", "build", "starlight", "pages", "styles", "content.config.ts"],
];

/** The layer of a path under src/ (`figures/region/model.ts` → index of "figures"). */
function layerOf(file: string): number {
  const top = file.split("/")[0];
  return layers.findIndex((names) => names.includes(top));
}

/** Drawing code: it turns data into markup, so it must not reach for controls or islands. */
const isDrawing = (file: string) => file.startsWith("draw/") || /^figures\/[^/]+\/figure\.ts$/.test(file);
const isGlue = (file: string) =>
  file.startsWith("live/") || file.endsWith("/island.ts") || file.startsWith("editor/");

type Graph = Map<string, string[]>;

/** Every rule broken by `graph` (files relative to src/), as sentences. */
function violations(graph: Graph): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (file.startsWith("core/") && !target.startsWith("core/"))
        out.push(`${file} imports ${target}: the core imports nothing outside itself`);
      else if (layerOf(target) > layerOf(file))
        out.push(`${file} imports ${target}: a lower layer imports a higher one`);
      if (isDrawing(file) && isGlue(target))
        out.push(`${file} imports ${target}: drawing code imports DOM glue`);
    }
  }
  for (const cycle of cycles(graph)) out.push(`import cycle: ${cycle.join(" → ")}`);
  return out;
}

/** The strongly connected components of more than one file (Tarjan), each as a list of files. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|astro)$/.test(name) ? [full] : [];
  });
}

const specifier =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The import graph of src/, files relative to src/ (relative imports and the `@src/` alias). */
function sourceGraph(): Graph {
  const src = path.join(root, "src");
  const graph: Graph = new Map();
  for (const file of sourceFiles(src)) {
    const targets: string[] = [];
    for (const match of readFileSync(file, "utf8").matchAll(specifier)) {
      const spec = match[1] ?? match[2];
      const resolved = spec.startsWith(".")
        ? path.resolve(path.dirname(file), spec)
        : spec.startsWith("@src/")
          ? path.join(src, spec.slice(5))
          : spec === "momentum-live/core"
            ? path.join(src, "core/index.ts")
            : null;
      if (resolved?.startsWith(src) && /\.(ts|astro)$/.test(resolved))
        targets.push(path.relative(src, resolved));
    }
    graph.set(path.relative(src, file), targets);
  }
  return graph;
}

describe("the structure of src/", () => {
  const graph = sourceGraph();

  it("reads the imports of every source file", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("figures/region/island.ts")).toContain("live/settings.ts");
    expect(graph.get("figures/islands/registry.ts")).toContain("figures/islands/trajectory.ts");
  });

  it("puts every source file in a layer", () => {
    expect([...graph.keys()].filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it("keeps every import pointing down, the core alone, drawing code free of DOM glue, no cycles", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("keeps folders small (at most 15 source files) and hand-written files under 400 lines", () => {
    const folders = new Map<string, number>();
    for (const file of graph.keys())
      folders.set(path.dirname(file), (folders.get(path.dirname(file)) ?? 0) + 1);
    expect([...folders].filter(([, n]) => n > 15)).toEqual([]);
    // core/datasets/ is generated from the data files (npm run datasets).
    const long = [...graph.keys()].filter(
      (file) =>
        !file.startsWith("core/datasets/") &&
        readFileSync(path.join(root, "src", file), "utf8").split("\n").length > 400,
    );
    expect(long).toEqual([]);
  });
});

describe("the layering rules", () => {
  it("catch an upward import, the core reaching out, drawing code reaching for glue, and a cycle", () => {
    const made: Graph = new Map([
      ["core/run.ts", ["i18n/format.ts"]],
      ["draw/levels.ts", ["figures/trajectory/state.ts"]],
      ["figures/region/figure.ts", ["live/controls.ts"]],
      ["figures/a/model.ts", ["figures/b/model.ts"]],
      ["figures/b/model.ts", ["figures/a/model.ts"]],
      ["live/controls.ts", ["i18n/format.ts"]],
    ]);
    const found = violations(made);
    expect(found).toEqual([
      "core/run.ts imports i18n/format.ts: the core imports nothing outside itself",
      "draw/levels.ts imports figures/trajectory/state.ts: a lower layer imports a higher one",
      "figures/region/figure.ts imports live/controls.ts: drawing code imports DOM glue",
      "import cycle: figures/a/model.ts → figures/b/model.ts",
    ]);
  });
});
