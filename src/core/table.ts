/**
 * A parser for numeric tables: CSV, TSV, semicolon- and whitespace-separated text. The delimiter
 * is detected from the first non-blank line (tab, else comma, else semicolon, else runs of
 * spaces); CRLF, CR and LF line ends, a UTF-8 BOM and blank lines are accepted; a first row with any
 * non-numeric field is a header. Errors are {@link TableParseError}s with 1-based line and column.
 */
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
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a numeric table; columns are named "column 1", "column 2", … when there is no header. */
export function parseTable(text: string, options: ParseOptions = {}): Table {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0) throw new TableParseError(1, 1, "the table is empty (no non-blank line)");
  const delimiter =
    options.delimiter === undefined || options.delimiter === "auto"
      ? detect(lines[first])
      : options.delimiter;
  const headerFields = split(lines[first], delimiter);
  const hasHeader =
    options.header === undefined || options.header === "auto"
      ? headerFields.some((field) => !NUMBER.test(field))
      : options.header;
  const width = headerFields.length;
  const columns = hasHeader
    ? headerFields.map((name, i) => name || `column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  const rows: number[][] = [];
  for (let l = hasHeader ? first + 1 : first; l < lines.length; l++) {
    if (lines[l].trim() === "") continue;
    rows.push(parseRow(split(lines[l], delimiter), l + 1, width));
  }
  if (rows.length === 0) throw new TableParseError(first + 2, 1, "the table has a header but no data rows");
  return { columns, rows };
}

/** Tab, else comma, else semicolon, else whitespace. */
export function detectDelimiter(line: string): Delimiter {
  return detect(line);
}

function detect(line: string): Delimiter {
  if (line.includes("\t")) return "\t";
  if (line.includes(",")) return ",";
  if (line.includes(";")) return ";";
  return "whitespace";
}

/** Splits a line into trimmed fields, removing one pair of surrounding double quotes. */
function split(line: string, delimiter: Delimiter): string[] {
  const fields = delimiter === "whitespace" ? line.trim().split(/\s+/) : line.split(delimiter);
  return fields.map((field) => {
    const f = field.trim();
    return f.length >= 2 && f[0] === '"' && f[f.length - 1] === '"' ? f.slice(1, -1).trim() : f;
  });
}

function parseRow(fields: string[], line: number, width: number): number[] {
  if (fields.length !== width) {
    const column = Math.min(fields.length, width) + 1;
    throw new TableParseError(line, column, `expected ${width} fields, found ${fields.length}`);
  }
  const row = new Array<number>(width);
  for (let i = 0; i < width; i++) {
    const field = fields[i];
    if (field === "") throw new TableParseError(line, i + 1, "empty field where a number was expected");
    const value = NUMBER.test(field) ? Number(field) : Number.NaN;
    if (Number.isNaN(value))
      throw new TableParseError(line, i + 1, `${JSON.stringify(field)} is not a number`);
    if (!Number.isFinite(value)) throw new TableParseError(line, i + 1, `${field} is too large to be finite`);
    row[i] = value;
  }
  return row;
}
