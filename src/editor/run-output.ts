/**
 * A run's output panel (the `<pre class="example-output">` under an edited example): what the code
 * printed, its error, and what the sandbox cut from the output or the result (src/runner/limits.ts),
 * in the reader's language.
 */
import { fill, showCount } from "../i18n/format.ts";
import type { EditorStrings } from "../i18n/views.ts";
import type { LogLine } from "../runner/execute.ts";
import type { Cut } from "../runner/limits.ts";

/** A cut of the output (shown at its end), as opposed to one of the result. */
export const isOutputCut = (c: Cut) => c.kind === "lines" || c.kind === "long-lines" || c.kind === "output";

/** What the sandbox cut, in words, its numbers with thousands separators. */
export function cutNote(c: Cut, t: EditorStrings["cuts"]): string {
  const values = Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, typeof v === "number" ? showCount(v) : v]),
  );
  const template = {
    lines: t.lines,
    "long-lines": t.longLines,
    output: t.output,
    points: t.points,
    series: t.series,
    result: t.result,
    reply: t.reply,
  }[c.kind];
  return fill(template, values);
}

/** Fills the output panel: its label, the printed lines, then the error and the notes, each on its own line. */
export function fillOutput(
  output: HTMLElement,
  label: string,
  logs: LogLine[],
  error: string | null,
  notes: string[],
): void {
  const heading = document.createElement("span");
  heading.className = "example-output-label";
  heading.setAttribute("aria-hidden", "true");
  heading.textContent = label;
  const parts: Node[] = [heading, document.createTextNode(logs.map((l) => l.text).join("\n"))];
  const add = (text: string, className: string) => {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = `${logs.length || parts.length > 2 ? "\n" : ""}${text}`;
    parts.push(span);
  };
  if (error) add(`✗ ${error}`, "ml-ex-error");
  for (const note of notes) add(`✂ ${note}`, "ml-ex-note");
  output.replaceChildren(...parts);
}
