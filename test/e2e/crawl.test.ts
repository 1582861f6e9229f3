/**
 * Crawl of the built site from the file system, as a static host would serve it under the base
 * path: every internal link, anchor and asset of every page resolves; nothing is loaded from
 * another origin (external links are allowed only as plain <a href>).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { basePath, distDir } from "./site.ts";

const origin = "http://site.test";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "pagefind" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

/** The dist file that serves `url` (or null), as the test server does. */
function fileFor(url: URL): string | null {
  if (!url.pathname.startsWith(basePath)) return null;
  const rel = decodeURIComponent(url.pathname.slice(basePath.length));
  const candidate = path.join(distDir, rel);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  return existsSync(index) ? index : null;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    ids = new Set(Array.from(document.querySelectorAll("[id]"), (e) => e.getAttribute("id") ?? ""));
    for (const a of Array.from(document.querySelectorAll("a[name]"))) ids.add(a.getAttribute("name") ?? "");
    idCache.set(file, ids);
  }
  return ids;
}

describe("crawl of the built site", () => {
  const files = htmlFiles(distDir);

  it("has pages", () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it("every internal link, anchor and asset resolves; nothing loads from another origin", () => {
    const broken: string[] = [];
    const foreign: string[] = [];
    for (const file of files) {
      const rel = path.relative(distDir, file).split(path.sep).join("/");
      const pageUrl = new URL(basePath + rel.replace(/index\.html$/, ""), origin);
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const refs: { attr: string; value: string; tag: string }[] = [];
      for (const el of Array.from(document.querySelectorAll("[href], [src]"))) {
        // <link rel="canonical|alternate"> name a URL without loading it; the site's own origin is unknown here.
        if (el.tagName === "LINK" && /\b(canonical|alternate)\b/.test(el.getAttribute("rel") ?? "")) continue;
        for (const attr of ["href", "src"]) {
          const value = el.getAttribute(attr);
          if (value) refs.push({ attr, value, tag: el.tagName.toLowerCase() });
        }
      }
      for (const { attr, value, tag } of refs) {
        if (/^(mailto:|data:|javascript:)/.test(value)) continue;
        const url = new URL(value, pageUrl);
        if (url.origin !== origin) {
          if (!(tag === "a" && attr === "href")) foreign.push(`${rel}: <${tag} ${attr}="${value}">`);
          continue;
        }
        const target = fileFor(url);
        if (!target) {
          broken.push(`${rel}: ${value}`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && target.endsWith(".html") && hash !== "_top" && !idsOf(target).has(hash)) {
          broken.push(`${rel}: ${value} (no element with id "${hash}")`);
        }
      }
    }
    expect(foreign).toEqual([]);
    expect(broken).toEqual([]);
  });
});
