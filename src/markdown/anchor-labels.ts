/**
 * The screen-reader label of each heading's link, in the page's language. Starlight writes it
 * ("Section titled “…”") in the language it reads from the file's path under src/content/docs; the
 * chapter lives in content/docs, so every page got the default locale's words, the Chinese ones
 * too. This pass runs after Starlight's and relabels the links of a non-default locale with that
 * locale's string from the site's translations (src/content/i18n/<lang>.json).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AstroIntegration } from "astro";
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";
import { defaultLocale, type Locale, locales } from "../site/chapter.ts";
import { chapterPageOf } from "./equations.ts";

const textOf = (node: ElementContent | Element): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

/** Starlight builds the link with a raw `class` property and its label with hastscript's `className`. */
const hasClass = (node: Element, name: string) =>
  [node.properties?.className, node.properties?.class].some((value) =>
    Array.isArray(value)
      ? value.includes(name)
      : typeof value === "string" && value.split(" ").includes(name),
  );

/** The site's own template of the label for `locale` ("…{{title}}…"), if it has one. */
export function anchorLabelTemplate(root: string, locale: Locale): string | null {
  const file = path.join(root, "src/content/i18n", `${locales[locale].lang}.json`);
  if (!existsSync(file)) return null;
  const label = (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)["heading.anchorLabel"];
  return typeof label === "string" ? label : null;
}

/** Relabels heading links: each `a.sl-anchor-link`'s `.sr-only` text names its heading in the page's language. */
export function rehypeAnchorLabels(options: { root: string }) {
  const templates = new Map<Locale, string | null>();
  return (tree: Root, file: VFile) => {
    const chapter = file.path ? chapterPageOf(options.root, file.path) : null;
    if (!chapter || chapter.locale === defaultLocale) return;
    if (!templates.has(chapter.locale))
      templates.set(chapter.locale, anchorLabelTemplate(options.root, chapter.locale));
    const template = templates.get(chapter.locale);
    if (!template) return;
    const walk = (parent: Root | Element) => {
      let heading: Element | undefined;
      for (const node of parent.children) {
        if (node.type !== "element") continue;
        if (/^h[2-6]$/.test(node.tagName)) heading = node;
        if (node.tagName === "a" && hasClass(node, "sl-anchor-link") && heading) {
          const label = node.children.find(
            (c): c is Element => c.type === "element" && hasClass(c, "sr-only"),
          );
          if (label)
            label.children = [{ type: "text", value: template.replace("{{title}}", textOf(heading)) }];
        } else walk(node);
      }
    };
    walk(tree);
  };
}

/** Adds the pass after Starlight's Markdown plugins (list it after `starlight()`, before `mdx()`). */
export function anchorLabels(root: string): AstroIntegration {
  return {
    name: "momentum-anchor-labels",
    hooks: {
      "astro:config:setup": ({ config }) => {
        const processor = config.markdown.processor as
          | { options?: { rehypePlugins?: unknown[] } }
          | undefined;
        if (!processor?.options?.rehypePlugins)
          throw new Error("anchor labels: the Markdown processor has no rehype plugins");
        processor.options.rehypePlugins.push([rehypeAnchorLabels, { root }]);
      },
    },
  };
}
