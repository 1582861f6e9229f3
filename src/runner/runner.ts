/**
 * The worker's side of the protocol (protocol.ts): run a request with the build's runner and
 * answer with the output and the result cut to the limits of limits.ts, or an error placed in the
 * reader's code.
 */
import { compile, formatValue, Output, runModuleAsync, SOURCE_NAME, SourceSyntaxError } from "./execute.ts";
import { type Cut, capPoints, cutText, MAX_MESSAGE_CHARS, MAX_RESULT_CHARS } from "./limits.ts";
import type { RunError, RunRequest, WorkerReply } from "./protocol.ts";
import { toData } from "./wire.ts";

let bodyLineOffset: number | null = null;

/** Lines the Function wrapper puts before the code (2 in V8), measured rather than assumed. */
function lineOffset(): number {
  if (bodyLineOffset === null) {
    const stack = String(compile("return new Error().stack").run());
    const at = positionIn(stack);
    bodyLineOffset = at ? at.line - 1 : 0;
  }
  return bodyLineOffset;
}

function positionIn(stack: string): { line: number; column: number } | null {
  const escaped = SOURCE_NAME.replace(/\./g, "\\.");
  const at = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  return at ? { line: Number(at[1]), column: Number(at[2]) } : null;
}

/** An error's name or message as sent: text, cut to a status line's worth. */
const short = (text: unknown, limit = MAX_MESSAGE_CHARS) =>
  cutText(typeof text === "string" ? text : formatValue(text, 1), limit);

/** What went wrong, with the position in the reader's code (from the stack for runtime errors). */
export function describeError(error: unknown): RunError {
  if (error instanceof SourceSyntaxError) {
    return {
      kind: "syntax",
      name: "SyntaxError",
      message: short(error.reason),
      line: error.line,
      column: error.column,
    };
  }
  if (error instanceof Error) {
    // The frames are at the end of the stack (a huge message comes first).
    const stack = String(error.stack ?? "");
    const at = positionIn(stack.length > 20_000 ? stack.slice(-20_000) : stack);
    const line = at ? at.line - lineOffset() : null;
    return {
      kind: "runtime",
      name: short(error.name, 100),
      message: short(error.message),
      line: line !== null && line >= 1 ? line : null,
      column: line !== null && line >= 1 && at ? at.column : null,
    };
  }
  return {
    kind: "runtime",
    name: "Error",
    message: short(`uncaught ${formatValue(error, 1)}`),
    line: null,
    column: null,
  };
}

/**
 * The worker's whole job: run the request and answer with the output and a result that is plain
 * data within the limits (a drawable result thinned, a result too large left out, each cut named),
 * or with an error and what was printed before it.
 */
export async function handleRun(request: RunRequest, modules: Record<string, unknown>): Promise<WorkerReply> {
  const output = new Output();
  try {
    const run = await runModuleAsync(request.source, modules, request.args, output);
    const capped = capPoints(run.result);
    const data = toData(capped.result, MAX_RESULT_CHARS);
    const cuts: Cut[] = [...output.cuts(), ...capped.cuts];
    if (!data) cuts.push({ kind: "result", limit: MAX_RESULT_CHARS });
    return { type: "done", logs: run.logs, cuts, result: data?.value ?? null, call: run.call };
  } catch (error) {
    return { type: "error", logs: output.logs, cuts: output.cuts(), error: describeError(error) };
  }
}
