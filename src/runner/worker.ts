/**
 * The worker that runs a reader's code. It is started from a blob: URL inside the opaque-origin
 * sandbox (public/sandbox.html), so it has no access to the site's origin, storage or cookies, and
 * that document's Content-Security-Policy (inherited by blob: workers) forbids any network request.
 * It can import only the optimizer core, by its public name.
 *
 * A worker runs one request, which comes with the port to answer on. The port stays in this
 * module's closure, out of the reader's code's reach, and the answer is posted with functions
 * captured before that code runs (wire.ts), so the code can neither forge an answer nor enlarge it.
 */
import * as core from "momentum-live/core";
import { isRunRequest, type RunRequest, type WorkerReply } from "./protocol.ts";
import { handleRun } from "./runner.ts";
import { encodeReply } from "./wire.ts";

const modules: Record<string, unknown> = { "momentum-live/core": core };
const post = Function.prototype.call.bind(MessagePort.prototype.postMessage) as (
  port: MessagePort,
  message: unknown,
  transfer: Transferable[],
) => void;
/** The answer when even an error cannot be encoded (the code broke what encoding relies on). */
const unsendable: WorkerReply = {
  type: "error",
  logs: [],
  cuts: [],
  error: {
    kind: "runtime",
    name: "Error",
    message: "the result could not be sent to the page",
    line: null,
    column: null,
  },
};
const unsendableBytes = encodeReply(unsendable);

/** Runs the request and posts its answer (no method of the reader's reach is called after it ran). */
async function answer(request: RunRequest, port: MessagePort): Promise<void> {
  let bytes = unsendableBytes;
  try {
    bytes = encodeReply(await handleRun(request, modules));
  } catch {
    // The code broke what encoding relies on: the fixed answer says the result could not be sent.
  }
  post(port, bytes, [bytes]);
}

let started = false;
self.addEventListener("message", (event: MessageEvent) => {
  const port = event.ports[0];
  if (started || !port || !isRunRequest(event.data)) return;
  started = true;
  void answer(event.data, port);
});
