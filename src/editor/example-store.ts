/**
 * Edited code kept across reloads, per example (localStorage key `momentum-live:example:<id>`).
 * Written only after a run that finished (with its output or with an error, not stopped by the
 * time limit), so that a reload never brings back code that never completed a run.
 */
export interface SavedCode {
  code: string;
  args: unknown[] | null;
}

const key = (exampleId: string) => `momentum-live:example:${exampleId}`;

export function readSaved(exampleId: string): SavedCode | null {
  try {
    const text = localStorage.getItem(key(exampleId));
    if (!text) return null;
    const data = JSON.parse(text) as Partial<SavedCode>;
    if (typeof data.code !== "string") return null;
    return { code: data.code, args: Array.isArray(data.args) ? data.args : null };
  } catch {
    return null; // storage unavailable or garbage: as if nothing was saved
  }
}

export function writeSaved(exampleId: string, saved: SavedCode | null): void {
  try {
    if (saved) localStorage.setItem(key(exampleId), JSON.stringify(saved));
    else localStorage.removeItem(key(exampleId));
  } catch {
    // storage full or unavailable: the code stays in the editor for this visit
  }
}
