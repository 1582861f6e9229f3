/**
 * The editable example's island, woken when the example comes into view (loader.ts). It is small:
 * it enables the Edit button and decides whether the editor must open by itself (a share link
 * addressed to this example, or code the reader edited and ran before). The editor, the
 * transpiler and the runner load only then (editor.ts).
 */
import { fill } from "../i18n/format.ts";
import { sharedFor } from "../runner/share.ts";
import type { OpenReason } from "./editor.ts";
import { readSaved } from "./example-store.ts";

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const section = element.closest<HTMLElement>("section.example");
  const edit = element.querySelector<HTMLButtonElement>('[data-action="edit"]');
  const status = element.querySelector<HTMLElement>("[data-status]");
  if (!section || !edit) return;
  element.dataset.live = "ready";
  const strings = JSON.parse(element.dataset.strings ?? "{}") as { loadFailed?: string; offline?: string };
  /** Says why the editor is not there (or, with null, clears what an earlier attempt said). */
  const say = (text: string | null) => {
    if (!status) return;
    if (text === null) {
      if (status.dataset.load === undefined) return;
      status.textContent = "";
      delete status.dataset.kind;
      delete status.dataset.load;
      return;
    }
    status.dataset.kind = "error";
    status.dataset.load = "";
    status.textContent = text;
  };
  let opening: Promise<void> | null = null;
  const open = (reason: OpenReason): Promise<void> | null => {
    // Offline, the import is not tried: Chromium would remember the failed fetch for the life of
    // the page, and the editor could then not load after the connection is back.
    if (!navigator.onLine) {
      edit.disabled = false;
      say(strings.offline ?? "");
      addEventListener("online", () => say(null), { once: true });
      return null;
    }
    opening ??= import("./editor.ts")
      .then((m) => {
        say(null);
        return m.open(element, section.id, reason);
      })
      .catch((error: unknown) => {
        opening = null;
        edit.disabled = false;
        say(fill(strings.loadFailed ?? "", { message: String((error as Error)?.message ?? error) }));
      });
    return opening;
  };
  edit.disabled = false;
  edit.addEventListener("click", () => {
    edit.disabled = true;
    void open("edit");
  });
  if (sharedFor(location.href, section.id) !== null) void open("shared");
  else if (readSaved(section.id)) void open("restored");
}
