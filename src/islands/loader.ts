/**
 * The only kind of script a chapter page loads up front: `lazyIsland(tag, load)` defines a custom
 * element that, when it comes within a screen of the viewport, prefetches its island module while
 * the browser is idle and, when it comes into view, wakes it (`module.wake(element)`). Until then
 * the element shows the build's HTML/SVG, complete and static. Each island registers itself from its
 * Astro component's <script>; the island code itself is only fetched on demand.
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

/**
 * Whether the element is within the viewport now (one layout, read once at load). An element in a
 * block that lazy rendering skips (src/site/lazy-render.ts) is not: reading its box would make the
 * browser style and lay out that block at once (about 600 elements on the basics page).
 */
function inView(element: HTMLElement): boolean {
  if (element.checkVisibility?.({ contentVisibilityAuto: true }) === false) return false;
  const r = element.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.height > 0;
}

/** The element a link to this page points at (`#id`), if any. */
function linkTarget(): Element | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
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
        // In view when the page loads: wake right at the load event (the first interaction comes
        // sooner than waiting for the observer's first report); not before it, so that the page's
        // own load stays light.
        if (document.readyState !== "complete") {
          // The figure a link points at is what the reader came for: its code is fetched now.
          if (this.contains(linkTarget())) void get().catch(() => {});
          addEventListener("load", () => inView(this) && void wake(this), { once: true });
        }
        when(this, "100% 0px", () => idle(() => void get().catch(() => {})));
        when(this, "10% 0px", () => void wake(this));
      }
    },
  );
}
