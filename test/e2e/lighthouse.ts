/**
 * Lighthouse (the registry package, on the project's Node 22) against Debian's Chromium.
 * Shared by `npm run bench:site` and the audit test.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { chromiumPath } from "./browser.ts";

export type Category = "performance" | "accessibility" | "best-practices" | "seo";

export interface LighthouseResult {
  scores: Partial<Record<Category, number>>;
  cls: number;
  lcpMs: number;
  /** Ids of the audits that failed, per category (for a readable test failure). */
  failing: string[];
}

export async function runLighthouse(
  url: string,
  options: { preset: "mobile" | "desktop"; categories?: Category[] },
): Promise<LighthouseResult> {
  // Asynchronously: a static server in the calling process must keep answering.
  const { stdout } = await promisify(execFile)(
    "lighthouse",
    [
      url,
      "--output=json",
      "--quiet",
      `--chrome-path=${chromiumPath}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run",
      ...(options.preset === "desktop" ? ["--preset=desktop"] : []),
      ...(options.categories ? [`--only-categories=${options.categories.join(",")}`] : []),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { numericValue?: number; score: number | null }>;
  };
  const scores: LighthouseResult["scores"] = {};
  const failing: string[] = [];
  for (const [key, category] of Object.entries(lhr.categories)) {
    scores[key as Category] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push(`${key}: ${ref.id}`);
    }
  }
  return {
    scores,
    cls: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
    failing,
  };
}
