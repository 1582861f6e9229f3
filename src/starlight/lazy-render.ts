/**
 * Lazy rendering of a chapter page. The heavy pages (basics, theory) carry 7–10 k elements of
 * typeset math and figures; styling and laying them all out at load was the longest main-thread
 * work of the page (about 120 ms on a fast desktop, four to five times that on a phone), during
 * which it could not answer input. With this, the blocks of the chapter's text (paragraphs, lists,
 * equations, examples, tables) are `content-visibility: auto` (CSS in src/styles/layout.css): the
 * browser styles and lays out only the blocks on or near the screen, and the others as the reader
 * scrolls to them. Their heights are estimates until then, so:
 *   - after an in-page link, or on a page opened at `#anchor`, the target is kept where the browser
 *     put it while the blocks around it are rendered (`keep`: a few frames, until it stops moving);
 *   - before printing, everything is rendered.
 * Without `content-visibility` support or without JavaScript nothing changes.
 *
 * `lazyRender` runs as an inline script in <head> (no request): the build inlines its source, so it
 * must not reference anything outside its own body.
 */
export function lazyRender(): void {
  const root = document.documentElement;
  if (!("contentVisibility" in root.style)) return;
  root.classList.add("ml-lazy");
  addEventListener("beforeprint", () => root.classList.remove("ml-lazy"));

  /**
   * Holds `target` where scrolling to it puts it (below the header) until it stops moving, for at
   * most a second, and not once the reader scrolls or presses a key.
   */
  const keep = (target: Element): void => {
    const px = (value: string) => Number.parseFloat(value) || 0;
    let margin: number | undefined;
    let still = 0;
    let frames = 0;
    const reader = new AbortController();
    for (const type of ["wheel", "touchstart", "keydown"]) {
      addEventListener(type, () => reader.abort(), { passive: true, signal: reader.signal });
    }
    const check = (): void => {
      if (reader.signal.aborted) return;
      // Read in a frame, where the browser styles the page anyway (not in the caller's task).
      margin ??= px(getComputedStyle(root).scrollPaddingTop) + px(getComputedStyle(target).scrollMarginTop);
      const off = target.getBoundingClientRect().top - margin;
      if (Math.abs(off) < 1) still++;
      else {
        still = 0;
        // Near the end of the page there may be nothing left to scroll until the blocks below
        // are rendered at their true height: the target sits lower meanwhile.
        if (off < 0 || root.scrollHeight - innerHeight - scrollY >= 1) scrollBy(0, off);
      }
      if (still < 3 && ++frames < 60) requestAnimationFrame(check);
      else reader.abort();
    };
    requestAnimationFrame(check);
  };
  const targetOf = (hash: string): Element | null => {
    try {
      return document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch {
      return null;
    }
  };
  addEventListener("click", (event) => {
    if (event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
    if (!link?.hash || link.pathname !== location.pathname || link.search !== location.search) return;
    const target = targetOf(link.hash);
    if (target) keep(target);
  });
  addEventListener("hashchange", () => {
    const target = targetOf(location.hash);
    if (target) keep(target);
  });
  // Opened at an anchor: the browser scrolls to it as the page arrives; held there from then on.
  // (Rendering the blocks around it with the page instead made the figure there live sooner after
  // the load event but later after the click on a slowed phone: the load came later.)
  if (location.hash) {
    addEventListener(
      "DOMContentLoaded",
      () => {
        const target = targetOf(location.hash);
        if (target) keep(target);
      },
      { once: true },
    );
  }
  // Others that scroll an element into view (an island revealing a shared example) say so.
  addEventListener("ml:reveal", (event) => {
    if (event.target instanceof Element) keep(event.target);
  });
}
