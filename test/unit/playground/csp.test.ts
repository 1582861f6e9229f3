import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withPolicy } from "../../../src/build/csp.ts";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";

describe("page Content-Security-Policy", () => {
  const page =
    '<!doctype html><html><head><meta charset="utf-8"/><title>x</title><script>theme()</script>' +
    '<script type="module" src="/_astro/a.js"></script></head><body><script type="module">go()</script></body></html>';

  it("allows exactly the page's inline scripts by hash, and never eval", () => {
    expect(inlineScriptHashes(page)).toEqual([sha("theme()"), sha("go()")]);
    const scripts = directive(policyOf(withPolicy(page)), "script-src");
    expect(scripts).toContain(sha("theme()"));
    expect(scripts).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(directive(policyOf(withPolicy(page)), "object-src")).toBe("object-src 'none'");
  });

  it("goes right after the charset declaration, before any script", () => {
    const html = withPolicy(page);
    expect(html.indexOf("content-security-policy")).toBeGreaterThan(html.indexOf("charset"));
    expect(html.indexOf("content-security-policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("leaves a page that has its own policy alone", () => {
    const sandbox = readFileSync("public/sandbox.html", "utf8");
    expect(withPolicy(sandbox)).toBe(sandbox);
  });
});

describe("the sandbox page (public/sandbox.html)", () => {
  const html = readFileSync("public/sandbox.html", "utf8");
  const policy = policyOf(html);

  it("allows its one inline script by hash (edit the script → update the hash)", () => {
    const body = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(directive(policy, "script-src")).toContain(sha(body));
  });

  it("allows no requests at all and starts workers only from blob: URLs", () => {
    expect(directive(policy, "default-src")).toBe("default-src 'none'");
    expect(policy).not.toMatch(/connect-src|'self'|\*|https?:/);
    expect(directive(policy, "worker-src")).toBe("worker-src blob:");
  });
});
