/**
 * The build step that lets a page opened at a figure's anchor preload that figure's island
 * (src/site/anchor-preload.ts): which figures a page has, which chunks each needs, and the inline
 * script, run against a stand-in page.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  chunkClosure,
  islandChunks,
  pageFigures,
  withAnchorPreload,
} from "../../../src/site/anchor-preload.ts";

const tags = ["ml-trajectory", "ml-region", "ml-scalar"];

describe("figure anchors preload their islands", () => {
  it("finds each figure and the island element around it, nested ones included", () => {
    const html = `<main><ml-region data-x><figure class="a" id="fig-region"></figure>
      <ml-trajectory><figure id="fig-region-trajectory"></figure></ml-trajectory>
      <figure id="fig-region-2"></figure></ml-region>
      <figure id="fig-plain"></figure><ml-scalar><div><figure id="fig-scalar"></figure></div></ml-scalar></main>`;
    expect([...pageFigures(html, tags)]).toEqual([
      ["fig-region", "ml-region"],
      ["fig-region-trajectory", "ml-trajectory"],
      ["fig-region-2", "ml-region"],
      ["fig-scalar", "ml-scalar"],
    ]);
  });

  it("takes a chunk with every chunk it imports, once each, and fails on a missing island chunk", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chunks-"));
    writeFileSync(path.join(dir, "theory.a1.js"), 'import{x}from"./live.b2.js";import"./side.c3.js";');
    writeFileSync(path.join(dir, "live.b2.js"), 'import{r}from"./runtime.d4.js";export const x=1');
    writeFileSync(path.join(dir, "side.c3.js"), 'import{x}from"./live.b2.js";');
    writeFileSync(path.join(dir, "runtime.d4.js"), "export const r=1");
    expect(await chunkClosure(dir, "theory.a1.js")).toEqual([
      "theory.a1.js",
      "live.b2.js",
      "runtime.d4.js",
      "side.c3.js",
    ]);
    await expect(islandChunks(dir)).rejects.toThrow(/expected one chunk trajectory\.<hash>\.js/);
  });

  it("the script preloads the named figure's chunks after the first frame, and nothing for other anchors", async () => {
    const chunks = new Map([
      ["ml-region", ["theory.a1.js", "live.b2.js"]],
      ["ml-trajectory", ["trajectory.e5.js", "live.b2.js"]],
    ]);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title></head><body>
      <ml-region><figure id="fig-region"></figure></ml-region><ml-trajectory><figure id="fig-t"></figure></ml-trajectory></body></html>`;
    const html = withAnchorPreload(page, chunks, "/base/");
    expect(html.indexOf("<script>")).toBe(
      html.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length,
    );
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const preloaded = (hash: string) => {
      const links: { rel: string; href: string }[] = [];
      const frames: (() => void)[] = [];
      new Function("location", "document", "requestAnimationFrame", "setTimeout", script)(
        { hash },
        {
          createElement: () => ({ dataset: {} }),
          head: { append: (l: { rel: string; href: string }) => links.push(l) },
        },
        (f: () => void) => frames.push(f),
        (f: () => void) => f(),
      );
      expect(links).toEqual([]); // nothing before the first frame
      for (const f of frames) f();
      return links.map((l) => `${l.rel} ${l.href}`);
    };
    expect(preloaded("#fig-t")).toEqual([
      "modulepreload /base/_astro/trajectory.e5.js",
      "modulepreload /base/_astro/live.b2.js",
    ]);
    expect(preloaded("#fig-region")).toEqual([
      "modulepreload /base/_astro/theory.a1.js",
      "modulepreload /base/_astro/live.b2.js",
    ]);
    for (const hash of ["", "#intro", "#fig-nothing", "#%E0%A4%A", "#__proto__", "#constructor"])
      expect(preloaded(hash), hash).toEqual([]);
    // A page without live figures is left alone.
    expect(
      withAnchorPreload("<html><head><meta charset=utf-8></head><body><p>x</p></body></html>", chunks, "/"),
    ).not.toContain("<script>");
  });
});
