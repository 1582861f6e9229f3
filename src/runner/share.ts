/**
 * Share links for edited examples: the code and the call's arguments, as JSON compressed with
 * deflate-raw (CompressionStream) and written in base64url, carried in the page URL
 * (`?share=<example id>&code=<payload>#<example id>`). Decoding checks everything and fails with a
 * ShareError, never with a half-loaded example.
 */
import { CODE_PARAM, SHARE_PARAM } from "./share-param.ts";

export { CODE_PARAM, SHARE_PARAM };

export interface SharedCode {
  code: string;
  /** Arguments of a function example, or null. */
  args: unknown[] | null;
}

/** Decompressed payloads larger than this are refused (a link is not a place for megabytes). */
export const MAX_SHARED_BYTES = 200_000;

/** Why a share link could not be read (the page words each reason in its language). */
export type ShareProblem = "encoding" | "empty" | "damaged" | "format" | "size" | "args";

export class ShareError extends Error {
  readonly problem: ShareProblem;
  constructor(problem: ShareProblem, message: string) {
    super(message);
    this.name = "ShareError";
    this.problem = problem;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareError("encoding", "the link's code is not base64url text");
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  let binary: string;
  try {
    binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  } catch {
    throw new ShareError("encoding", "the link's code is not base64url text");
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  void writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new ShareError("size", `the link's code is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export async function encodeShare(shared: SharedCode): Promise<string> {
  const json = JSON.stringify({ v: 1, code: shared.code, args: shared.args });
  const bytes = new TextEncoder().encode(json);
  return toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw"), Number.POSITIVE_INFINITY));
}

export async function decodeShare(text: string): Promise<SharedCode> {
  const bytes = fromBase64Url(text.trim());
  if (bytes.length === 0) throw new ShareError("empty", "the link carries no code");
  let json: string;
  try {
    const raw = await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_SHARED_BYTES);
    json = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError("damaged", "the link's code is damaged (it could not be decompressed)");
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ShareError("damaged", "the link's code is damaged (not the expected format)");
  }
  const d = data as { v?: unknown; code?: unknown; args?: unknown };
  if (typeof d !== "object" || d === null || d.v !== 1 || typeof d.code !== "string") {
    throw new ShareError("format", "the link's code is not in the expected format");
  }
  const args = d.args ?? null;
  if (
    args !== null &&
    !(Array.isArray(args) && args.every((a) => ["number", "string", "boolean"].includes(typeof a)))
  ) {
    throw new ShareError("args", "the link's arguments are not a list of numbers, strings or booleans");
  }
  return { code: d.code, args: args as unknown[] | null };
}

/** The share URL of an example: the current page with the share parameters and the example's anchor. */
export function shareUrl(page: string, exampleId: string, payload: string): string {
  const url = new URL(page);
  url.searchParams.set(SHARE_PARAM, exampleId);
  url.searchParams.set(CODE_PARAM, payload);
  url.hash = exampleId;
  return url.href;
}

/** The share parameters of a URL addressed to `exampleId`, or null. */
export function sharedFor(href: string, exampleId: string): string | null {
  const params = new URL(href).searchParams;
  return params.get(SHARE_PARAM) === exampleId ? (params.get(CODE_PARAM) ?? "") : null;
}
