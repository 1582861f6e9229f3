/**
 * The worker of "bring your own data": reads a reader's file or pasted text into a table (decoding,
 * parsing and checks off the page's thread, with progress; read.ts), or trains on a table with the
 * core's minibatch momentum and posts the optimum, each recorded loss and the result (model.ts).
 * The page starts one for each read and each run, and terminates it to cancel. Same-origin module
 * worker; it receives a file, text or numbers, never code, and nothing leaves the reader's machine.
 */
import { runJob, type TrainJob, type TrainMessage } from "./model.ts";
import { type ReadMessage, readSource } from "./read.ts";

/** What the page asks of the worker. */
export type WorkerRequest = { type: "read"; source: Blob | string } | { type: "train"; job: TrainJob };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: TrainMessage | ReadMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === "train") runJob(request.job, (message) => scope.postMessage(message));
  else void readSource(request.source, (message, transfer) => scope.postMessage(message, transfer));
};
