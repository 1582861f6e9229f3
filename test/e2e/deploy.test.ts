/**
 * What a deployed copy publishes about its own address, read from the built files (run against the
 * build with the same SITE_URL and BASE_PATH as the build): without a site URL no absolute URL at
 * all (no placeholder domain, no canonical or hreflang links, no sitemap); with one, canonical links,
 * hreflang alternates and the sitemap under that origin and base path; robots.txt either way; the
 * 404 page never claims an address of its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { basePath, distDir } from "./site.ts";

const site = process.env.SITE_URL?.trim() || null;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
const text = (rel: string) => readFileSync(path.join(distDir, rel), "utf8");
const head = (rel: string) => parseHTML(text(rel)).document;

describe(`a deployed copy (${site ? `SITE_URL=${site}` : "no SITE_URL"}, base ${basePath})`, () => {
  it("names no placeholder domain anywhere", () => {
    const offenders = files(distDir)
      .filter((f) => /\.(html|xml|txt|js|css|json)$/.test(f))
      .filter((f) => readFileSync(f, "utf8").includes("example.org"));
    expect(offenders).toEqual([]);
  });

  it("robots.txt allows crawling and names the sitemap only when there is one", () => {
    const robots = text("robots.txt");
    expect(robots).toMatch(/^User-agent: \*\nAllow: \//);
    if (site) expect(robots).toContain(`Sitemap: ${new URL(`${basePath}sitemap-index.xml`, site).href}`);
    else expect(robots).not.toContain("Sitemap");
    expect(existsSync(path.join(distDir, "sitemap-index.xml"))).toBe(site !== null);
  });

  it("chapter pages link their canonical and other-language addresses only with a site URL", () => {
    const doc = head("en/basics/index.html");
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
    const alternates = Array.from(doc.querySelectorAll('link[rel="alternate"][hreflang]'), (l) =>
      l.getAttribute("href"),
    );
    if (site) {
      expect(canonical).toBe(new URL(`${basePath}en/basics/`, site).href);
      expect(alternates).toContain(new URL(`${basePath}zh/basics/`, site).href);
    } else {
      expect(canonical).toBeNull();
      expect(alternates).toEqual([]);
      expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
      // The root redirect names its target by path only.
      expect(text("index.html")).not.toMatch(/rel="canonical" href="https?:/);
    }
  });

  it("the 404 page claims no address and has no language picker pointing at /zh/404/", () => {
    const html = text("404.html");
    const doc = parseHTML(html).document;
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('link[rel="alternate"][hreflang]')).toBeNull();
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
    expect(html).not.toMatch(/\/(en|zh)\/404\//);
    // It links each language's chapter instead.
    const links = Array.from(doc.querySelectorAll("main a"), (a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining([`${basePath}en/`, `${basePath}zh/`]));
  });
});
