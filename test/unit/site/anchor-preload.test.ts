/**
 * The build step that lets a page opened at a figure's anchor, or a page that opens with its figure,
 * preload that figure's island (src/build/anchor-preload.ts): which figures a page has, which chunks each needs, and the inline
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
} from "../../../src/build/anchor-preload.ts";

const tags = ["ml-trajectory", "ml-region", "ml-scalar"];

describe("figure anchors preload their islands", () => {
  it("finds each figure and the island element around it, nested ones included", () => {
    const html = `<main><ml-region data-x><figure class="a" id="fig-region"></figure>
      <ml-trajectory><figure id="fig-region-trajectory"></figure></ml-trajectory>
      <figure id="fig-region-2"></figure></ml-region>
      <figure id="fig-plain"></figure><ml-scalar><div><figure id="fig-scalar"></figure></div></ml-scalar></main>`;
    expect(pageFigures(html, tags).lead).toBeNull();
    expect([...pageFigures(html, tags).figures]).toEqual([
      ["fig-region", "ml-region"],
      ["fig-region-trajectory", "ml-trajectory"],
      ["fig-region-2", "ml-region"],
      ["fig-scalar", "ml-scalar"],
    ]);
  });

  it("finds the lead figure: the first live figure marked data-lead, not a plain one", () => {
    const lead = (html: string) => pageFigures(html, tags).lead;
    expect(
      lead(
        '<figure data-lead id="fig-x"></figure><ml-scalar><figure id="fig-s" data-lead></figure></ml-scalar>',
      ),
    ).toBe("fig-s");
    expect(lead('<ml-scalar><figure class="a" id="fig-s" data-lead="" title="t"></figure></ml-scalar>')).toBe(
      "fig-s",
    );
    expect(lead('<ml-scalar><figure id="fig-s" data-leader></figure></ml-scalar>')).toBeNull();
    expect(
      lead(
        '<ml-scalar><figure id="fig-a"></figure><figure id="fig-b" data-lead></figure><figure data-lead id="fig-c"></figure></ml-scalar>',
      ),
    ).toBe("fig-b");
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

  it("the script preloads and imports the named figure's island after the first frame, the lead figure's at the load event, and nothing for other anchors", async () => {
    const chunks = new Map([
      ["ml-region", { island: "theory", files: ["theory.a1.js", "live.b2.js"] }],
      ["ml-trajectory", { island: "trajectory", files: ["trajectory.e5.js", "live.b2.js"] }],
    ]);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title></head><body>
      <ml-region><figure id="fig-region"></figure></ml-region><ml-trajectory><figure id="fig-t"></figure></ml-trajectory></body></html>`;
    const html = withAnchorPreload(page, chunks, "/base/");
    const leadPage = withAnchorPreload(page.replace('id="fig-t"', 'id="fig-t" data-lead'), chunks, "/base/");
    expect(html.indexOf("<script>")).toBe(
      html.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length,
    );
    const scriptOf = (h: string) => /<script>([\s\S]*?)<\/script>/.exec(h)?.[1] ?? "";
    const preloaded = async (hash: string, script = scriptOf(html), wakeBy: "frame" | "load" = "frame") => {
      const links: { rel: string; href: string }[] = [];
      const frames: (() => void)[] = [];
      const loads: (() => void)[] = [];
      const self: { __mlIslands?: Record<string, Promise<string>> } = {};
      // The page's import() is stood in for by a function that names what it was asked for.
      new Function(
        "location",
        "document",
        "requestAnimationFrame",
        "setTimeout",
        "self",
        "addEventListener",
        "load",
        script.replace(/\bimport\(/g, "load("),
      )(
        { hash },
        {
          createElement: () => ({ dataset: {} }),
          head: { append: (l: { rel: string; href: string }) => links.push(l) },
        },
        (f: () => void) => frames.push(f),
        (f: () => void) => f(),
        self,
        (type: string, f: () => void) => type === "load" && loads.push(f),
        (url: string) => Promise.resolve(`imported ${url}`),
      );
      // Before the first frame (or the load event): nothing fetched, but the island's promise is
      // there for the registration, however early that runs; it settles with the import after.
      expect(links).toEqual([]);
      const islands = Object.entries(self.__mlIslands ?? {});
      const settled = (p: Promise<string>) => Promise.race([p, Promise.resolve("pending")]);
      for (const [, promise] of islands) expect(await settled(promise)).toBe("pending");
      // Only the awaited event fetches: a lead figure's island is not fetched after the first frame.
      for (const f of wakeBy === "frame" ? frames : loads) f();
      if (wakeBy === "load") expect(frames).toEqual([]);
      else expect(loads).toEqual([]);
      const imports = await Promise.all(islands.map(async ([island, p]) => `${island}: ${await p}`));
      return [...links.map((l) => `${l.rel} ${l.href}`), ...imports];
    };
    expect(await preloaded("#fig-t")).toEqual([
      "modulepreload /base/_astro/trajectory.e5.js",
      "modulepreload /base/_astro/live.b2.js",
      "trajectory: imported /base/_astro/trajectory.e5.js",
    ]);
    expect(await preloaded("#fig-region")).toEqual([
      "modulepreload /base/_astro/theory.a1.js",
      "modulepreload /base/_astro/live.b2.js",
      "theory: imported /base/_astro/theory.a1.js",
    ]);
    for (const hash of ["", "#intro", "#fig-nothing", "#%E0%A4%A", "#__proto__", "#constructor"])
      expect(await preloaded(hash), hash).toEqual([]);
    // A page that opens with its figure preloads that one when the address names no other.
    expect(await preloaded("", scriptOf(leadPage), "load")).toEqual([
      "modulepreload /base/_astro/trajectory.e5.js",
      "modulepreload /base/_astro/live.b2.js",
      "trajectory: imported /base/_astro/trajectory.e5.js",
    ]);
    expect(await preloaded("#fig-region", scriptOf(leadPage))).toEqual([
      "modulepreload /base/_astro/theory.a1.js",
      "modulepreload /base/_astro/live.b2.js",
      "theory: imported /base/_astro/theory.a1.js",
    ]);
    for (const hash of ["#intro", "#__proto__", "#%E0%A4%A"])
      expect(await preloaded(hash, scriptOf(leadPage)), hash).toEqual([]);
    // A page without live figures is left alone.
    expect(
      withAnchorPreload("<html><head><meta charset=utf-8></head><body><p>x</p></body></html>", chunks, "/"),
    ).not.toContain("<script>");
  });
});
