/**
 * The only kind of script a chapter page loads up front: `lazyIsland(tag, load)` defines a custom
 * element that, when it comes within a screen of the viewport, prefetches its island module while
 * the browser is idle and, when it comes into view, wakes it (`module.wake(element)`). Until then
 * the element shows the build's HTML and drawing (its SVG, in the page or fetched from its file as it
 * nears: src/build/drawing-files.ts), complete and static. The islands register from one
 * script (src/figures/islands/Islands.astro); an island's code is fetched only on demand, except for the
 * figure the reader came for (a figure's anchor, or the figure the page opens with), whose code the
 * page's preload script (src/build/anchor-preload.ts) fetches from the first frame on (an anchor's
 * figure) or from the load event (the figure the page opens with).
 */
export interface Island {
  wake(element: HTMLElement): void;
}

const idle = (fn: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

/** Resolves in a later task: the browser may paint and handle input first (ahead of other tasks, where it can). */
const nextTask = (): Promise<void> =>
  typeof scheduler !== "undefined" && "yield" in scheduler
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));

/** Calls `fn` once, when `element` comes within `margin` of the viewport. */
function when(element: Element, margin: string, fn: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        fn();
      }
    },
    { rootMargin: margin },
  );
  observer.observe(element);
}

/** How near the viewport a figure wakes: within a tenth of the viewport's height above or below it. */
const WAKE_MARGIN = 0.1;

/**
 * Whether the element is near enough to the viewport to wake now (one layout, read once at load;
 * the same margin as the observer that wakes it later). An element in a block that lazy rendering
 * skips (src/starlight/lazy-render.ts) is not: reading its box would make the browser style and lay out
 * that block at once (about 600 elements on the basics page).
 */
function inView(element: HTMLElement): boolean {
  if (element.checkVisibility?.({ contentVisibilityAuto: true }) === false) return false;
  const r = element.getBoundingClientRect();
  const margin = innerHeight * WAKE_MARGIN;
  return r.bottom > -margin && r.top < innerHeight + margin && r.height > 0;
}

/**
 * What the reader came for: the element a link to this page points at (`#id`) or, without one, the
 * figure the page opens with (`<figure data-lead>`, the playground). The same choice as the build's
 * preload script (src/build/anchor-preload.ts), which is fetching its island's code.
 */
