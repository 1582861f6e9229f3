/** Shared setup of the browser tests: the built site served, one Chromium. */
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "./browser.ts";
import { type StaticServer, serveDist } from "./server.ts";

export const distDir = process.env.DIST_DIR ?? "dist";
export const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, "")}/` : "/";

export async function startSite(): Promise<{ server: StaticServer; browser: Browser }> {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`No built site in ${distDir}/: run \`npm run build\` first.`);
  }
  const server = await serveDist({ dir: distDir, base: basePath });
  const browser = await launch();
  return { server, browser };
}

/** Serves the built site and launches Chromium around the tests of one file. */
export function useSite(set: (site: { server: StaticServer; browser: Browser }) => void): void {
  let site: { server: StaticServer; browser: Browser } | undefined;
  beforeAll(async () => {
    site = await startSite();
    set(site);
  });
  afterAll(async () => {
    await site?.browser.close();
    await site?.server.close();
  });
}
