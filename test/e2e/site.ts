/**
 * Shared setup of the browser tests: the built site served and one Chromium, both started once for
 * all test files by test/e2e/setup.ts; `useSite` connects a test file to them.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { connect } from "./browser.ts";
import { readLog, type StaticServer } from "./server.ts";

export { basePath, distDir } from "./setup.ts";

/**
 * Gives the file's tests the served site and a connection to the shared Chromium. Contexts and
 * pages the file opens are its own and are closed with its connection after its tests; the server's
 * `log` holds the requests of every file so far.
 */
export function useSite(set: (site: { server: StaticServer; browser: Browser }) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const site = inject("site");
    if (!site) throw new Error("No shared site: run the browser tests with `-c vitest.e2e.config.ts`.");
    browser = await connect(site.wsEndpoint);
    const server: StaticServer = {
      origin: site.origin,
      dir: site.dir,
      base: site.base,
      url: site.url,
      get log() {
        return readLog(site.logFile);
      },
      close: async () => {}, // the server belongs to the whole run (setup.ts)
    };
    set({ server, browser });
  });
  afterAll(async () => {
    await browser?.close();
  });
}
