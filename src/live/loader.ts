/**
 * The only kind of script a chapter page loads up front: `lazyIsland(tag, load)` defines a custom
 * element that, when it comes within a screen of the viewport, prefetches its island module while
 * the browser is idle and, when it comes into view, wakes it (`module.wake(element)`). Until then
 * the element shows the build's HTML/SVG, complete and static. The islands register from one
 * script (src/figures/islands/Islands.astro); an island's code is fetched only on demand, except for the
 * figure the reader came for (a figure's anchor, or the figure the page opens with), whose code the
 * page's preload script (src/build/anchor-preload.ts) fetches from the first frame on.
 */
export interface Island {
  wake(element: HTMLElement): void;
}

const idle = (fn: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

/** Calls `fn` once, when `element` comes within `margin` of the viewport. */
function when(element: HTMLElement, margin: string, fn: () => void): void {
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
  return (globalThis as { __mlIslands?: Record<string, Promise<Island>> }).__mlIslands?.[island];
}

/**
 * Defines `<tag>` as a lazily woken island. `load` is a dynamic import of the island module
 * (`() => import("./x.ts")`), called at most once per tag. A failed load leaves the static
 * content in place and marks the element `data-live="failed"`.
 */
export function lazyIsland(tag: string, load: () => Promise<Island>): void {
  if (customElements.get(tag)) return;
  let module: Promise<Island> | null = null;
  const get = (): Promise<Island> => {
    module ??= load();
    return module;
  };
  const woken = new WeakSet<HTMLElement>();
  const wake = (element: HTMLElement) => {
    if (woken.has(element)) return;
    woken.add(element);
    return get()
      .then((m) => m.wake(element))
      .catch(() => {
        element.dataset.live = "failed"; // the static figure stays: nothing is lost
      });
  };
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
