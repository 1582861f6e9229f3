// @ts-check
import { fileURLToPath } from "node:url";
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import { anchorPreload } from "./src/build/anchor-preload.ts";
import { contentSecurityPolicy } from "./src/build/csp.ts";
import { drawingFiles } from "./src/build/drawing-files.ts";
import { mathFontSubsets } from "./src/build/font-subset.ts";
import { sharedStrings } from "./src/build/shared-strings.ts";
import { anchorLabels } from "./src/markdown/anchor-labels.ts";
import { remarkCitations } from "./src/markdown/citations.ts";
import { remarkCjkBreaks } from "./src/markdown/cjk-breaks.ts";
import { remarkEquations, remarkMath } from "./src/markdown/equations.ts";
import { remarkHeadingIds } from "./src/markdown/heading-ids.ts";
import { remarkMathPunctuation } from "./src/markdown/math-punctuation.ts";
import { defaultLocale, locales, pages } from "./src/site/chapter.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Deploy under a sub-path with BASE_PATH=/momentum/ (default: the site root). */
const base = `/${(process.env.BASE_PATH ?? "").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/**
 * The site's origin, e.g. SITE_URL=https://example.com (no path: the sub-path is BASE_PATH). Without
 * it the build writes no absolute URL: no canonical, og:url or hreflang links, no sitemap, and a
 * robots.txt without a Sitemap line (see src/pages/robots.txt.ts).
 */
const site = process.env.SITE_URL?.trim() || undefined;
if (site !== undefined) {
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.com, got "${site}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin only, such as https://example.com (put a sub-path in BASE_PATH), got "${site}"`,
    );
  }
}

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  redirects: { "/": `${base}${defaultLocale}/` },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [remarkEquations, { root, base }],
        remarkMathPunctuation,
        [remarkCitations, { root, base }],
        [remarkHeadingIds, { root }],
        remarkCjkBreaks,
      ],
    }),
  },
  vite: {
    build: {
      // MINIFY=0: readable chunks, for comparing two builds module by module (scripts/compare-dist.ts).
      ...(process.env.MINIFY === "0" ? { minify: false } : {}),
      rolldownOptions: {
        output: {
          // The code the islands share (core, figures, islands) in one chunk rather than seven or
          // nine small ones: a figure in view at load goes live 30-50 ms sooner (bench:islands).
          // The scripts every page runs at load stay out of it (the budget test guards JS at load),
          // and so do the core's bundled data sets (src/core/datasets/), which only the experiments
          // page's figures use: they travel in a chunk of their own.
          codeSplitting: {
            groups: [
              {
                name: "datasets",
                priority: 1,
                test: (/** @type {string} */ id) => /[\\/]src[\\/]core[\\/]datasets[\\/]/.test(id),
              },
              // Observable Plot and the d3 modules it draws with, which the islands load with the
              // first figure that wakes (never with the page), in a chunk that changes only with Plot.
              {
                name: "plot",
                priority: 1,
                test: (/** @type {string} */ id) =>
                  /[\\/]node_modules[\\/](@observablehq[\\/]plot|d3-[a-z-]+|interval-tree-1d|isoformat|binary-search-bounds|internmap|delaunator|robust-predicates)[\\/]/.test(
                    id,
                  ),
              },
              {
                name: "live",
                minShareCount: 2,
                test: (/** @type {string} */ id) =>
                  /[\\/]src[\\/]/.test(id) &&
                  !/[\\/]node_modules[\\/]/.test(id) &&
                  !/[\\/]core[\\/]datasets[\\/]/.test(id) &&
                  !/[\\/](loader|toc|toc-blocks|pagefind-lazy|share-param|lazy-render)\.ts$/.test(id),
              },
            ],
          },
        },
      },
    },
    resolve: {
      alias: [
        // Pagefind's search UI is built when the reader first reaches for search, not on every page
        // load (src/starlight/pagefind-lazy.ts wraps the real one).
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL("./src/starlight/pagefind-lazy.ts", import.meta.url)),
        },
        // The tables of contents find the blocks they watch without Starlight's whole-page `:has()`
        // query (src/starlight/toc.ts: same element and behaviour).
        {
          find: /^.*\/components-internals\/TableOfContents\/starlight-toc(\.js|\.ts)?$/,
          replacement: fileURLToPath(new URL("./src/starlight/toc.ts", import.meta.url)),
        },
      ],
    },
  },
  integrations: [
    starlight({
      title: { en: "Momentum Live", "zh-CN": "动量法·实时版" },
      // Expressive Code's options: ec.config.mjs.
      description:
        "An interactive chapter on the momentum method of optimization, with live figures and editable examples.",
      defaultLocale,
      locales: Object.fromEntries(
        Object.entries(locales).map(([key, info]) => [key, { label: info.label, lang: info.lang }]),
      ),
      favicon: "/favicon.svg",
      sidebar: pages.map((slug) => ({ slug })),
      markdown: { processedDirs: ["./content/docs"] },
      customCss: [
        "./src/styles/math.css",
        "./src/styles/site.css",
        "./src/styles/figures.css",
        "./src/styles/layout.css",
      ],
      disable404Route: true,
      components: {
        Head: "./src/starlight/Head.astro",
        LanguageSelect: "./src/starlight/LanguageSelect.astro",
      },
      // The 404 page has no address of its own: no canonical or hreflang links (src/starlight/not-found.ts).
      routeMiddleware: "./src/starlight/not-found.ts",
    }),
    // Heading links' screen-reader labels in the page's language (src/markdown/anchor-labels.ts).
    anchorLabels(root),
    mdx(),
    // KaTeX's fonts cut down to the glyphs each page's math draws and embedded in that page
    // (src/build/font-subset.ts). Before the policy: it adds an inline script.
    mathFontSubsets(),
    // The drawings of figures below the first screen in files of their own, fetched as they near the
    // viewport (src/build/drawing-files.ts).
    drawingFiles(),
    // A page opened at a figure's anchor preloads that figure's island (src/build/anchor-preload.ts).
    // Before the policy, which hashes the inline script it adds.
    anchorPreload(),
    // A page's repeated figure strings written once (src/build/shared-strings.ts).
    sharedStrings(),
    // A Content-Security-Policy <meta> on every page (see src/build/csp.ts and the README).
    contentSecurityPolicy(),
  ],
});
