/**
 * A minimal static file server for the built site, as any static host would serve it: files from
 * `dist/` under a base path, `index.html` for directories, the site's 404 page for anything else.
 * Used by the browser tests and the benchmarks (Astro's preview server cannot serve a sub-path build
 * from another prefix, and we want to see every request). Text responses are gzip-compressed when
 * the client accepts it, as GitHub Pages, Netlify and every CDN do: Lighthouse's simulated network
 * would otherwise charge a reader for bytes no real host sends.
 */
import { appendFileSync, createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

/** Types a static host compresses. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

function gzipped(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const cached = gzipCache.get(file);
  if (cached?.mtime === mtime) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtime, body });
  return body;
}

export interface LoggedRequest {
  path: string;
  status: number;
}

/** Where a served site's files are: what a URL under its origin answers with is `servedFile`'s. */
export interface ServedSite {
  /** Origin, e.g. http://127.0.0.1:43123 */
  origin: string;
  /** The directory served (e.g. dist/). */
  dir: string;
  /** The base path the site is served under, starting and ending with "/". */
  base: string;
}

export interface StaticServer extends ServedSite {
  /** Site root URL including the base path, ending in "/". */
  url: string;
  /** Paths requested so far (with status). */
  log: LoggedRequest[];
  close(): Promise<void>;
}

interface Answer {
  status: number;
  /** The file whose bytes answer, or null for a bare "not found" (no 404 page). */
  file: string | null;
  /** Where a directory's URL without its trailing "/" is redirected. */
  redirect?: string;
}

/** What a request for `pathname` is answered with: as a static host serves `root` under `base`. */
function resolveRequest(root: string, base: string, pathname: string): Answer {
  if (pathname.startsWith(base)) {
    const candidate = path.join(root, pathname.slice(base.length));
    if (candidate.startsWith(root)) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return { status: 200, file: candidate };
      if (existsSync(path.join(candidate, "index.html"))) {
        if (!pathname.endsWith("/")) return { status: 301, file: null, redirect: `${pathname}/` };
        return { status: 200, file: path.join(candidate, "index.html") };
      }
    }
  }
  const notFound = path.join(root, "404.html");
  return { status: 404, file: existsSync(notFound) ? notFound : null };
}

/**
 * The bytes (uncompressed) a URL of a served site answers with, read from its files: what a page's
 * response carried, without asking the browser for the body (Playwright's `response.body()` can
 * wait forever for a response the page no longer holds). Empty for a redirect or a bare 404.
 */
export function servedBody(site: ServedSite, url: string): Buffer {
  const { file } = resolveRequest(
    path.resolve(site.dir),
    site.base,
    decodeURIComponent(new URL(url).pathname),
  );
  return file ? readFileSync(file) : Buffer.alloc(0);
}

export async function serveDist(options: {
  dir: string;
  base?: string;
  port?: number;
  /** Also appends each request to this file, one JSON line each, for other processes (`readLog`). */
  logFile?: string;
}): Promise<StaticServer> {
  const root = path.resolve(options.dir);
  const base = options.base ?? "/";
  const log: LoggedRequest[] = [];
  const record = (request: LoggedRequest) => {
    log.push(request);
    if (options.logFile) appendFileSync(options.logFile, `${JSON.stringify(request)}\n`);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const pathname = decodeURIComponent(url.pathname);
    const answer = resolveRequest(root, base, pathname);
    if (answer.redirect) {
      res.writeHead(301, { location: `${answer.redirect}${url.search}` });
      res.end();
      record({ path: pathname, status: 301 });
      return;
    }
    const { status, file } = answer;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      record({ path: pathname, status });
      return;
    }
    record({ path: pathname, status });
    const type = types[path.extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding" };
    if (compressible.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const body = gzipped(file);
      res.writeHead(status, { ...headers, "content-encoding": "gzip", "content-length": body.length });
      res.end(body);
      return;
    }
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    dir: root,
    base,
    url: origin + base,
    log,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** The requests a server started with `logFile` has answered so far. */
export function readLog(logFile: string): LoggedRequest[] {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedRequest);
}
