/**
 * A page opened at a figure's anchor (`…/theory/#fig-scalar-rates`) shows that figure first, and
 * so do the playground and the landing page, which open with their figure (the "lead" figure,
 * `<figure data-lead>`):
 * their island is wanted at once. The islands' registration runs only when the page has been parsed
 * (module scripts wait for it), and the island's code was requested only then, or at the load event,
 * when the browser is still busy and a request takes 40–60 ms instead of 8.
 * The build puts a tiny inline script at the top of every page with live figures: when the address
 * names one of them, or names nothing and the page has a lead figure, it adds
 * <link rel="modulepreload"> for that figure's island chunk and the chunks it imports, and imports
 * the island's module, so that the registration can wake the figure as soon as it runs
 * (src/live/loader.ts `preloaded`). A figure the address names is fetched once the first frame is
 * drawn (earlier, it held back the first paint by about 30 ms), while the rest of the page is
 * parsed: the reader asked for it. A lead figure is fetched at the load event: its island (Plot
 * included, about 110 KB gzip) fetched earlier was still downloading when the page's largest text
 * was painted, and on a slow phone link it held that paint back (Lighthouse mobile, landing page:
 * largest contentful paint 2.4 s → 1.5 s). Otherwise nothing more is loaded (the JavaScript at
 * page load stays what it was). bench:islands navigation → live p50, before the lead waited for
 * the load event: playground 577 → 397 ms, theory at #fig-scalar-rates 823 → 664 ms, basics at a
 * trajectory figure 841 → 685 ms.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { islandModules } from "../figures/islands/registry.ts";
import { basePath, htmlFiles, insertAtHead } from "./csp.ts";

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

/** An island module as built: its key in the registry and the chunk files it needs (its own first). */
export interface IslandChunks {
  island: string;
  files: string[];
}

/** For each custom element of an island: its island module's chunks. */
export async function islandChunks(assets: string): Promise<Map<string, IslandChunks>> {
  const files = await readdir(assets);
  const byTag = new Map<string, IslandChunks>();
  for (const [name, { tags }] of Object.entries(islandModules)) {
    const chunk = files.filter((f) => new RegExp(`^${name}\\.[\\w-]+\\.js$`).test(f));
    if (chunk.length !== 1) {
      throw new Error(
        `anchor preload: expected one chunk ${name}.<hash>.js in ${assets}, found ${chunk.length}`,
      );
    }
    const closure = await chunkClosure(assets, chunk[0]);
    for (const tag of tags) byTag.set(tag, { island: name, files: closure });
  }
  return byTag;
}

export interface PageFigures {
  /** Each `<figure id="fig-…">` inside an island element, and that element's tag. */
  figures: Map<string, string>;
  /** The id of the live figure marked `data-lead` (the one the page opens with), if any. */
  lead: string | null;
}

/** The live figures of a page. */
export function pageFigures(html: string, tags: readonly string[]): PageFigures {
  const figures = new Map<string, string>();
  let lead: string | null = null;
  const open = new RegExp(`<(${tags.join("|")})[\\s>]|</(${tags.join("|")})>|<figure\\b([^>]*)>`, "g");
  const stack: string[] = [];
  for (const m of html.matchAll(open)) {
    if (m[1]) stack.push(m[1]);
    else if (m[2]) stack.pop();
    else if (m[3] !== undefined && stack.length) {
      const id = /\sid="([^"]+)"/.exec(m[3])?.[1];
      if (!id) continue;
      figures.set(id, stack[stack.length - 1]);
      if (/\sdata-lead[\s=]|\sdata-lead$/.test(m[3])) lead ??= id;
    }
  }
  return { figures, lead };
}

/**
 * The inline script: on an anchor naming a figure of `figures` (or on no anchor, the lead figure),
 * it puts a promise of that figure's island module in `self.__mlIslands[<island>]` at once, for the
 * islands' registration (src/live/loader.ts `preloaded`), however early that runs; after the
 * first frame (an anchor's figure) or at the load event (the lead figure) it modulepreloads the island's chunks and imports its module, which settles the
 * promise (a failed import rejects it, and the figure stays static, marked data-live="failed").
 */
export function preloadScript(
  { figures, lead }: PageFigures,
  chunks: Map<string, IslandChunks>,
  base: string,
): string {
  const urls: string[] = [];
  const index = (file: string) => {
    const url = `${base}_astro/${file}`;
    if (!urls.includes(url)) urls.push(url);
    return urls.indexOf(url);
  };
  const map: Record<string, [string, number[]]> = {};
  for (const [id, tag] of figures) {
    const built = chunks.get(tag);
    if (built) map[id] = [built.island, built.files.map(index)];
  }
  const fallback = lead && Object.hasOwn(map, lead) ? JSON.stringify(lead) : '""';
  return `(()=>{let h,i;try{h=decodeURIComponent(location.hash.slice(1));i=h||${fallback}}catch{return}const u=${JSON.stringify(urls)};const m=${JSON.stringify(map)},p=Object.hasOwn(m,i)&&m[i];if(!p)return;let r;const q=new Promise(s=>r=s);q.catch(()=>{});(self.__mlIslands??={})[p[0]]=q;const g=()=>setTimeout(()=>{for(const k of p[1]){const l=document.createElement("link");l.rel="modulepreload";l.dataset.anchor="";l.href=u[k];document.head.append(l)}r(import(u[p[1][0]]))});h?requestAnimationFrame(g):addEventListener("load",g,{once:true})})()`;
}

/** The page with the script right after its charset declaration, if it has live figures. */
export function withAnchorPreload(html: string, chunks: Map<string, IslandChunks>, base: string): string {
  const page = pageFigures(html, [...chunks.keys()]);
  if (page.figures.size === 0) return html;
  return insertAtHead(html, `<script>${preloadScript(page, chunks, base)}</script>`);
}

/** Astro integration (list it before the Content-Security-Policy, which hashes inline scripts). */
export function anchorPreload(): AstroIntegration {
  let base = "/";
  return {
    name: "momentum-live:anchor-preload",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = basePath(config.base);
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
        logger.info(`figure anchors (and lead figures) preload their islands on ${pages} pages`);
      },
    },
  };
}
