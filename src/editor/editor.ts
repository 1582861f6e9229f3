/**
 * The example editor, loaded on demand (Edit, a share link, or code restored from an earlier
 * visit): CodeMirror 6 in place of the highlighted code, Run (button, Ctrl/Cmd+Enter) in the
 * sandbox (src/runner/client.ts), output and figure replaced in place (and said to be the reader's
 * under the book's caption), errors shown and marked, Book's code, a "modified" badge, Share links
 * and persistence after finished runs.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { bracketMatching, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, setDiagnostics } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { fill, optimizerLabel } from "../i18n/format.ts";
import type { EditorStrings } from "../i18n/views.ts";
import { runInSandbox, warmUp } from "../runner/client.ts";
import type { LogLine } from "../runner/execute.ts";
import type { Cut } from "../runner/limits.ts";
import { diagnose, type Problem, type RunError, type RunReply } from "../runner/protocol.ts";
import {
  decodeShare,
  encodeShare,
  type SharedCode,
  ShareError,
  sharedFor,
  shareUrl,
} from "../runner/share.ts";
import { readSaved, writeSaved } from "./example-store.ts";
import { runFigure } from "./run-figure.ts";
import { cutNote, fillOutput, isOutputCut } from "./run-output.ts";

/** The selection in the site's accent colour (CodeMirror's own rule is too specific for a stylesheet). */
const selectionTheme = EditorView.theme({
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground": {
    background: "color-mix(in srgb, var(--sl-color-accent) 30%, transparent)",
  },
});

const sameArgs = (a: unknown[] | null, b: unknown[] | null) => JSON.stringify(a) === JSON.stringify(b);

/** Opens the editor of one example (idempotent). */
/** Why the editor opens: the Edit button, a share link, or code kept from an earlier visit. */
export type OpenReason = "edit" | "shared" | "restored";

