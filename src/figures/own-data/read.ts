/**
 * Reading a reader's table for "bring your own data", in the worker (src/figures/own-data/own-data-worker.ts):
 * the bytes decoded as UTF-8, strictly (else as Windows-1252, and the figure says so), parsed by the
 * core's parser (errors with line and column, values the standardisation can square), checked for
 * what training needs (two columns, two rows, no constant column), and kept as one Float64Array
 * that moves between threads without a copy. Pure: no DOM.
 */
import { MAX_MAGNITUDE, parseTable, type Table, TableParseError } from "momentum-live/core";
import { fill } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";

/** A table as the figure keeps it: column names and its n rows of numbers, row after row. */
export interface FlatTable {
  readonly columns: string[];
  readonly n: number;
  /** n × columns.length numbers, row-major. */
  readonly values: Float64Array;
}

/** How the text of a file was decoded. */
export type Encoding = "utf-8" | "windows-1252";

/** Why a table cannot be trained on. */
export type ReadProblem =
  | { kind: "parse"; line: number; column: number; reason: string }
  | { kind: "columns" }
  | { kind: "rows" }
  | { kind: "constant"; column: number; name: string }
  | { kind: "binary" };

export type ReadOutcome =
  | { ok: true; table: FlatTable; encoding: Encoding }
  | { ok: false; problem: ReadProblem };

/** A table of rows (the core's, the samples') as the figure keeps it. */
export function flatTable(table: Table): FlatTable {
  const width = table.columns.length;
  const values = new Float64Array(table.rows.length * width);
  for (let i = 0; i < table.rows.length; i++) values.set(table.rows[i], i * width);
  return { columns: table.columns, n: table.rows.length, values };
}

/** The rows of a flat table as views (no copy), for the core's `prepareTable`. */
export function rowViews(values: Float64Array, width: number): Float64Array[] {
  return Array.from({ length: values.length / width }, (_, i) => values.subarray(i * width, (i + 1) * width));
}

/** Text from bytes: UTF-8 if they are valid UTF-8 (a BOM dropped), else Windows-1252; null for binary data. */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes.subarray(0, 4096).includes(0)) return null; // no text file has NUL bytes
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** Reads a table from text; never throws. `onProgress` gets the share parsed (0 to 1). */
export function readText(
  text: string,
  onProgress?: (share: number) => void,
  encoding: Encoding = "utf-8",
): ReadOutcome {
  let table: Table;
  try {
    table = parseTable(text, { maxMagnitude: MAX_MAGNITUDE, onProgress });
  } catch (error) {
    if (error instanceof TableParseError)
      return {
        ok: false,
        problem: { kind: "parse", line: error.line, column: error.column, reason: error.reason },
      };
    throw error;
  }
  if (table.columns.length < 2) return { ok: false, problem: { kind: "columns" } };
  if (table.rows.length < 2) return { ok: false, problem: { kind: "rows" } };
  const flat = flatTable(table);
  const constant = constantColumn(flat);
  if (constant >= 0)
    return {
      ok: false,
      problem: { kind: "constant", column: constant + 1, name: table.columns[constant] },
    };
  return { ok: true, table: flat, encoding };
}

/** Reads a table from a file's bytes; never throws. */
export function readBytes(bytes: Uint8Array, onProgress?: (share: number) => void): ReadOutcome {
  const decoded = decode(bytes);
  if (decoded === null) return { ok: false, problem: { kind: "binary" } };
  return readText(decoded.text, onProgress, decoded.encoding);
}

/** The first column (0-based) whose every value is the same, or −1: it cannot be standardized. */
export function constantColumn(table: FlatTable): number {
  const width = table.columns.length;
  const { values } = table;
  for (let j = 0; j < width; j++) {
    let i = j + width;
    while (i < values.length && values[i] === values[j]) i += width;
    if (i >= values.length) return j;
  }
  return -1;
}

/** What the figure says about a problem. */
export function problemText(problem: ReadProblem, t: BasicsStrings): string {
  switch (problem.kind) {
    case "parse":
      return fill(t.data.error, problem);
    case "constant":
      return fill(t.data.constant, problem);
    default:
      return t.data[
        problem.kind === "columns" ? "fewColumns" : problem.kind === "rows" ? "fewRows" : "binary"
      ];
  }
}

/** The figure's `data-error`: "line:column" of a parse error, else the kind of problem. */
export function problemMark(problem: ReadProblem): string {
  return problem.kind === "parse" ? `${problem.line}:${problem.column}` : problem.kind;
}

/** What the reading worker reports: the share read so far, then the outcome. */
export type ReadMessage = { type: "reading"; share: number } | { type: "read"; outcome: ReadOutcome };

/**
 * Reads a file (or pasted text) and reports through `post`, the table's numbers as a transfer
 * (the worker's body; the bytes are never on the page's thread). Never throws.
 */
export async function readSource(
  source: Blob | string,
  post: (message: ReadMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  let last = 0;
  const onProgress = (share: number) => {
    if (share - last < 0.02 && share < 1) return;
    last = share;
    post({ type: "reading", share });
  };
  let outcome: ReadOutcome;
  try {
    outcome =
      typeof source === "string"
        ? readText(source, onProgress)
        : readBytes(new Uint8Array(await source.arrayBuffer()), onProgress);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    outcome = { ok: false, problem: { kind: "parse", line: 1, column: 1, reason } };
  }
  post({ type: "read", outcome }, outcome.ok ? [outcome.table.values.buffer] : []);
}
