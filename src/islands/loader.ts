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
  const wake = (element: HTMLElement) =>
    get()
      .then((m) => m.wake(element))
      .catch(() => {
        element.dataset.live = "failed"; // the static figure stays: nothing is lost
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
        when(this, "100% 0px", () => idle(() => void get().catch(() => {})));
        when(this, "10% 0px", () => void wake(this));
      }
    },
  );
}
