// @ts-check
/**
 * Expressive Code's options (the code blocks' frames). In this file, not astro.config.mjs, because
 * one of them is a function and Starlight's <Code> component can only read functions from here.
 */
import { locales } from "./src/site/chapter.ts";

/** @type {import("@astrojs/starlight/expressive-code").StarlightExpressiveCodeOptions} */
export default {
  // Long code lines wrap (indentation kept) instead of scrolling sideways: readable on phones,
  // and no unnamed scroll regions for assistive technology.
  defaultProps: { wrap: true },
  // Starlight finds a Markdown code block's language from the file's path under src/content/docs;
  // the chapter lives in content/docs, so the code blocks written in the Chinese pages had English
  // buttons ("Copy to clipboard"). The locale is the first folder of the page (its URL, for a
  // <Code> component) or of the file under content/docs that is a locale.
  getBlockLocale: ({ file }) => {
    const where =
      file.url && file.url.protocol !== "file:"
        ? file.url.pathname.split("/")
        : (file.path?.replace(/\\/g, "/").split("/content/docs/")[1]?.split("/") ?? []);
    const locale = where.find((part) => part in locales);
    return locale ? locales[/** @type {keyof typeof locales} */ (locale)].lang : undefined;
  },
};
