/**
 * The editable example's island, woken when the example comes into view (loader.ts). It is small:
 * it enables the Edit button and decides whether the editor must open by itself (a share link
 * addressed to this example, or code the reader edited and ran before). The editor, the
 * transpiler and the runner load only then (editor.ts).
 */
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
  let opening: Promise<void> | null = null;
  const open = (reason: OpenReason) => {
    opening ??= import("./editor.ts")
      .then((m) => m.open(element, section.id, reason))
      .catch((error: unknown) => {
        opening = null;
        edit.disabled = false;
        const strings = JSON.parse(element.dataset.strings ?? "{}") as { loadFailed?: string };
        if (status && strings.loadFailed) {
          status.dataset.kind = "error";
          status.textContent = strings.loadFailed.replace(
            "{message}",
            String((error as Error)?.message ?? error),
          );
        }
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
