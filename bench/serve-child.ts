/**
 * The built site served from a process of its own, as a reader's localhost server would be
 * (`npm run preview` is one): served from the benchmark's own process, every response waited for
 * Playwright's traffic on the same event loop, tens of ms during a page load. Start it with
 * `serveApart(dir)`; run directly, it serves `process.argv[2]` and reports its address to the parent.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type ServedSite, serveDist } from "../test/e2e/server.ts";

interface Address extends ServedSite {
  url: string;
}

export async function serveApart(dir: string): Promise<Address & { close(): Promise<void> }> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [dir], { stdio: "inherit" });
  const address = await new Promise<Address>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Address));
    child.once("exit", (code) => reject(new Error(`the site server exited (${code})`)));
  });
  return {
    ...address,
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const server = await serveDist({ dir: process.argv[2] ?? "dist" });
  process.send({
    origin: server.origin,
    dir: server.dir,
    base: server.base,
    url: server.url,
  } satisfies Address);
}
