/**
 * The training worker of "bring your own data": receives a job (numbers only, no code), trains with
 * the core's minibatch momentum and posts the optimum, each recorded loss and the result. The page
 * terminates it to cancel. Same-origin module worker; nothing leaves the reader's machine.
 */
import { runJob, type TrainJob, type TrainMessage } from "./model.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TrainJob>) => void) | null;
  postMessage(message: TrainMessage): void;
};

scope.onmessage = (event) => runJob(event.data, (message) => scope.postMessage(message));
