/**
 * What a reader downloads for one page, measured in Chromium: bytes per kind (raw and gzip), split
 * into before the load event, after it but before any interaction (idle prefetch), and while
 * scrolling through the page (figures coming alive). Shared by `npm run bench:site` and the
 * budget test.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Page, Request } from "playwright-core";
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
  /**
   * Figure drawings in files of their own (src/build/drawing-files.ts), which the page fetches as
   * their boxes near the viewport and at idle after load.
   */
  drawings: Bytes & { count: number };
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

/** Whether `promise` settles within `ms` (it is left to settle or not afterwards). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    late,
  ]);
  clearTimeout(timer);
  return settled;
}

/**
 * The page's requests in flight: `wait()` resolves once none has been for `quietMs`, and fails
 * after `limitMs` naming those still in flight (a page that never settles, or a request the browser
 * never finishes, says which instead of running into the test's time limit).
 */
function networkQuiet(page: Page, quietMs = 500, limitMs = 45_000) {
  const inFlight = new Set<Request>();
  let last = Date.now();
  page.on("request", (request) => {
    inFlight.add(request);
    last = Date.now();
  });
  const done = (request: Request) => {
    inFlight.delete(request);
    last = Date.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    async wait(): Promise<void> {
      const started = Date.now();
      last = Math.max(last, started);
      while (inFlight.size > 0 || Date.now() - last < quietMs) {
        if (Date.now() - started > limitMs)
          throw new Error(
            `the page did not settle in ${limitMs / 1000} s; in flight: ${[...inFlight].map((r) => r.url()).join(", ")}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** A page whose renderer stopped answering while it was scrolled through. */
class StoppedAnswering extends Error {}

/**
 * The weight of the page at `url`, read as it loads, settles and is scrolled through. A page whose
 * renderer stops answering is measured once more in a fresh tab, and fails if it stops again:
 * headless Chromium's renderer stopped answering for good in about one page walk in 60–120 under
 * a CPU load of two busy processes on this 2-core machine, with or without the figures' drawings
 * in the HTML (the cause is not found; a busy CI machine met it in the budget tests too).
 */
export async function measurePage(
  browser: Browser,
  site: ServedSite,
  url: string,
  path: string,
): Promise<PageWeight> {
  try {
    return await measureOnce(browser, site, url, path);
  } catch (error) {
    if (!(error instanceof StoppedAnswering)) throw error;
    console.warn(`${error.message}; measuring it again in a fresh tab`);
    return measureOnce(browser, site, url, path);
  }
}

async function measureOnce(
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
    drawings: { ...zero(), count: 0 },
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
        } else if (/\/figure\.[^/]+\.svg$/.test(new URL(response.url()).pathname)) {
          add(weight.drawings, body);
          weight.drawings.count += 1;
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
  const quiet = networkQuiet(probe.page);
  await probe.page.goto(url, { waitUntil: "load" });
  await quiet.wait();
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
    // A page that stops answering (its renderer hung: seen in about one page load in 36 on a busy
    // machine when the figures' drawings were lazy images that became SVG as a figure woke) ends the
    // walk after 10 s and fails below with a message, not at the test's time limit.
    const answered = await within(
      probe.page.evaluate(
        (top) =>
          new Promise((done) => {
            window.scrollTo(0, top);
            requestAnimationFrame(() => requestAnimationFrame(done));
          }),
        y,
      ),
      10_000,
    );
    if (!answered) break;
  }
  // A page that stopped answering (a script that never ends) fails here.
  if (
    !(await within(
      probe.page.evaluate(() => true),
      10_000,
    ))
  ) {
    // Closing the tab ends its renderer (not awaited past 10 s: the browser may wait for it).
    await within(probe.context.close(), 10_000);
    throw new StoppedAnswering(`${path}: the page stopped answering while it was scrolled through`);
  }
  await quiet.wait();
  await probe.page.waitForTimeout(300);
  await Promise.all(pending);
  await probe.context.close();
  weight.fontFiles.sort();
  return weight;
}
