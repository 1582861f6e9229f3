/**
 * A parser for numeric tables: CSV, TSV, semicolon- and whitespace-separated text. The delimiter
 * is detected from the first non-blank line (outside quotes: tab, else comma, else semicolon, else
 * runs of spaces); CSV, TSV and semicolon fields are tokenized by d3-dsv (RFC 4180 quoting: a
 * quoted field may hold the delimiter, doubled quotes and line breaks). CRLF, CR and LF line ends,
 * a UTF-8 BOM and blank lines are accepted. A first row is a header when some field is text; a
 * first row of numbers and missing-value markers (NaN, NA, …) is data, and the marker an error.
 * Errors are {@link TableParseError}s with the 1-based physical line and field (column).
 */
import { dsvFormat } from "d3-dsv";
import { TableParseError } from "./errors.ts";

/** A parsed table: column names and rows of finite numbers, all of the same length. */
export interface Table {
  readonly columns: string[];
  readonly rows: number[][];
}

/** Field separators the parser knows. */
export type Delimiter = "\t" | "," | ";" | "whitespace";

/** Options of {@link parseTable}. */
export interface ParseOptions {
  /** Default "auto". */
  readonly delimiter?: Delimiter | "auto";
  /** true: the first row names the columns; false: it is data; default "auto" (detected). */
  readonly header?: boolean | "auto";
  /** The largest magnitude a value may have (default: any finite number). */
  readonly maxMagnitude?: number;
  /** Called now and then with the share of the text read so far (0 to 1), for a progress bar. */
  readonly onProgress?: (share: number) => void;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What spreadsheets and data tools write for a missing or undefined value. */
const MISSING = /^(?:[+-]?(?:nan|inf|infinity)|na|n\/a|null|none|\?)$/i;
/** Rows between two progress reports. */
const PROGRESS_ROWS = 20_000;

/** Reads a numeric table; columns are named "column 1", "column 2", … when there is no header. */
export function parseTable(text: string, options: ParseOptions = {}): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = firstRecord(body);
  if (first === null) throw new TableParseError(1, 1, "the table is empty (no non-blank line)");
  const delimiter =
    options.delimiter === undefined || options.delimiter === "auto" ? detect(first) : options.delimiter;
  const maxMagnitude = options.maxMagnitude ?? Number.MAX_VALUE;
  const progress = options.onProgress;

  let columns: string[] | null = null;
  let width = 0;
  let firstRowLine = 0;
  const rows: number[][] = [];
  let read = 0;
  /** Handles one record (its fields, trimmed) that starts on physical line `line`. */
  const take = (fields: string[], line: number, lines: number) => {
    if (fields.length === 1 && fields[0] === "") return; // a blank line
    if (columns === null) {
      firstRowLine = line;
      width = fields.length;
      const header =
        options.header === undefined || options.header === "auto"
          ? fields.some((f) => f !== "" && !NUMBER.test(f) && !MISSING.test(f))
          : options.header;
      columns = header
        ? fields.map((name, i) => name || `column ${i + 1}`)
        : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
      if (header) return;
    }
    rows.push(parseRow(fields, line, width, lines, maxMagnitude));
    if (progress && rows.length % PROGRESS_ROWS === 0) progress(Math.min(1, read / body.length));
  };

  if (delimiter === "whitespace") {
    body.split(/\r\n|\r|\n/).forEach((raw, i) => {
      read += raw.length + 1;
      take(raw.trim() === "" ? [""] : raw.trim().split(/\s+/).map(unquote), i + 1, 1);
    });
  } else {
    let line = 1;
    dsvFormat(delimiter).parseRows(body, (raw) => {
      let lines = 1;
      for (const field of raw) {
        read += field.length + 1;
        if (field.includes("\n") || field.includes("\r")) lines += field.split(/\r\n|\r|\n/).length - 1;
      }
      take(
        raw.map((field) => field.trim()),
        line,
        lines,
      );
      line += lines;
      return null;
    });
  }
  if (rows.length === 0)
    throw new TableParseError(firstRowLine + 1, 1, "the table has a header but no data rows");
  progress?.(1);
  return { columns: columns ?? [], rows };
}

/**
 * The first record from its first non-blank character, quoted text (which may hold delimiters and
 * line breaks) blanked out; null for blank text. Enough to detect the delimiter.
 */
function firstRecord(text: string): string | null {
  const at = text.search(/\S/);
  if (at < 0) return null;
  return text
    .slice(at, at + 65_536)
    .replace(/"[^"]*"/g, '""')
    .split(/\r\n|\r|\n/, 1)[0];
}

/** Tab, else comma, else semicolon, else whitespace, looking outside quoted text only. */
export function detectDelimiter(line: string): Delimiter {
  return detect(line);
}

function detect(line: string): Delimiter {
  const bare = line.replace(/"[^"]*"/g, "");
  if (bare.includes("\t")) return "\t";
  if (bare.includes(",")) return ",";
  if (bare.includes(";")) return ";";
  return "whitespace";
}

/** A whitespace-separated field without one pair of surrounding double quotes. */
function unquote(field: string): string {
  return field.length >= 2 && field[0] === '"' && field[field.length - 1] === '"'
    ? field.slice(1, -1).trim()
    : field;
}

/** One data row; `lines` > 1 when a quoted field spans line breaks. */
function parseRow(
  fields: string[],
  line: number,
  width: number,
  lines: number,
  maxMagnitude: number,
): number[] {
  if (fields.length !== width) {
    const column = Math.min(fields.length, width) + 1;
    const spans = lines > 1 ? ` (a quoted field runs over ${lines} lines: is a closing quote missing?)` : "";
    throw new TableParseError(line, column, `expected ${width} fields, found ${fields.length}${spans}`);
  }
  const row = new Array<number>(width);
  for (let i = 0; i < width; i++) {
    const field = fields[i];
    if (field === "") throw new TableParseError(line, i + 1, "empty field where a number was expected");
    if (MISSING.test(field))
      throw new TableParseError(line, i + 1, `${JSON.stringify(field)} marks a missing value, not a number`);
    const value = NUMBER.test(field) ? Number(field) : Number.NaN;
    if (Number.isNaN(value))
      throw new TableParseError(line, i + 1, `${JSON.stringify(field)} is not a number`);
    if (!Number.isFinite(value)) throw new TableParseError(line, i + 1, `${field} is too large to be finite`);
    if (Math.abs(value) > maxMagnitude)
      throw new TableParseError(
        line,
        i + 1,
        `${field} is too large to standardize (at most ±${maxMagnitude})`,
      );
    row[i] = value;
  }
  return row;
}
