/**
 * Lazy rendering of a chapter page. The heavy pages (basics, theory) carry 7–10 k elements of
 * typeset math and figures; styling and laying them all out at load was the longest main-thread
 * work of the page (about 120 ms on a fast desktop, four to five times that on a phone), during
 * which it could not answer input. With this, the blocks of the chapter's text (paragraphs, lists,
 * equations, examples, tables) are `content-visibility: auto` (CSS in src/styles/site.css): the
 * browser styles and lays out only the blocks on or near the screen, and the others as the reader
 * scrolls to them. Their heights are estimates until then, so:
 *   - a page opened at `#anchor` is not lazy at all (the browser must find the target at once);
 *   - after an in-page link, the target is kept where the link put it while the blocks around it
 *     are rendered (`keep`: a few frames, until it stops moving);
 *   - before printing, everything is rendered.
 * Without `content-visibility` support or without JavaScript nothing changes.
 *
 * `lazyRender` runs as an inline script in <head> (no request): the build inlines its source, so it
 * must not reference anything outside its own body.
 */
export function lazyRender(): void {
  const root = document.documentElement;
  if (location.hash || !("contentVisibility" in root.style)) return;
  root.classList.add("ml-lazy");
  addEventListener("beforeprint", () => root.classList.remove("ml-lazy"));

  /** Holds `target` where scrolling to it puts it (below the header) until it stops moving. */
  const keep = (target: Element): void => {
    const px = (value: string) => Number.parseFloat(value) || 0;
    const margin = px(getComputedStyle(root).scrollPaddingTop) + px(getComputedStyle(target).scrollMarginTop);
    let still = 0;
    let frames = 0;
    const check = (): void => {
      const off = target.getBoundingClientRect().top - margin;
      // (At the end of the page the target may sit lower: there is nothing left to scroll.)
      const room = root.scrollHeight - innerHeight - scrollY;
      if (Math.abs(off) >= 1 && (off < 0 || room >= 1)) {
        scrollBy(0, off);
        still = 0;
      } else still++;
      if (still < 3 && ++frames < 60) requestAnimationFrame(check);
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
  // Others that scroll an element into view (an island revealing a shared example) say so.
  addEventListener("ml:reveal", (event) => {
    if (event.target instanceof Element) keep(event.target);
  });
}
