/**
 * Stand-in for `@pagefind/default-ui` (aliased in astro.config.mjs). Starlight builds Pagefind's
 * search UI when the browser is first idle, on every page: 26 KB gzip of script and its start-up
 * work before the reader has done anything. This stand-in builds the real UI when the reader first
 * reaches for search instead — hovering or focusing the search button, clicking it, or pressing
 * Ctrl/Cmd+K — and then focuses its input (Starlight tried to when the dialog opened, before the
 * input existed).
 */
type Options = Record<string, unknown> & { element: string };

export class PagefindUI {
  constructor(options: Options) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void import("@pagefind/default-ui/npm_dist/mjs/ui-core.mjs")
        .then(({ PagefindUI: Real }) => {
          new Real({ ...options }); // a copy: Pagefind replaces `element` with the element itself
          focusWhenReady(options.element);
        })
        .catch((error: unknown) => console.error("Search could not start:", error));
    };
    const button = document.querySelector("button[data-open-modal]");
    for (const type of ["pointerenter", "focus", "click"])
      button?.addEventListener(type, start, { once: true });
    window.addEventListener("keydown", (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === "k") start();
    });
    // Starlight creates this object when the browser is idle: the reader may have opened search already.
    if (document.querySelector("site-search dialog[open]")) start();
  }
}

/**
 * Pagefind mounts its form asynchronously and settles over a few frames: while search is open,
 * keep the focus on its input until it holds (at most two seconds).
 */
function focusWhenReady(element: string): void {
  const until = performance.now() + 2000;
  const attempt = () => {
    const input = document.querySelector<HTMLInputElement>(`${element} input`);
    const open = input?.closest("dialog[open]");
    if (input && open && document.activeElement !== input) input.focus();
    if ((input && (!open || document.activeElement === input)) || performance.now() > until) return;
    requestAnimationFrame(attempt);
  };
  attempt();
}
