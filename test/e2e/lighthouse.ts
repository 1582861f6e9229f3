/**
 * Lighthouse (the registry package, run in this process on the project's Node 22) against Debian's
 * Chromium, launched as Lighthouse's own command line launches it. Shared by `npm run bench:site`
 * (performance, a fresh Chromium per run) and the audit test (accessibility, best practices and SEO,
 * one Chromium for all its runs). Lighthouse works the calling process hard while it gathers: serve
 * the site from another process (bench/serve-child.ts; the browser tests' server is in vitest's).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumPath } from "./browser.ts";

export type Category = "performance" | "accessibility" | "best-practices" | "seo";

export interface LighthouseResult {
  scores: Partial<Record<Category, number>>;
  cls: number;
  lcpMs: number;
  fcpMs: number;
  /** Total blocking time (Lighthouse's simulated CPU: main-thread tasks beyond 50 ms, after the first paint). */
  tbtMs: number;
  /** Ids of the audits that failed, per category (for a readable test failure). */
  failing: string[];
}

/** A Chromium that Lighthouse drives through its DevTools port. */
export interface LighthouseChrome {
  port: number;
  close(): Promise<void>;
}

export async function lighthouseChrome(): Promise<LighthouseChrome> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    logLevel: "silent",
  });
  return { port: chrome.port, close: async () => chrome.kill() };
}

/** One Lighthouse run; in `chrome` if given (a tab of its own), else in a Chromium launched for it. */
export async function runLighthouse(
  url: string,
  options: { preset: "mobile" | "desktop"; categories?: Category[]; chrome?: LighthouseChrome },
): Promise<LighthouseResult> {
  const chrome = options.chrome ?? (await lighthouseChrome());
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        logLevel: "error",
        onlyCategories: options.categories,
        // The report's page screenshot: nothing here reads it, and it costs a second on a long page.
        disableFullPageScreenshot: true,
      },
      options.preset === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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
      fcpMs: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
      failing,
    };
  } finally {
    if (!options.chrome) await chrome.close();
  }
}