export async function open(element: HTMLElement, id: string, reason: OpenReason): Promise<void> {
  if (element.dataset.editor === "open") return;
  element.dataset.editor = "open";
  const t = JSON.parse(element.dataset.strings ?? "{}") as EditorStrings;
  const bookCode = element.dataset.source ?? "";
  const bookArgs = JSON.parse(element.dataset.args ?? "null") as unknown[] | null;
  const name = element.closest("section")?.dataset.example ?? id;

  const q = <T extends Element>(selector: string) => element.querySelector<T>(selector);
  const codeBlock = q<HTMLElement>("[data-code]");
  const bar = q<HTMLElement>(".ml-ex-bar");
  const status = q<HTMLElement>("[data-status]");
  const badge = q<HTMLElement>("[data-modified]");
  const buttons = {
    edit: q<HTMLButtonElement>('[data-action="edit"]'),
    run: q<HTMLButtonElement>('[data-action="run"]'),
    reset: q<HTMLButtonElement>('[data-action="reset"]'),
    share: q<HTMLButtonElement>('[data-action="share"]'),
  };
  if (!codeBlock || !bar || !status || !badge || !buttons.run || !buttons.reset || !buttons.share) return;

  /** The status line (a polite live region); `spoken` is read out but not shown (what the figure now shows). */
  const say = (text: string, kind: "info" | "error" = "info", spoken = "") => {
    status.dataset.kind = kind;
    status.textContent = text;
    if (spoken) {
      const extra = document.createElement("span");
      extra.className = "ml-sr-only";
      extra.textContent = ` ${spoken}`;
      status.append(extra);
    }
  };

  // What the editor starts with: a share link for this example, else code saved after a finished
  // run, else the book's. A share link that cannot be read changes nothing and says why.
  let start: SharedCode = { code: bookCode, args: bookArgs };
  let message = "";
  let messageKind: "info" | "error" = "info";
  const shared = sharedFor(location.href, id);
  const saved = readSaved(id);
  if (shared !== null) {
    try {
      start = await decodeShare(shared);
      message = t.shared;
    } catch (error) {
      const problem = error instanceof ShareError ? t.shareProblems[error.problem] : String(error);
      message = fill(t.badShare, { reason: problem });
      messageKind = "error";
      if (saved) start = saved;
    }
  } else if (saved && reason === "restored") {
    start = saved;
    message = t.restored;
  } else if (saved) {
    start = saved;
  }
  let args = start.args;

  // The editor, in place of the highlighted code (same column, same font).
  const host = document.createElement("div");
  host.className = "ml-ex-editor";
  const title = document.createElement("p");
  title.className = "ml-ex-title";
  title.textContent = `examples/${name}.ts`;
  host.append(title);
  const hint = document.createElement("p");
  hint.className = "ml-ex-hint";
  hint.id = `${id}-hint`;
  hint.textContent = t.tabHint;

  let marked = false;
  const updateBadge = () => {
    badge.hidden = view.state.doc.toString() === bookCode && sameArgs(args, bookArgs);
  };
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: start.code,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(classHighlighter),
        javascript({ typescript: true }),
        selectionTheme,
        // Long lines wrap, as in the highlighted code it replaces (no sideways scrolling on a phone).
        EditorView.lineWrapping,
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              void run();
              return true;
            },
            preventDefault: true,
          },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        EditorView.contentAttributes.of({
          "aria-label": fill(t.editorLabel, { name }),
          "aria-describedby": hint.id,
          tabindex: "0",
        }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          updateBadge();
          if (marked) {
            // An edit makes the marked error stale (cleared after this update, not inside it).
            marked = false;
            queueMicrotask(() => view.dispatch(setDiagnostics(view.state, [])));
          }
        }),
      ],
    }),
  });
  codeBlock.hidden = true;
  codeBlock.after(host, hint);
  if (buttons.edit) buttons.edit.hidden = true;
  for (const b of [buttons.run, buttons.reset, buttons.share]) b.hidden = false;
  updateBadge();
  if (message) say(message, messageKind);
  if (reason === "edit") view.focus();
  else if (reason === "shared") {
    const section = element.closest("section");
    section?.scrollIntoView({ block: "start" });
    // The page may render lazily (src/starlight/lazy-render.ts): keep the example in place meanwhile.
    section?.dispatchEvent(new Event("ml:reveal", { bubbles: true }));
  }
  void warmUp().catch(() => {});

  // The book's output and figure, kept to put back on Book's code.
  let output = q<HTMLPreElement>("pre.example-output");
  const bookOutput = output?.cloneNode(true) as HTMLPreElement | undefined;
  const figure = runFigure(element, t, name);
  const outputLabel = t.figure.output;

  /** The output: what the code printed, the error (if any), then what was cut from it. */
  const showOutput = (logs: LogLine[], error: string | null, notes: string[]) => {
    if (!output) {
      output = document.createElement("pre");
      output.className = "example-output";
      output.setAttribute("aria-label", outputLabel);
      bar.after(output);
    }
    fillOutput(output, outputLabel, logs, error, notes);
  };
  const cutText = (c: Cut) => cutNote(c, t.cuts);

  const problemText = (p: Problem): string => {
    if (p.kind === "diverged")
      return fill(t.diverged, { label: optimizerLabel(p.optimizer, t.figure), step: p.step });
    if (p.kind === "training-diverged")
      return fill(t.trainingDiverged, { label: p.label ?? "" }).replace("  ", " ");
    return fill(t.notFinite, { label: p.label ?? "?" });
  };

  const errorText = (e: RunError): string => {
    if (e.kind === "syntax")
      return fill(t.syntaxError, { line: e.line ?? 1, column: e.column ?? 1, message: e.message });
    if (e.line !== null) return fill(t.runtimeError, { name: e.name, line: e.line, message: e.message });
    return fill(t.runtimeErrorNoLine, { name: e.name, message: e.message });
  };

  const mark = (e: RunError) => {
    if (e.line === null) return;
    const doc = view.state.doc;
    const line = doc.line(Math.min(Math.max(e.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max((e.column ?? 1) - 1, 0), line.to);
    const to = Math.min(Math.max(from + 1, line.to), doc.length);
    const diagnostic: Diagnostic = { from, to, severity: "error", message: errorText(e) };
    view.dispatch(setDiagnostics(view.state, [diagnostic]));
    marked = true;
  };

  const restoreBook = () => {
    figure.restore();
    if (bookOutput && output) output.replaceWith(bookOutput.cloneNode(true));
    else if (!bookOutput) output?.remove();
    output = q<HTMLPreElement>("pre.example-output");
  };

  let running = false;
  /** Runs the editor's code; `data-run` on the element is "running", then "done" (tests, bench). */
  async function run(): Promise<void> {
    if (running) return;
    running = true;
    element.dataset.run = "running";
    try {
      await runOnce();
    } finally {
      element.dataset.run = "done";
    }
  }
  async function runOnce(): Promise<void> {
    buttons.run?.setAttribute("aria-busy", "true");
    if (buttons.run) buttons.run.disabled = true;
    say(t.running);
    const code = view.state.doc.toString();
    view.dispatch(setDiagnostics(view.state, []));
    const started = performance.now();
    let reply: RunReply | null;
    try {
      reply = await runInSandbox(id, code, args);
    } catch (error) {
      reply = null;
      say(
        fill(t.runnerFailed, { message: String((error as Error)?.message ?? error) }),
        "error",
        figure.failed(),
      );
    }
    const ms = Math.round(performance.now() - started);
    running = false;
    buttons.run?.removeAttribute("aria-busy");
    if (buttons.run) buttons.run.disabled = false;
    if (!reply) return;
    const modified = code !== bookCode || !sameArgs(args, bookArgs);
    if (reply.type === "timeout") {
      writeSaved(id, null); // the last run did not finish: a reload brings back the book's code
      say(fill(t.timeout, { s: reply.limitMs / 1000 }), "error", figure.failed());
      return;
    }
    writeSaved(id, modified ? { code, args } : null);
    const outputNotes = reply.cuts.filter(isOutputCut).map(cutText);
    if (reply.type === "error") {
      showOutput(reply.logs, errorText(reply.error), outputNotes);
      mark(reply.error);
      say([errorText(reply.error), ...outputNotes].join(" "), "error", figure.failed());
      return;
    }
    showOutput(reply.logs, null, outputNotes);
    const resultNotes = reply.cuts.filter((c) => !isOutputCut(c)).map(cutText);
    const lost = reply.cuts.some((c) => c.kind === "result" || c.kind === "reply");
    const problems = diagnose(reply.result).map(problemText);
    // The book's own code (unchanged) draws the book's figure: the build's, with its caption and controls.
    if (!modified) figure.restore();
    const spoken = modified ? await figure.draw(reply.result) : "";
    const notes = [
      fill(t.done, { ms }),
      ...(reply.call ? [fill(t.call, { call: reply.call })] : []),
      ...outputNotes,
      ...resultNotes,
      ...problems,
    ];
    if (spoken === null && figure.present && !lost) notes.push(t.noFigure);
    say(notes.join(" "), problems.length || lost ? "error" : "info", spoken ?? "");
  }

  const reset = () => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: bookCode } });
    view.dispatch(setDiagnostics(view.state, []));
    args = bookArgs;
    writeSaved(id, null);
    restoreBook();
    updateBadge();
    removeShareBox();
    say(t.resetDone);
  };

  let shareBox: HTMLElement | null = null;
  const removeShareBox = () => {
    shareBox?.remove();
    shareBox = null;
  };
  const share = async () => {
    const payload = await encodeShare({ code: view.state.doc.toString(), args });
    const link = shareUrl(location.href, id, payload);
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      copied = false;
    }
    removeShareBox();
    shareBox = document.createElement("div");
    shareBox.className = "ml-ex-share";
    const label = document.createElement("label");
    label.textContent = copied ? t.shareLink : t.copyThis;
    const input = document.createElement("input");
    input.type = "text";
    input.readOnly = true;
    input.value = link;
    input.id = `${id}-share`;
    label.htmlFor = input.id;
    shareBox.append(label, input);
    bar.append(shareBox);
    say(copied ? t.copied : t.copyThis);
    if (!copied) input.select();
  };

  buttons.run.addEventListener("click", () => void run());
  buttons.reset.addEventListener("click", reset);
  buttons.share.addEventListener("click", () => void share());
  element.dataset.editor = "ready";
}
