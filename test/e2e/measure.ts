/**
 * What a reader downloads for one page, measured in Chromium: bytes per kind (raw and gzip), split
 * into before the load event, after it but before any interaction (idle prefetch), and while
 * scrolling through the page (figures coming alive). Shared by `npm run bench:site` and the
 * budget test.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { openProbe } from "./browser.ts";
import { type ServedSite, servedBody } from "./server.ts";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  /** Scripts requested before the load event, but for `jsPreloaded`. */
  jsAtLoad: Bytes;
  /**
   * The island of the figure the reader came for (a figure's anchor, or the figure the page opens
   * with), which the page preloads after its first frame or, the lead figure, at the load event
   * (src/build/anchor-preload.ts).
   */
  jsPreloaded: Bytes;
  /** Scripts fetched after load but before any interaction (idle prefetch, e.g. the search UI). */
  jsIdle: Bytes;
  /** Scripts fetched while scrolling through the page. */
  jsLazy: Bytes;
  fonts: Bytes & { count: number };
  /** File names of the fonts loaded (at load or while scrolling), sorted. */
  fontFiles: string[];
  /** File names of the fonts the page preloads, sorted. */
  preloadedFonts: string[];
  /** Everything transferred before any interaction (load + idle). */
  totalAtLoad: Bytes;
  /** Requests before any interaction (load + idle). */
  requestsAtLoad: number;
  /** All requests, including those made while scrolling through the page. */
  requests: number;
  /** Requests that tried to leave the site's origin (blocked). */
  foreign: string[];
  /** Console errors seen meanwhile. */
  errors: string[];
}

const fileName = (url: string) => new URL(url).pathname.split("/").pop() ?? url;
const zero = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (a: Bytes, body: Buffer): void => {
  a.raw += body.length;
  a.gzip += gzipSync(body).length;
};

export async function measurePage(
  browser: Browser,
  site: ServedSite,
  url: string,
  path: string,
): Promise<PageWeight> {
  const { origin } = site;
  const probe = await openProbe(browser, origin, { viewport: { width: 1280, height: 900 } });
  const weight: PageWeight = {
    path,
    html: zero(),
    css: zero(),
    jsAtLoad: zero(),
    jsPreloaded: zero(),
    jsIdle: zero(),
    jsLazy: zero(),
    fonts: { ...zero(), count: 0 },
    fontFiles: [],
    preloadedFonts: [],
    totalAtLoad: zero(),
    requestsAtLoad: 0,
    requests: 0,
    foreign: probe.foreign,
    errors: probe.errors,
  };
  let phase: "load" | "idle" | "lazy" = "load";
  const pending: Promise<void>[] = [];
  /** The URLs the page preloads for the figure the reader came for, read once the page has settled. */
  let loaded: (urls: Promise<Set<string>>) => void = () => {};
  const preloads = new Promise<Set<string>>((resolve) => {
    loaded = resolve;
  });
  probe.page.on("response", (response) => {
    const requestPhase = phase;
    pending.push(
      (async () => {
        if (!response.url().startsWith(origin)) return;
        const body = servedBody(site, response.url());
        const type = response.request().resourceType();
        weight.requests += 1;
        if (requestPhase !== "lazy") {
          weight.requestsAtLoad += 1;
          add(weight.totalAtLoad, body);
        }
        if (type === "document") add(weight.html, body);
        else if (type === "stylesheet") add(weight.css, body);
        else if (type === "script") {
          // Before any interaction: an anchor's figure is fetched after the first frame, the lead
          // figure at the load event (so its requests fall in the idle phase).
          const preloaded = requestPhase !== "lazy" && (await preloads).has(response.url());
          add(
            preloaded
              ? weight.jsPreloaded
              : requestPhase === "load"
                ? weight.jsAtLoad
                : requestPhase === "idle"
                  ? weight.jsIdle
                  : weight.jsLazy,
            body,
          );
        } else if (type === "font") {
          add(weight.fonts, body);
          weight.fonts.count += 1;
          weight.fontFiles.push(fileName(response.url()));
        }
      })(),
    );
  });
  probe.page.once("load", () => {
    phase = "idle";
  });
  await probe.page.goto(url, { waitUntil: "networkidle" });
  await probe.page.waitForTimeout(500);
  loaded(
    probe.page
      .$$eval('link[rel="modulepreload"][data-anchor]', (links) =>
        links.map((l) => (l as HTMLLinkElement).href),
      )
      .then((urls) => new Set(urls)),
  );
  await Promise.all(pending);
  phase = "lazy";
  weight.preloadedFonts = (
    await probe.page.$$eval('link[rel="preload"][as="font"]', (links) =>
      links.map((l) => (l as HTMLLinkElement).href),
    )
  )
    .map(fileName)
    .sort();
  const height = await probe.page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    // Two frames at each position: the one that lays it out and the one whose intersection
    // observers report what came into view (a fixed 50 ms was no frame at all on a busy machine).
    await probe.page.evaluate(
      (top) =>
        new Promise((done) => {
          window.scrollTo(0, top);
          requestAnimationFrame(() => requestAnimationFrame(done));
        }),
      y,
    );
  }
  await probe.page.waitForLoadState("networkidle");
  await probe.page.waitForTimeout(300);
  await Promise.all(pending);
  await probe.context.close();
  weight.fontFiles.sort();
  return weight;
}
