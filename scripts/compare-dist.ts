/**
 * Compares two built sites with hashed file names normalised, to prove that a restructuring moved
 * code without changing what readers get: `node scripts/compare-dist.ts <before> <after>`.
 * A hashed name (`trajectory.Bx3_k9Qa.js`, `en_1a2b3c4d5e.pf_fragment`) becomes `trajectory.#.js`
 * in paths and in every text file's contents. Prints each difference and exits 1 when there is one.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: node scripts/compare-dist.ts <before-dist> <after-dist>");
  process.exit(2);
}

const hashed =
  /([._-])[A-Za-z0-9_-]{7,12}(\.(?:js|css|woff2?|ttf|svg|pf_fragment|pf_index|pf_meta|pagefind))/g;
const normalise = (text: string) => text.replace(hashed, "$1#$2");
const textFile = /\.(html|js|css|xml|json|txt|svg|mjs)$|_headers$/;

function content(path: string): string {
  const bytes = readFileSync(path);
  return textFile.test(path) ? normalise(bytes.toString("utf8")) : bytes.toString("base64");
}

/** Normalised name → the contents of the files with that name (several: Pagefind's fragments). */
function files(root: string): Map<string, string> {
  const groups = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const key = normalise(relative(root, path));
        groups.set(key, [...(groups.get(key) ?? []), content(path)]);
      }
    }
  };
  walk(root);
  return new Map([...groups].map(([key, texts]) => [key, texts.sort().join("\n\u0000\n")]));
}

const a = files(before);
const b = files(after);
let differences = 0;
for (const [name, text] of a) {
  const other = b.get(name);
  if (!other) {
    console.log(`only in ${before}: ${name}`);
    differences++;
  } else if (text !== other) {
    console.log(`differs: ${name}`);
    differences++;
  }
}
for (const name of b.keys()) {
  if (!a.has(name)) {
    console.log(`only in ${after}: ${name}`);
    differences++;
  }
}
console.log(`${a.size} names compared: ${differences === 0 ? "identical" : `${differences} differ`}`);
process.exit(differences === 0 ? 0 : 1);
