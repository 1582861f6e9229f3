/**
 * The one accessor of our UI strings: `strings(locale)` is the locale's object (src/i18n/en.ts,
 * src/i18n/zh.ts), with the English text wherever a translation says `null` on purpose. Templates
 * are filled with `fill` (src/i18n/format.ts); what each figure receives is in src/i18n/views.ts.
 */
import type { Locale } from "../site/chapter.ts";
import { en, type Strings, type Translation } from "./en.ts";
import { zh } from "./zh.ts";

export type { Strings };

const translations: Record<Exclude<Locale, "en">, Translation<Strings>> = { zh };

/** `translated` with `english` in place of every `null`, group by group. */
function withFallback<T>(english: T, translated: Translation<T> | null): T {
  if (translated === null) return english;
  if (typeof english === "string") return translated as T;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english as Record<string, unknown>)) {
    out[key] = withFallback(value, (translated as Record<string, Translation<unknown> | null>)[key] ?? null);
  }
  return out as T;
}

const resolved: Record<Locale, Strings> = { en, zh: withFallback(en, translations.zh) };

/** The strings of `locale`. */
export function strings(locale: Locale): Strings {
  return resolved[locale];
}

/** Our locale key from Astro's current locale ("en", "zh", "zh-CN" …). */
export function localeOf(current: string | undefined): Locale {
  return current?.startsWith("zh") ? "zh" : "en";
}
