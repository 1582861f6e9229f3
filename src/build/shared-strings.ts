/**
 * Each live figure and example carries its words for the island in `data-strings` (JSON): the
 * island reads them when it wakes. A page with several figures of a kind carried the same words
 * several times — the basics page four examples' editor strings (5 KB each) and four trajectory
 * figures' — far enough apart in the page that gzip's 32 KB window could not see the repeats: 11 KB
 * gzip of the basics page, 6–8 KB of the experiments and Nesterov pages. The HTML is what a phone
 * waits for before it paints anything: on a slow link every 30 KB is another round trip.
 *
 * After the build, a `data-strings` value that appears more than once in a page is written once, as
 * a JSON data block at the end of the body (`<script type="application/json" id=…>`, never run), and
 * each element names it (`data-strings-ref`). The loader puts the words back on the element as it
 * wakes (src/live/loader.ts `withStrings`), so islands read `data-strings` as before.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { htmlFiles } from "./csp.ts";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** An attribute's text as written in HTML (`&quot;`, `&#39;`, …) → the value. */
export function attributeValue(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return entities[name.toLowerCase()] ?? whole;
    const code =
      name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

const attribute = / data-strings="([^"]*)"/g;

/** The page with each repeated `data-strings` value written once (see above). */
export function shareRepeatedStrings(html: string): string {
  const counts = new Map<string, number>();
  for (const [, text] of html.matchAll(attribute)) counts.set(text, (counts.get(text) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const [text, n] of counts) if (n > 1) ids.set(text, `ml-strings-${ids.size + 1}`);
  if (ids.size === 0) return html;
  if (!html.includes("</body>")) throw new Error("shared strings: a page with figures has no </body>");
  const blocks = [...ids]
    .map(([text, id]) => {
      // Raw text inside <script>: no entities, and no "<" that could close it or open a comment.
      const json = attributeValue(text).replace(/</g, "\\u003c");
      return `<script type="application/json" id="${id}">${json}</script>`;
    })
    .join("");
  return html
    .replace(attribute, (whole, text: string) => {
      const id = ids.get(text);
      return id ? ` data-strings-ref="${id}"` : whole;
    })
    .replace("</body>", `${blocks}</body>`);
}

/** Astro integration (before the Content-Security-Policy, which reads the page's scripts). */
export function sharedStrings(): AstroIntegration {
  return {
    name: "momentum-live:shared-strings",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        let pages = 0;
        let saved = 0;
        for (const file of await htmlFiles(path.resolve(new URL(dir).pathname))) {
          const html = await readFile(file, "utf8");
          const updated = shareRepeatedStrings(html);
          if (updated === html) continue;
          await writeFile(file, updated);
          pages++;
          saved += html.length - updated.length;
        }
        logger.info(
          `repeated figure strings written once on ${pages} pages (${(saved / 1024).toFixed(0)} KB raw)`,
        );
      },
    },
  };
}
