/**
 * The site's Content-Security-Policy, added as a <meta> to every built page (first thing in
 * <head>) by a small build integration. Inline scripts — Astro's own and Starlight's theme and
 * search scripts — are allowed by their SHA-256 hashes, computed from the built HTML, so every
 * inline script is covered whatever component emitted it. No page may run eval or inline event
 * handlers; readers' code runs only in the sandbox (public/sandbox.html), which has its own policy.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";

/** Every source is this site's own origin; each exception is explained. */
export const directives: Record<string, string[]> = {
  "default-src": ["'self'"],
  // 'wasm-unsafe-eval': Pagefind's search index is WebAssembly. Hashes of inline scripts are added.
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  // Plot, CodeMirror and the live figures set <style> elements and style attributes at run time.
  "style-src": ["'self'", "'unsafe-inline'"],
  // data: images and fonts appear in Starlight's and Pagefind's stylesheets.
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  // Same-origin module workers of the live figures.
  "worker-src": ["'self'"],
  // The examples' sandbox page (it gets an opaque origin from its sandbox attribute).
  "frame-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** SHA-256 hashes (CSP source expressions) of the inline scripts of a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\ssrc\s*=/.test(attributes) || body.length === 0) continue;
    // A data block (`type="application/json"`) is never run: no hash for it.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase();
    if (type && type !== "module" && !/^(text|application)\/(java|ecma)script$/.test(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function policyFor(html: string): string {
  return Object.entries(directives)
    .map(([name, sources]) =>
      [name, ...sources, ...(name === "script-src" ? inlineScriptHashes(html) : [])].join(" "),
    )
    .join("; ");
}

/**
 * The page with its policy at the start of <head>, after the charset declaration (which must stay
 * in the first 1024 bytes) and before any script. A page that has a policy is left alone.
 */
export function withPolicy(html: string): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) return html;
  return insertAtHead(html, `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`);
}

/** `markup` at the start of the page's <head>, after its charset declaration (unchanged without a <head>). */
export function insertAtHead(html: string, markup: string): string {
  const head = /<head[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + markup + html.slice(at);
}

/** The site's base path as URLs under it start: with a slash at its end (`/`, `/momentum/`). */
export const basePath = (base: string): string => (base.endsWith("/") ? base : `${base}/`);

/** Every HTML file under `dir`. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Astro integration: adds the policy to every HTML file of the build. */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: "momentum-live:csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const files = await htmlFiles(path.resolve(new URL(dir).pathname));
        for (const file of files) {
          const html = await readFile(file, "utf8");
          const updated = withPolicy(html);
          if (updated !== html) await writeFile(file, updated);
        }
        logger.info(`Content-Security-Policy added to ${files.length} HTML files`);
      },
    },
  };
}
