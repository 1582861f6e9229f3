/**
 * The worker's side of the protocol (protocol.ts): run a request with the build's runner and
 * answer with the output, a cloneable result, or an error placed in the reader's code.
 */
import { formatValue, type LogLine, runModule, SOURCE_NAME, SourceSyntaxError } from "./execute.ts";
import { type RunError, type RunReply, type RunRequest, toCloneable } from "./protocol.ts";

let bodyLineOffset: number | null = null;

/** Lines the Function wrapper puts before the code (2 in V8), measured rather than assumed. */
function lineOffset(): number {
  if (bodyLineOffset === null) {
    const stack = String(
      new Function(
        "require",
        "exports",
        "module",
        "console",
        `return new Error().stack\n//# sourceURL=${SOURCE_NAME}`,
      )(),
    );
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

/** What went wrong, with the position in the reader's code (from the stack for runtime errors). */
export function describeError(error: unknown): RunError {
  if (error instanceof SourceSyntaxError) {
    return {
      kind: "syntax",
      name: "SyntaxError",
      message: error.reason,
      line: error.line,
      column: error.column,
    };
  }
  if (error instanceof Error) {
    const at = positionIn(String(error.stack ?? ""));
    const line = at ? at.line - lineOffset() : null;
    return {
      kind: "runtime",
      name: error.name,
      message: error.message,
      line: line !== null && line >= 1 ? line : null,
      column: line !== null && line >= 1 && at ? at.column : null,
    };
  }
  return {
    kind: "runtime",
    name: "Error",
    message: `uncaught ${formatValue(error, 1)}`,
    line: null,
    column: null,
  };
}

/** The worker's whole job: run the request, answer with output and a cloneable result or an error. */
export function handleRun(request: RunRequest, modules: Record<string, unknown>): RunReply {
  const logs: LogLine[] = [];
  try {
    const run = runModule(request.source, modules, request.args, logs);
    return { type: "done", id: request.id, logs: run.logs, result: toCloneable(run.result), call: run.call };
  } catch (error) {
    return { type: "error", id: request.id, logs, error: describeError(error) };
  }
}