function cameFor(): Element | null {
  if (!location.hash) return document.querySelector("figure[data-lead]");
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * The island module that the page's preload script (src/build/anchor-preload.ts) has imported for
 * the figure the reader came for, if any: `island` is its key in src/figures/islands/registry.ts. Taking
 * it from there, the wake runs as soon as the page is parsed: a fresh `import()` of a module that
 * is already loaded still resolves only after the tasks and frames queued ahead of it, 80–300 ms
 * on the basics page on this machine.
 */
export function preloaded(island: string): Promise<Island> | undefined {
  const all = (globalThis as { __mlIslands?: Record<string, Promise<Island>> }).__mlIslands;
  const module = all?.[island];
  // A failed import is dropped, so that a later attempt imports again (lazyIsland).
  module?.catch(() => {
    if (all?.[island] === module) delete all[island];
  });
  return module;
}

/** The build's words for a figure whose code could not be loaded (src/figures/islands/Islands.astro). */
interface Notes {
  offline: string;
  failed: string;
}

/**
 * Says quietly, in the figure, why it stays as drawn: offline (it comes alive when the connection is
 * back) or its code failed to load. Only figures (an element with a drawing) get the note.
 */
function showNote(element: HTMLElement, offline: boolean): void {
  const plot = element.querySelector(".figure-plot");
  const source = document.querySelector<HTMLElement>("[data-live-notes]")?.dataset.liveNotes;
  if (!plot || !source) return;
  const notes = JSON.parse(source) as Notes;
  let note = element.querySelector<HTMLElement>("[data-live-note]");
  if (!note) {
    note = document.createElement("p");
    note.className = "ml-live-note";
    note.dataset.liveNote = "";
    note.setAttribute("role", "status");
    plot.after(note);
  }
  note.textContent = offline ? notes.offline : notes.failed;
}

/**
 * Puts back the element's words for its island (`data-strings`) where the build wrote them once for
 * the page (`data-strings-ref`: the id of a JSON data block; src/build/shared-strings.ts).
 */
function withStrings(element: HTMLElement): void {
  const ref = element.dataset.stringsRef;
  if (ref === undefined || element.dataset.strings !== undefined) return;
  const block = document.getElementById(ref);
  if (block) element.dataset.strings = block.textContent ?? "";
}

/**
 * The drawing of a box the build left empty (`svg[data-src]`, src/build/drawing-files.ts): its file
 * holds the build's SVG inside a wrapper with the page's colours, and the SVG takes the box's place,
 * as the build drew it. Once per box; a failed fetch is tried again next time.
 */
function fill(box: Element): Promise<void> {
  let filled = filling.get(box);
  if (!filled) {
    const src = box.getAttribute("data-src") ?? "";
    filled = fetch(src, { cache: "force-cache" })
      .then((response) => {
        if (!response.ok) throw new Error(`${src}: ${response.status}`);
        return response.text();
      })
      .then((text) => {
        const template = document.createElement("template");
        template.innerHTML = text;
        const svg = template.content.firstElementChild?.querySelector(":scope > svg");
        if (!svg) throw new Error(`${src}: no drawing`);
        // Not a box an island has taken meanwhile (src/live/fit.ts `fitWidth`): it draws that one.
        if (box.hasAttribute("data-src")) box.replaceWith(svg);
      });
    filling.set(box, filled);
    filled.catch(() => filling.delete(box));
  }
  return filled;
}
const filling = new WeakMap<Element, Promise<void>>();

/** The boxes of `root` the build left empty, their drawings in files. */
const boxes = (root: ParentNode) => Array.from(root.querySelectorAll("svg[data-src]"));

/** Whether a box shows at the page's width (not the other shape, which the page's CSS hides). */
const shows = (box: Element) => box.checkVisibility?.() ?? true;

/**
 * Puts in the drawings of an island that wakes, the ones shown. Of a figure's two shapes the island
 * keeps the one shown, or else draws the wide one afresh at a phone's width (src/live/fit.ts
 * `fitWidth`), which needs nothing of its file.
 */
const withDrawings = (element: HTMLElement) => Promise.all(boxes(element).filter(shows).map(fill));

/**
 * Fills the boxes the build left empty (src/build/drawing-files.ts) as they come within a screen and
 * a half of the viewport. Once the page has loaded and the browser is idle, the file of every box
 * shown, however far down the page, is fetched into the browser's cache, one at a time, without
 * touching the page (putting each SVG in at once made long tasks of styling and layout on a phone):
 * so a reader who loses the connection after the page loaded still sees every figure as it nears,
 * as with the drawings inline. A box the page's CSS hides (the other shape: a phone's or the wide
 * one) is fetched when it shows, or when its island wakes.
 */
export function showDrawings(): void {
  for (const box of boxes(document)) when(box, "150% 0px", () => void fill(box).catch(() => {}));
  let queue: string[] | undefined;
  const next = () =>
    idle(() => {
      queue ??= [
        ...new Set(
          boxes(document)
            .filter(shows)
            .map((b) => b.getAttribute("data-src") ?? ""),
        ),
      ];
      const src = queue.shift();
      if (src)
        void fetch(src, { cache: "force-cache" })
          .then((r) => r.arrayBuffer())
          .then(next, next);
    });
  if (document.readyState === "complete") next();
  else addEventListener("load", next, { once: true });
}

/** Why a load was not tried: the browser knows it is offline. */
class Offline extends Error {}

/**
 * Defines `<tag>` as a lazily woken island. `load` is a dynamic import of the island module
 * (`() => import("./x.ts")`), shared by every element of the tag. A failed load leaves the static
 * content in place, marks the element `data-live="failed"` with a note, and is tried again when the
 * browser comes back online (for the elements near the viewport, the others as they come near) and
 * when the reader next touches or focuses the figure. While the browser says it is offline, no load
 * is tried at all: Chromium remembers a module that failed to fetch for the page's lifetime, so an
 * import tried offline would fail again after the connection is back.
 */
export function lazyIsland(tag: string, load: () => Promise<Island>): void {
  if (customElements.get(tag)) return;
  let module: Promise<Island> | null = null;
  const get = (): Promise<Island> => {
    if (navigator.onLine === false) return Promise.reject(new Offline());
    module ??= load().catch((error: unknown) => {
      module = null; // the next attempt imports again
      throw error;
    });
    return module;
  };
  const woken = new WeakSet<HTMLElement>();
  /** Elements whose load failed, to wake when the browser is back online. */
  const failed = new Set<HTMLElement>();
  /** The reader touches or focuses a failed figure: try again. */
  const again = (event: Event) => {
    const element = event.currentTarget as HTMLElement;
    if (element.dataset.live === "failed") void wake(element);
  };
  const fail = (element: HTMLElement, error: unknown) => {
    woken.delete(element);
    failed.add(element);
    element.dataset.live = "failed"; // the static figure stays: nothing is lost
    showNote(element, error instanceof Offline || navigator.onLine === false);
    // The same listener is added once however often the element fails.
    element.addEventListener("pointerdown", again);
    element.addEventListener("focusin", again);
  };
  const wake = (element: HTMLElement) => {
    if (woken.has(element)) return;
    woken.add(element);
    failed.delete(element);
    // Its drawings are in (from the cache, offline) before it is marked failed, too. The wake runs
    // in a task of its own: right after the module's evaluation (Plot's, about 20 ms on this
    // machine), the two made one long task, and the browser could neither paint nor answer a tap.
    return Promise.allSettled([get(), withDrawings(element)]).then(async ([m, drawings]) => {
      await nextTask();
      if (m.status === "rejected") return fail(element, m.reason);
      if (drawings.status === "rejected") return fail(element, drawings.reason);
      element.querySelector("[data-live-note]")?.remove();
      try {
        withStrings(element);
        m.value.wake(element);
      } catch {
        element.dataset.live = "failed"; // a fault of the island: the static figure stays
      }
    });
  };
  addEventListener("online", () => {
    for (const element of failed) {
      failed.delete(element);
      if (!("IntersectionObserver" in window)) void wake(element);
      else when(element, `${WAKE_MARGIN * 100}% 0px`, () => void wake(element));
    }
  });
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        if (this.dataset.live) return;
        this.dataset.live = "waiting";
        if (!("IntersectionObserver" in window)) {
          void wake(this);
          return;
        }
        if (document.readyState !== "complete") {
          // The figure the reader came for wakes as soon as its code is here, load event or not:
          // waiting for the load event put its wake behind the frames the browser draws right
          // after it (bench:islands, basics at a figure's anchor: load → live p50 80–110 ms).
          if (this.contains(cameFor())) void wake(this);
          // Others in view when the page loads wake right at the load event (sooner than the
          // observer's first report); not before it, so that the page's own load stays light.
          else addEventListener("load", () => inView(this) && void wake(this), { once: true });
        }
        when(this, "100% 0px", () => idle(() => void get().catch(() => {})));
        when(this, `${WAKE_MARGIN * 100}% 0px`, () => void wake(this));
      }
    },
  );
}
