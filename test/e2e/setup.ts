/**
 * vitest's globalSetup for the browser tests: serves the built site and launches one Chromium,
 * once for all test files, and hands both to the test workers (`provide`); `useSite` in each file
 * connects to them (test/e2e/site.ts). Starting Chromium once instead of once per file, and one
 * server whose gzip cache every file shares, is what lets the files run side by side cheaply.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { launchShared } from "./browser.ts";
import { type ServedSite, serveDist } from "./server.ts";

/** The built site the tests read and serve (`DIST_DIR`), and the base path it was built for (`BASE_PATH`). */
export const distDir = process.env.DIST_DIR ?? "dist";
export const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, "")}/` : "/";

/** What the test workers receive: where the site is served, its request log, and Chromium's endpoint. */
export interface SharedSite extends ServedSite {
  url: string;
  /** The server's requests, one JSON line each (server.ts `readLog`). */
  logFile: string;
  wsEndpoint: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    site: SharedSite;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`No built site in ${distDir}/: run \`npm run build\` first.`);
  }
  const logDir = mkdtempSync(path.join(tmpdir(), "momentum-e2e-"));
  const logFile = path.join(logDir, "requests.jsonl");
  const server = await serveDist({ dir: distDir, base: basePath, logFile });
  const browser = await launchShared();
  project.provide("site", {
    origin: server.origin,
    dir: server.dir,
    base: server.base,
    url: server.url,
    logFile,
    wsEndpoint: browser.wsEndpoint(),
  });
  return async () => {
    await browser.close();
    await server.close();
    rmSync(logDir, { recursive: true, force: true });
  };
}
