/**
 * Compares two built sites, to prove that a restructuring moved code without changing what readers
 * get: `node scripts/compare-dist.ts <before> <after> [--renames <git revision>]`.
 *
 * A hashed name (`trajectory.Bx3_k9Qa.js`, `en_1a2b3c4d5e.pf_fragment`) becomes `trajectory.#.js` in
 * paths and in every text file's contents, and the CSP's script hashes (which follow the inline
 * scripts' chunk names) become `sha256-#`. Prints each difference and exits 1 when there is one.
 *
 * Moving a module changes where the bundler puts it in a chunk, and so the minified names of
 * everything around it. To compare across such moves, build both sides unminified (`MINIFY=0 npm run
 * build -- --outDir …`) and pass `--renames REV`: each chunk is then split into its modules (the
 * bundler's `// src/…` markers), module paths are mapped through the renames git sees between REV
 * and the work tree, and each module's code is compared without comments, the chunks' import/export
 * alias lists and the `$1` suffixes
 * (CSS files without their comments) the bundler adds to names that collide within a chunk.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const args = process.argv.slice(2);
const revision = args.includes("--renames") ? args[args.indexOf("--renames") + 1] : null;
const [before, after] = args.filter((a, k) => !a.startsWith("--") && args[k - 1] !== "--renames");
if (!before || !after) {
  console.error("usage: node scripts/compare-dist.ts <before-dist> <after-dist> [--renames <git revision>]");
  process.exit(2);
}

const hashed =
  /([._-])[A-Za-z0-9_-]{7,12}(\.(?:js|css|woff2?|ttf|svg|pf_fragment|pf_index|pf_meta|pagefind))/g;
const normalise = (text: string) =>
  text.replace(hashed, "$1#$2").replace(/'sha256-[A-Za-z0-9+/=]{44}'/g, "'sha256-#'");
const textFile = /\.(html|js|css|xml|json|txt|svg|mjs)$|_headers$/;

/** Old path → new path of every file git sees renamed since `rev` (staged and unstaged). */
function renames(rev: string): Map<string, string> {
  const out = execFileSync("git", ["diff", "-M", "--name-status", rev], { encoding: "utf8" });
  const pairs = out.split("\n").filter((line) => line.startsWith("R"));
  return new Map(pairs.map((line) => line.split("\t").slice(1, 3) as [string, string]));
}
const moved = revision ? renames(revision) : new Map<string, string>();

/** Unminified CSS without its comments (which name source files). */
const withoutComments = (css: string) => normalise(css).replace(/\/\*[\s\S]*?\*\//g, "");

/** A chunk's modules, each as normalised code keyed by its (renamed) path. */
function modules(code: string, rename: boolean): string[] {
  const parts = code.split(/^[ \t]*\/\/ ((?:src|node_modules|examples)\/\S+)\n/m);
  const out: string[] = [];
  for (let k = 1; k < parts.length; k += 2) {
    const [path, query = ""] = parts[k].split("?");
    const name = (rename ? (moved.get(path) ?? path) : path) + (query && `?${query}`);
    const body = normalise(parts[k + 1])
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "")
      .replace(/^(?:export|import) \{[^}]*\}(?: from [^\n]*)?;?$/gm, "")
      .replace(/(\w)\$\d+\b/g, "$1")
      .replace(/\s+/g, " ")
      .trim();
    out.push(`${name}\n${body}`);
  }
  return out;
}

/** Normalised name → normalised contents (several files: Pagefind's fragments; JS: their modules). */
function files(root: string, rename: boolean): Map<string, string> {
  const groups = new Map<string, string[]>();
  const add = (key: string, text: string) => groups.set(key, [...(groups.get(key) ?? []), text]);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!textFile.test(path))
        add(normalise(relative(root, path)), readFileSync(path).toString("base64"));
      else {
        const text = readFileSync(path, "utf8");
        const parts = revision && path.endsWith(".js") ? modules(text, rename) : [];
        if (parts.length > 0) for (const part of parts) add(`module ${part.split("\n")[0]}`, part);
        else if (revision && path.endsWith(".css"))
          add(normalise(relative(root, path)), withoutComments(text));
        else add(normalise(relative(root, path)), normalise(text));
      }
    }
  };
  walk(root);
  return new Map([...groups].map(([key, texts]) => [key, texts.sort().join("\n\u0000\n")]));
}

const a = files(before, true);
const b = files(after, false);
let differences = 0;
for (const [name, text] of a) {
  const other = b.get(name);
  if (other === undefined) console.log(`only in ${before}: ${name}`);
  else if (text !== other) console.log(`differs: ${name}`);
  if (other !== text) differences++;
}
for (const name of b.keys()) {
  if (!a.has(name)) {
    console.log(`only in ${after}: ${name}`);
    differences++;
  }
}
console.log(`${a.size} names compared: ${differences === 0 ? "identical" : `${differences} differ`}`);
process.exit(differences === 0 ? 0 : 1);
