/**
 * A page opened at a figure's anchor (`…/theory/#fig-scalar-rates`) shows that figure first, so
 * its island is wanted at once. The islands' registration runs only when the page has been parsed
 * (module scripts wait for it), so on a long page the island's code used to be requested that late.
 * The build puts a tiny inline script at the top of every page with live figures: when the address
 * names one of them, it adds <link rel="modulepreload"> for that figure's island chunk and the
 * chunks it imports once the first frame is drawn (earlier, they held back the first paint by
 * about 30 ms), so they load while the rest of the page is parsed. Without such an anchor nothing
 * more is loaded (the JavaScript at page load stays what it was). bench:islands, theory page at
 * #fig-scalar-rates: load → live p50 131 → 75 ms; basics at a trajectory figure 97 → 78 ms.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { islandModules } from "../islands/registry.ts";
import { htmlFiles, insertAtHead } from "../sandbox/csp.ts";

const staticImport = /(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g;

/** A chunk and every chunk it imports statically, in load order (file names in `dir`). */
export async function chunkClosure(dir: string, chunk: string): Promise<string[]> {
  const seen: string[] = [];
  const visit = async (name: string) => {
    if (seen.includes(name)) return;
    seen.push(name);
    const code = await readFile(path.join(dir, name), "utf8");
    for (const [, spec] of code.matchAll(staticImport)) await visit(path.posix.basename(spec));
  };
  await visit(chunk);
  return seen;
}

/** For each custom element of an island: the chunk files it needs (the module's chunk first). */
export async function islandChunks(assets: string): Promise<Map<string, string[]>> {
  const files = await readdir(assets);
  const byTag = new Map<string, string[]>();
  for (const [name, { tags }] of Object.entries(islandModules)) {
    const chunk = files.filter((f) => new RegExp(`^${name}\\.[\\w-]+\\.js$`).test(f));
    if (chunk.length !== 1) {
      throw new Error(
        `anchor preload: expected one chunk ${name}.<hash>.js in ${assets}, found ${chunk.length}`,
      );
    }
    const closure = await chunkClosure(assets, chunk[0]);
    for (const tag of tags) byTag.set(tag, closure);
  }
  return byTag;
}

/** The figures of a page: each `<figure id="fig-…">` and the island element around it. */
export function pageFigures(html: string, tags: readonly string[]): Map<string, string> {
  const figures = new Map<string, string>();
  const open = new RegExp(
    `<(${tags.join("|")})[\\s>]|</(${tags.join("|")})>|<figure\\b[^>]*\\bid="([^"]+)"`,
    "g",
  );
  const stack: string[] = [];
  for (const m of html.matchAll(open)) {
    if (m[1]) stack.push(m[1]);
    else if (m[2]) stack.pop();
    else if (m[3] && stack.length) figures.set(m[3], stack[stack.length - 1]);
  }
  return figures;
}

/** The inline script: on an anchor naming a figure of `figures`, modulepreload its chunks after the first frame. */
export function preloadScript(
  figures: Map<string, string>,
  chunks: Map<string, string[]>,
  base: string,
): string {
  const urls: string[] = [];
  const index = (file: string) => {
    const url = `${base}_astro/${file}`;
    if (!urls.includes(url)) urls.push(url);
    return urls.indexOf(url);
  };
  const map: Record<string, number[]> = {};
  for (const [id, tag] of figures) {
    const list = chunks.get(tag);
    if (list) map[id] = list.map(index);
  }
  return `(()=>{let i;try{i=decodeURIComponent(location.hash.slice(1))}catch{return}const u=${JSON.stringify(urls)};const m=${JSON.stringify(map)},p=Object.hasOwn(m,i)&&m[i];p&&requestAnimationFrame(()=>setTimeout(()=>{for(const k of p){const l=document.createElement("link");l.rel="modulepreload";l.dataset.anchor="";l.href=u[k];document.head.append(l)}}))})()`;
}

/** The page with the script right after its charset declaration, if it has live figures. */
export function withAnchorPreload(html: string, chunks: Map<string, string[]>, base: string): string {
  const figures = pageFigures(html, [...chunks.keys()]);
  if (figures.size === 0) return html;
  return insertAtHead(html, `<script>${preloadScript(figures, chunks, base)}</script>`);
}

/** Astro integration (list it before the Content-Security-Policy, which hashes inline scripts). */
export function anchorPreload(): AstroIntegration {
  let base = "/";
  return {
    name: "momentum-live:anchor-preload",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = path.resolve(new URL(dir).pathname);
        const chunks = await islandChunks(path.join(root, "_astro"));
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, "utf8");
          const updated = withAnchorPreload(html, chunks, base);
          if (updated !== html) {
            await writeFile(file, updated);
            pages++;
          }
        }
        logger.info(`figure anchors preload their islands on ${pages} pages`);
      },
    },
  };
}
