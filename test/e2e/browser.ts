/**
 * Debian's Chromium driven by playwright-core. Never a downloaded browser.
 */
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, type BrowserServer, chromium, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export function assertChromium(path = chromiumPath): void {
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. The browser tests use Debian's Chromium: ` +
        "install it with `sudo apt-get update && sudo apt-get install -y chromium` " +
        "(or set CHROME_PATH to a Chromium binary).",
    );
  }
}

/** How the tests launch Chromium; `scrollbars` keeps the classic scrollbars that headless mode hides. */
function launchOptions(options: { scrollbars?: boolean }) {
  assertChromium();
  return {
    executablePath: chromiumPath,
    headless: true,
    ignoreDefaultArgs: options.scrollbars ? ["--hide-scrollbars"] : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  };
}

/** Chromium for the tests and benchmarks, driven from this process. */
export async function launch(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch(launchOptions(options));
}

/**
 * Chromium for every browser test file at once (test/e2e/setup.ts): each file connects to it at
 * `wsEndpoint()` with `connect`, and gets contexts of its own.
 */
export async function launchShared(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions({}));
}

/** A connection to the shared Chromium; closing it closes this connection's contexts. */
export function connect(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export interface PageProbe {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Requests that tried to leave the site's origin (they are blocked). */
  foreign: string[];
  /** Every request URL. */
  requests: string[];
}

/**
 * A fresh context whose requests are confined to `origin`; anything else is recorded and aborted.
 * `withCache`: the requests are recorded but not routed, since Playwright's routing turns the
 * browser's HTTP cache off (a test of what a page keeps from its cache, offline, needs it on), and
 * nothing is aborted.
 */
export async function openProbe(
  browser: Browser,
  origin: string,
  options: Parameters<Browser["newContext"]>[0] & { withCache?: boolean } = {},
): Promise<PageProbe> {
  const { withCache, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const errors: string[] = [];
  const foreign: string[] = [];
  const requests: string[] = [];
  const local = (url: string) =>
    url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === origin;
  if (withCache)
    context.on("request", (request) => {
      const url = request.url();
      requests.push(url);
      if (!local(url)) foreign.push(url);
    });
  else
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requests.push(url);
      if (local(url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  return { page, context, errors, foreign, requests };
}
