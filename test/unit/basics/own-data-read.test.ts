/**
 * Reading a reader's table for "bring your own data" (src/figures/own-data/read.ts): strict UTF-8
 * with a Windows-1252 fallback the figure names, binary files refused, the core's parse errors
 * with line and column, what training needs checked when the file is read (two columns, two rows,
 * no constant column, values the standardisation can square), and the numbers as one buffer.
 */
import { describe, expect, it } from "vitest";
import {
  constantColumn,
  decode,
  flatTable,
  problemMark,
  problemText,
  type ReadMessage,
  readBytes,
  readSource,
  readText,
  rowViews,
} from "../../../src/figures/own-data/read.ts";
import { strings } from "../../../src/i18n/strings.ts";
import { basicsStrings } from "../../../src/i18n/views.ts";

const t = basicsStrings(strings("en"));
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("decoding a file", () => {
  it("reads valid UTF-8 as UTF-8 and anything else as Windows-1252, and says which", () => {
    expect(decode(new TextEncoder().encode("température,y\n1,2"))).toEqual({
      text: "température,y\n1,2",
      encoding: "utf-8",
    });
    // "température" in Latin-1: the é is one byte, 0xE9, which is not UTF-8.
    expect(decode(latin1("temp\u00e9rature,y\n1,2"))).toEqual({
      text: "température,y\n1,2",
      encoding: "windows-1252",
    });
    expect(decode(latin1("\u0080 EUR,y\n1,2"))?.text.startsWith("€ EUR")).toBe(true);
  });

  it("refuses binary data", () => {
    expect(decode(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toBeNull();
    expect(readBytes(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13))).toEqual({
      ok: false,
      problem: { kind: "binary" },
    });
  });

  it("a Latin-1 file is read, with its header intact, and marked for the notice", () => {
    const outcome = readBytes(latin1("d\u00e9bit;y\n1;2\n3;5\n"));
    expect(outcome.ok && outcome.encoding).toBe("windows-1252");
    expect(outcome.ok && outcome.table.columns).toEqual(["débit", "y"]);
  });
});

describe("reading a table", () => {
  it("keeps the numbers row after row in one Float64Array", () => {
    const outcome = readText('"speed, m/s",noise\n1,2\n3,4.5\n');
    expect(outcome).toEqual({
      ok: true,
      encoding: "utf-8",
      table: { columns: ["speed, m/s", "noise"], n: 2, values: Float64Array.of(1, 2, 3, 4.5) },
    });
    if (outcome.ok)
      expect(rowViews(outcome.table.values, 2).map((r) => [...r])).toEqual([
        [1, 2],
        [3, 4.5],
      ]);
  });

  it("a first row of numbers and NaN is data: the NaN is reported with its line and column", () => {
    const outcome = readText("1,NaN\n2,3\n4,5");
    expect(outcome).toEqual({
      ok: false,
      problem: { kind: "parse", line: 1, column: 2, reason: '"NaN" marks a missing value, not a number' },
    });
    if (!outcome.ok) {
      expect(problemMark(outcome.problem)).toBe("1:2");
      expect(problemText(outcome.problem, t)).toBe(
        'Could not read the table: line 1, column 2: "NaN" marks a missing value, not a number',
      );
    }
  });

  it("a quoted field with the delimiter is one field, and an error later names its own line", () => {
    const outcome = readText('"speed, m/s",noise\n1,2\n3,x\n');
    expect(outcome.ok === false && outcome.problem).toEqual({
      kind: "parse",
      line: 3,
      column: 2,
      reason: '"x" is not a number',
    });
  });

  it("values the standardisation would overflow on are refused at once, by line and column", () => {
    const outcome = readText("a,b\n1,2\n3,1e300\n");
    expect(outcome.ok === false && outcome.problem).toMatchObject({ kind: "parse", line: 3, column: 2 });
    if (!outcome.ok) expect(problemText(outcome.problem, t)).toContain("1e300 is too large to standardize");
  });

  it("a constant column is reported when the file is read, by number and name", () => {
    const outcome = readText("x,bias,y\n1,0.1,2\n2,0.1,3\n3,0.1,5\n");
    expect(outcome).toEqual({ ok: false, problem: { kind: "constant", column: 2, name: "bias" } });
    if (!outcome.ok) {
      expect(problemMark(outcome.problem)).toBe("constant");
      expect(problemText(outcome.problem, t)).toContain("column 2 (bias) has the same value in every row");
    }
    expect(
      constantColumn(
        flatTable({
          columns: ["a", "b"],
          rows: [
            [1, 2],
            [1, 3],
          ],
        }),
      ),
    ).toBe(0);
    expect(
      constantColumn(
        flatTable({
          columns: ["a", "b"],
          rows: [
            [1, 2],
            [2, 3],
          ],
        }),
      ),
    ).toBe(-1);
  });

  it("a table needs two columns and two rows", () => {
    expect(readText("1\n2\n3\n")).toEqual({ ok: false, problem: { kind: "columns" } });
    expect(readText("1,2\n")).toEqual({ ok: false, problem: { kind: "rows" } });
    expect(problemText({ kind: "rows" }, t)).toBe(t.data.fewRows);
  });
});

describe("the worker's read", () => {
  it("reports progress, then the table, its numbers as a transfer", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},${(i * 7) % 13},${i % 5}`);
    const messages: ReadMessage[] = [];
    const transfers: Transferable[][] = [];
    await readSource(new Blob([`a,b,c\n${rows.join("\n")}`]), (m, transfer) => {
      messages.push(m);
      transfers.push(transfer ?? []);
    });
    const shares = messages.flatMap((m) => (m.type === "reading" ? [m.share] : []));
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    const last = messages[messages.length - 1];
    expect(last.type === "read" && last.outcome.ok && last.outcome.table.n).toBe(60_000);
    if (last.type === "read" && last.outcome.ok)
      expect(transfers[transfers.length - 1]).toEqual([last.outcome.table.values.buffer]);
  });
});
