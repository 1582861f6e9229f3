/**
 * The page's side of the runner: one hidden `<iframe sandbox="allow-scripts">` per page, loading
 * public/sandbox.html (an opaque origin: it cannot touch this page, its storage or its cookies).
 * The worker's bundled code is fetched here, from this site, and handed to the sandbox, which
 * starts it from a blob: URL (the only way an opaque origin can start a worker, and it needs no
 * CORS headers, so any static host works). With it goes a MessagePort, held in this module's
 * closure: every later message of the sandbox comes over that port, is read strictly
 * (protocol.ts `readMessage`) and must name a run this page started, by its random id. A watchdog
 * replaces the whole sandbox if it ever stops answering, on top of the sandbox's own time limit.
 */
import { newRunId, type RunReply, type RunRequest, readMessage, TIME_LIMIT_MS } from "./protocol.ts";
import workerUrl from "./worker.ts?worker&url";

interface Sandbox {
  frame: HTMLIFrameElement;
  port: MessagePort;
}

/** How long the sandbox page and its runner may take to start. */
const STARTUP_LIMIT_MS = 15000;

let sandbox: Promise<Sandbox> | null = null;
let workerCode: Promise<string> | null = null;
const pending = new Map<
  string,
  { channel: string; resolve: (reply: RunReply | null) => void; watchdog: ReturnType<typeof setTimeout> }
>();

function sandboxUrl(): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}sandbox.html`;
}

function loadWorkerCode(): Promise<string> {
  workerCode ??= fetch(workerUrl).then((r) => {
    if (!r.ok) throw new Error(`could not load the runner (${r.status})`);
    return r.text();
  });
  workerCode.catch(() => {
    workerCode = null;
  });
  return workerCode;
}

function createSandbox(): Promise<Sandbox> {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.title = "example runner";
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute("aria-hidden", "true");
  frame.className = "ml-sandbox";
  const started = new Promise<Sandbox>((resolve, reject) => {
    const channel = new MessageChannel();
    const port = channel.port1;
    let sent = false;
    // The only message taken from the frame's window: that it has loaded (it gets the port once).
    const onLoaded = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || sent) return;
      if ((event.data as { type?: unknown } | null)?.type !== "loaded") return;
      sent = true;
      window.removeEventListener("message", onLoaded);
      loadWorkerCode().then(
        (code) => frame.contentWindow?.postMessage({ type: "init", code }, "*", [channel.port2]),
        (error) => reject(error),
      );
    };
    port.onmessage = (event) => {
      const message = readMessage(event.data);
      if (message?.type === "ready") resolve({ frame, port });
      else if (message) settle(message);
    };
    window.addEventListener("message", onLoaded);
    // A sandbox page that never answers (missing from the deployment, blocked) fails the run in words.
    setTimeout(() => reject(new Error("the sandbox page did not start")), STARTUP_LIMIT_MS);
  });
  frame.src = sandboxUrl();
  document.body.append(frame);
  return started;
}

function settle(reply: RunReply): void {
  const waiting = pending.get(reply.id);
  if (!waiting) return;
  clearTimeout(waiting.watchdog);
  pending.delete(reply.id);
  waiting.resolve(reply);
}

/** The sandbox, started if need be; a sandbox that failed to start is thrown away (the next call retries). */
function ready(): Promise<Sandbox> {
  sandbox ??= createSandbox();
  const current = sandbox;
  return current.catch((error) => {
    if (sandbox === current) discard();
    throw error;
  });
}

/** Loads the sandbox and the runner ahead of the first run (e.g. when the editor opens). */
export function warmUp(): Promise<void> {
  return ready().then(() => {});
}

/** Throws the sandbox away (after it stopped answering); the next run makes a new one. */
function discard(): void {
  const current = sandbox;
  sandbox = null;
  void current?.then(
    (s) => {
      s.port.close();
      s.frame.remove();
    },
    () => {},
  );
}

/**
 * Runs `source` in the sandbox. Resolves with the reply (done, error or timeout), or null for a run
 * replaced by a newer run on the same channel; rejects only when the sandbox cannot be loaded.
 */
export async function runInSandbox(
  channel: string,
  source: string,
  args: unknown[] | null,
  limitMs = TIME_LIMIT_MS,
): Promise<RunReply | null> {
  const s = await ready();
  const id = newRunId();
  const request: RunRequest = { type: "run", id, channel, source, args, limitMs };
  for (const [other, waiting] of pending) {
    if (waiting.channel !== channel) continue;
    clearTimeout(waiting.watchdog);
    pending.delete(other);
    waiting.resolve(null);
  }
  return new Promise<RunReply | null>((resolve) => {
    const watchdog = setTimeout(() => {
      pending.delete(id);
      discard();
      resolve({ type: "timeout", id, limitMs });
    }, limitMs + 3000);
    pending.set(id, { channel, resolve, watchdog });
    s.port.postMessage(request);
  });
}
