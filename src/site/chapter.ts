/**
 * The chapter's structure, defined once: its locales, the order of its pages (sidebar, prev/next,
 * equation numbering), and where its content lives. Used by the Astro config, the Markdown
 * passes and the tests.
 */

export type Locale = "en" | "zh";

export interface LocaleInfo {
  /** Language picker label. */
  label: string;
  /** BCP-47 tag for <html lang>. */
  lang: string;
  /** Section number of the chapter in this edition of the book (equations are numbered section.n). */
  section: string;
}

export const locales: Record<Locale, LocaleInfo> = {
  en: { label: "English", lang: "en", section: "12.6" },
  zh: { label: "简体中文", lang: "zh-CN", section: "11.6" },
};

export const defaultLocale: Locale = "en";

/** Content root, relative to the project root. Page `p` of locale `l` is `content/docs/<l>/<p>.mdx`. */
export const contentDir = "content/docs";

/** Chapter pages in reading order (slugs without locale). `index` is the chapter's landing page. */
export const pages = [
  "index",
  "basics",
  "experiments",
  "theory",
  "nesterov",
  "summary",
  "playground",
  "references",
] as const;

export type PageSlug = (typeof pages)[number];

/** Site path of a page, relative to the base (no leading slash): `en/`, `en/basics/`. */
export function pagePath(locale: Locale, page: string): string {
  return page === "index" ? `${locale}/` : `${locale}/${page}/`;
}
