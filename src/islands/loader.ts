/**
 * The only script a chapter page loads up front: it defines <ml-trajectory> and, when a live figure
 * comes within a screen of the viewport, prefetches the island while the browser is idle; when it
 * comes into view, wakes it. Until then the figure is the build's SVG, complete and static.
 */
type Island = typeof import("./trajectory.ts");

let island: Promise<Island> | null = null;
const load = (): Promise<Island> => {
  island ??= import("./trajectory.ts");
  return island;
};

const idle = (fn: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

function wake(element: HTMLElement): void {
  load()
    .then((m) => m.wake(element))
    .catch(() => {
      element.dataset.live = "failed"; // the static figure stays: nothing is lost
    });
}

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

class LiveTrajectory extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.live) return;
    this.dataset.live = "waiting";
    if (!("IntersectionObserver" in window)) {
      wake(this);
      return;
    }
    when(this, "100% 0px", () => idle(() => void load().catch(() => {})));
    when(this, "10% 0px", () => wake(this));
  }
}

if (!customElements.get("ml-trajectory")) customElements.define("ml-trajectory", LiveTrajectory);
