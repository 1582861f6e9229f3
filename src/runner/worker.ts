/**
 * The worker that runs a reader's code. It is started from a blob: URL inside the opaque-origin
 * sandbox (public/sandbox.html), so it has no access to the site's origin, storage or cookies, and
 * that document's Content-Security-Policy (inherited by blob: workers) forbids any network request.
 * It can import only the optimizer core, by its public name.
 */
import * as core from "momentum-live/core";
import { isRunRequest, type RunReply } from "./protocol.ts";
import { handleRun } from "./runner.ts";

const modules: Record<string, unknown> = { "momentum-live/core": core };

self.addEventListener("message", (event: MessageEvent) => {
  if (!isRunRequest(event.data)) return;
  const reply = handleRun(event.data, modules);
  try {
    self.postMessage(reply);
  } catch (error) {
    // A result that still cannot be cloned: report it rather than leaving the page waiting.
    const message = error instanceof Error ? error.message : String(error);
    const fallback: RunReply = {
      type: "error",
      id: event.data.id,
      logs: reply.type === "timeout" ? [] : reply.logs,
      error: { kind: "runtime", name: "DataCloneError", message, line: null, column: null },
    };
    self.postMessage(fallback);
  }
});
