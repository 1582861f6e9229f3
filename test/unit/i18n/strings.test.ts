/**
 * The string system (src/i18n): English and Chinese have the same keys, no empty strings, the same
 * placeholders; each English string is written once; Chinese punctuation is full-width around
 * Chinese text, as the locale's `punctuation` group says.
 */
import { describe, expect, it } from "vitest";
import { en, type Strings, type Translation } from "../../../src/i18n/en.ts";
import { fill } from "../../../src/i18n/format.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { editorStrings } from "../../../src/i18n/views.ts";
import { zh } from "../../../src/i18n/zh.ts";

type Tree = { [key: string]: string | null | Tree };

/** Every leaf of `tree` as [path, value]; a `null` group is one leaf. */
function leaves(tree: Tree, prefix = ""): [string, string | null][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string | null][] =>
    typeof value === "string" || value === null ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}
/** The keys of `tree`, groups included, in a stable order. */
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? [prefix + key, ...keys(value, `${prefix}${key}.`)]
      : [prefix + key],
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const english = leaves(en as unknown as Tree);
const chinese = new Map(leaves(strings("zh") as unknown as Tree));
const written = leaves(zh as unknown as Tree).filter((e): e is [string, string] => e[1] !== null);

/** English strings that are the same text with different meanings, each with the reason. */
const sameTextOnPurpose = new Map([
  // A legend's short name and a menu's full name; in Chinese "Nesterov" and "Nesterov 加速梯度".
  ["Nesterov", ["methods.nesterov", "methodNames.nesterov"]],
]);

describe("the strings of every locale", () => {
  it("Chinese has exactly the English keys (a null stands for a whole English group or string)", () => {
    const zhKeys = keys(zh as unknown as Tree);
    const enKeys = keys(en as unknown as Tree);
    // A null group hides its children: compare what zh writes with English cut to the same depth.
    const nullGroups = leaves(zh as unknown as Tree)
      .filter(([, v]) => v === null)
      .map(([k]) => `${k}.`);
    expect(zhKeys).toEqual(enKeys.filter((k) => !nullGroups.some((g) => k.startsWith(g))));
    expect(keys(strings("zh") as unknown as Tree)).toEqual(enKeys);
  });

  it("has no empty string (only the Chinese gap between sentences is empty, on purpose)", () => {
    for (const [path, text] of [...english, ...written]) {
      if (path !== "punctuation.gap") expect(text?.trim(), path).not.toBe("");
    }
  });

  it("fills the English text in where Chinese says null, and only there", () => {
    expect(strings("zh").methods.nesterov).toBe("Nesterov");
    expect(strings("zh").step.labels).toEqual(en.step.labels);
    expect(strings("zh").common.reset).toBe("重置");
    expect(strings("en")).toBe(en);
  });

  it("a translation that leaves a key out does not type-check", () => {
    const { reset: _reset, ...withoutReset } = zh.common ?? {};
    // @ts-expect-error: `reset` is missing
    const common: Translation<Strings["common"]> = withoutReset;
    expect(Object.keys(common)).not.toContain("reset");
  });

  it("every placeholder of an English string is in its Chinese counterpart, and no other", () => {
    for (const [path, text] of english)
      expect(placeholders(chinese.get(path) ?? ""), path).toEqual(placeholders(text ?? ""));
  });

  it("writes each English string once (Reset, the link notice, the changed note, the shared labels)", () => {
    const where = new Map<string, string[]>();
    for (const [path, text] of english) where.set(text ?? "", [...(where.get(text ?? "") ?? []), path]);
    const twice = [...where].filter(
      ([text, paths]) => paths.length > 1 && sameTextOnPurpose.get(text)?.join() !== paths.join(),
    );
    expect(twice).toEqual([]);
    for (const word of [
      "Reset",
      "Book",
      "Optimal",
      "Presets",
      "Figure controls",
      "Learning rate η",
      "Momentum β",
    ])
      expect(where.get(word), word).toHaveLength(1);
    expect(english.filter(([, text]) => text?.startsWith("Some link settings"))).toHaveLength(1);
    expect(english.filter(([, text]) => text?.includes("changed from the settings"))).toHaveLength(1);
  });

  it("Chinese punctuation is full-width next to Chinese text, as zh's punctuation group says", () => {
    const p = strings("zh").punctuation;
    expect(p).toEqual({ comma: "，", list: "；", colon: "：", gap: "", stop: "。" });
    const han = "\\p{Script=Han}";
    const halfWidth = [
      new RegExp(`${han}\\s*[,;:!?]|[,;:!?]\\s*${han}`, "u"), // ， ； ： ！ ？
      new RegExp(`${han}[()]|[()]${han}`, "u"), // （ ）
      new RegExp(`${han}\\.(\\s|$)`, "u"), // 。
    ];
    for (const [path, text] of written) {
      for (const rule of halfWidth) expect(text, path).not.toMatch(rule);
    }
    // The rules catch what they should, and leave math alone.
    for (const [k, bad] of ["动量法, η", "（x₂)的", "已取消."].entries()) expect(bad).toMatch(halfWidth[k]);
    expect("从 (−5, −2) 出发，η/(1 − β) = 2").not.toMatch(halfWidth[0]);
    // The generated sentences use the group: a Chinese list of settings reads "动量法，η = 0.6；…".
    expect(fill("{a}{comma}{b}{list}{c}{stop}", { a: "动量法", b: "η = 0.6", c: "梯度下降", ...p })).toBe(
      "动量法，η = 0.6；梯度下降。",
    );
  });
});

describe("buttons that do different things have different names", () => {
  it.each(["en", "zh"] as const)(
    "%s: the editor's way back to the book's code is not a figure's Reset",
    (locale) => {
      const t = strings(locale);
      expect(editorStrings(t).reset).toBe(t.editor.restore);
      expect(editorStrings(t).reset).not.toBe(t.common.reset);
    },
  );
});
