import { describe, expect, it } from "vitest";
import {
  decodeShare,
  encodeShare,
  MAX_SHARED_BYTES,
  ShareError,
  sharedFor,
  shareUrl,
} from "../../../src/runner/share.ts";

async function problemOf(text: string): Promise<string> {
  try {
    await decodeShare(text);
    return "none";
  } catch (error) {
    expect(error).toBeInstanceOf(ShareError);
    return (error as ShareError).problem;
  }
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString("base64url");
}

describe("share links", () => {
  it("round-trip code (any Unicode) and arguments, URL-safe and shorter than the code", async () => {
    const code = `// η, β — 动量法\n${"console.log(1);\n".repeat(50)}`;
    const payload = await encodeShare({ code, args: [0.6, 0.5] });
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(code.length);
    expect(await decodeShare(payload)).toEqual({ code, args: [0.6, 0.5] });
  });

  it("put the example id in the URL and read it back only for that example", async () => {
    const payload = await encodeShare({ code: "1", args: null });
    const url = shareUrl("https://example.org/en/basics/?fig=1#top", "example-gd", payload);
    expect(new URL(url).hash).toBe("#example-gd");
    expect(new URL(url).searchParams.get("fig")).toBe("1");
    expect(sharedFor(url, "example-gd")).toBe(payload);
    expect(sharedFor(url, "example-other")).toBeNull();
  });

  it("refuse garbage with a reason, never a partial result", async () => {
    expect(await problemOf("not base64!")).toBe("encoding");
    expect(await problemOf("")).toBe("empty");
    expect(await problemOf("AAAAAAAA")).toBe("damaged");
    expect(await problemOf(await deflate("{not json"))).toBe("damaged");
    expect(await problemOf(await deflate('{"v":2,"code":"x"}'))).toBe("format");
    expect(await problemOf(await deflate('{"v":1,"code":"x","args":[{"a":1}]}'))).toBe("args");
  });

  it("refuse a payload that inflates beyond the limit", async () => {
    const huge = await encodeShare({ code: " ".repeat(MAX_SHARED_BYTES * 2), args: null });
    expect(huge.length).toBeLessThan(2000);
    expect(await problemOf(huge)).toBe("size");
  });
});
