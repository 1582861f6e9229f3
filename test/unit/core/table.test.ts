import { parseTable, TableParseError } from "momentum-live/core";
import { describe, expect, it } from "vitest";

/** The TableParseError thrown by `parse`, or a failure if none is thrown. */
function errorOf(text: string): TableParseError {
  try {
    parseTable(text);
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    return error as TableParseError;
  }
  throw new Error("expected a TableParseError");
}

describe("parseTable: accepted inputs", () => {
  it("CSV with a header row", () => {
    expect(parseTable("a,b,y\n1,2,3\n4,5.5,-6e-1\n")).toEqual({
      columns: ["a", "b", "y"],
      rows: [
        [1, 2, 3],
        [4, 5.5, -0.6],
      ],
    });
  });

  it("TSV with CRLF line ends, no header, blank trailing lines", () => {
    expect(parseTable("800\t0\t0.3048\r\n1000\t0\t0.3048\r\n\r\n\r\n")).toEqual({
      columns: ["column 1", "column 2", "column 3"],
      rows: [
        [800, 0, 0.3048],
        [1000, 0, 0.3048],
      ],
    });
  });

  it("whitespace-separated, with runs of spaces and leading blanks", () => {
    expect(parseTable("  x1   x2\n  1    2\n\n 3 4  \n").rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("semicolons, quoted headers, a UTF-8 BOM, old-Mac CR line ends", () => {
    const table = parseTable('\uFEFF"first";"second"\r1;2\r.5;+7');
    expect(table.columns).toEqual(["first", "second"]);
    expect(table.rows).toEqual([
      [1, 2],
      [0.5, 7],
    ]);
  });

  it("header detection: any non-numeric field in the first row makes it a header", () => {
    expect(parseTable("1,2\n3,4").columns).toEqual(["column 1", "column 2"]);
    expect(parseTable("1,mpg\n3,4").columns).toEqual(["1", "mpg"]);
    expect(parseTable("1,2\n3,4", { header: true }).rows).toEqual([[3, 4]]);
  });
});

describe("parseTable: errors name line and column (1-based)", () => {
  it("a non-numeric cell", () => {
    const e = errorOf("a,b,c\n1,2,3\n4,5,6\n7,8,abc\n");
    expect([e.line, e.column]).toEqual([4, 3]);
    expect(e.message).toBe('line 4, column 3: "abc" is not a number');
  });

  it("counts physical lines, blank ones included, and CRLF ends", () => {
    const e = errorOf("1\t2\r\n\r\n3\t4\r\n5\tx\r\n");
    expect([e.line, e.column]).toEqual([4, 2]);
    expect(e.message).toBe('line 4, column 2: "x" is not a number');
  });

  it("a row with too few fields", () => {
    const e = errorOf("a,b,c\n1,2,3\n1,2\n");
    expect([e.line, e.column]).toEqual([3, 3]);
    expect(e.message).toBe("line 3, column 3: expected 3 fields, found 2");
  });

  it("a row with too many fields", () => {
    const e = errorOf("1 2\n3 4 5\n");
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toBe("line 2, column 3: expected 2 fields, found 3");
  });

  it("an empty cell", () => {
    const e = errorOf("a,b\n1,\n");
    expect([e.line, e.column]).toEqual([2, 2]);
    expect(e.reason).toBe("empty field where a number was expected");
  });

  it("empty input, blank-only input and a header without data", () => {
    for (const text of ["", "\n\r\n   \n"]) {
      const e = errorOf(text);
      expect([e.line, e.column]).toEqual([1, 1]);
      expect(e.message).toMatch(/empty/);
    }
    const e = errorOf("x,y\n\n");
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/no data rows/);
  });

  it("numbers that overflow, NaN and hex are rejected", () => {
    expect(errorOf("1,2\n1e999,3").message).toBe("line 2, column 1: 1e999 is too large to be finite");
    expect(errorOf("1,2\nNaN,3").column).toBe(1);
    expect(errorOf("1,2\n3,0x10").column).toBe(2);
  });

  it("is an Error with the class name", () => {
    const e = errorOf("");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("TableParseError");
  });
});

describe("parseTable: quoting, missing values, limits and progress", () => {
  it("a quoted field may hold the delimiter, doubled quotes and a line break", () => {
    expect(parseTable('"speed, m/s",noise\n1,2\n').columns).toEqual(["speed, m/s", "noise"]);
    expect(parseTable('"a ""b""";c\n1;2').columns).toEqual(['a "b"', "c"]);
    // The detected delimiter ignores the comma inside quotes: this is a semicolon table.
    expect(parseTable('"x, m";"y, s"\n1;2').rows).toEqual([[1, 2]]);
    // A header over two physical lines: errors still name the physical line.
    const e = errorOf('"first\nname",y\n1,2\n3,x\n');
    expect([e.line, e.column]).toEqual([4, 2]);
  });

  it("an unclosed quote is reported at its line, with a hint", () => {
    const e = errorOf('a,b\n1,2\n"3,4\n5,6\n');
    expect([e.line, e.column]).toEqual([3, 2]);
    expect(e.reason).toMatch(/closing quote/);
  });

  it("a first row of numbers and missing-value markers is data, and the marker an error", () => {
    const e = errorOf("1,NaN\n2,3\n4,5");
    expect([e.line, e.column]).toEqual([1, 2]);
    expect(e.reason).toBe('"NaN" marks a missing value, not a number');
    for (const marker of ["NA", "nan", "-inf", "Infinity", "null", "?"])
      expect(errorOf(`1,2\n3,${marker}\n`).reason, marker).toMatch(/missing value/);
    // A header with an empty first name (a spreadsheet's index column) is still a header.
    expect(parseTable(",a,b\n0,1,2\n1,3,4").columns).toEqual(["column 1", "a", "b"]);
  });

  it("maxMagnitude refuses values too large, by line and column", () => {
    expect(parseTable("1,1e150\n2,3", { maxMagnitude: 1e150 }).rows[0][1]).toBe(1e150);
    const e = (() => {
      try {
        parseTable("a,b\n1,2\n-1e151,3", { maxMagnitude: 1e150 });
      } catch (error) {
        return error as TableParseError;
      }
    })();
    expect([e?.line, e?.column]).toEqual([3, 1]);
    expect(e?.reason).toBe("-1e151 is too large to standardize (at most ±1e+150)");
  });

  it("reports progress, rising to 1", () => {
    const shares: number[] = [];
    const text = Array.from({ length: 50_000 }, (_, i) => `${i}\t${i % 3}`).join("\n");
    expect(parseTable(text, { onProgress: (s) => shares.push(s) }).rows.length).toBe(50_000);
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares[shares.length - 1]).toBe(1);
  });
});
