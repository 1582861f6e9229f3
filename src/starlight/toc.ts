/**
 * Stand-in for Starlight's `starlight-toc` module (aliased in astro.config.mjs): the same element,
 * class and behaviour — the "On this page" lists mark the section being read — with a cheaper
 * start. Starlight finds the blocks to watch with four `:has()` selectors over the whole page; on a
 * long chapter, where every block holds hundreds of KaTeX elements, that query took 45–65 ms on this
 * machine (four times that on a phone) for each of the two tables (mobile and desktop), in the
 * page's first idle period. `blocksToWatch` finds the same elements in document order by walking
 * only the elements that contain headings, once per page.
 */

import { blocksToWatch } from "./toc-blocks.ts";

/** Starlight's id of the page title (its `PAGE_TITLE_ID`). */
const PAGE_TITLE_ID = "_top";

/** Found once per page: the desktop and the mobile table watch the same blocks. */
const watched = new Map<string, Element[]>();

export class StarlightTOC extends HTMLElement {
  private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
  private minH = Number.parseInt(this.dataset.minH || "2", 10);
  private maxH = Number.parseInt(this.dataset.maxH || "3", 10);
  /** Matches the headings that can appear in the table, e.g. `h1#_top,:where(h2,h3)[id]`. */
  protected tocHeadingSelector = `h1#${PAGE_TITLE_ID},:where(${Array.from(
    { length: 1 + this.maxH - this.minH },
    (_, i) => `h${this.minH + i}`,
  ).join()})[id]`;

  set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    this._current?.removeAttribute("aria-current");
    link.setAttribute("aria-current", "true");
    this._current = link;
  }

  protected onIdle = (cb: () => void) =>
    "requestIdleCallback" in window ? requestIdleCallback(cb) : setTimeout(cb, 1);

  constructor() {
    super();
    this.onIdle(() => this.init());
  }

  protected init = (): void => {
    const links = Array.from(this.querySelectorAll("a"));
    const isHeading = (el: Element) => el.matches(this.tocHeadingSelector);
    /** The heading of the section `el` is in: walks back through the page from `el`. */
    const headingOf = (start: Element): Element | null => {
      let el: Element | null = start;
      while (el) {
        if (el.matches(".sl-markdown-content, main > *")) return document.getElementById(PAGE_TITLE_ID);
        if (isHeading(el)) return el;
        const inner = el.querySelector(this.tocHeadingSelector);
        if (inner) return inner;
        let prev: Element | null = el.previousElementSibling;
        while (prev?.lastElementChild) prev = prev.lastElementChild;
        el = prev ?? el.parentElement;
      }
      return null;
    };
    const setCurrent = (entries: IntersectionObserverEntry[]) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const heading = headingOf(target);
        const link = heading && links.find((a) => a.hash === `#${encodeURIComponent(heading.id)}`);
        if (link) {
          this.current = link;
          break;
        }
      }
    };
    let blocks = watched.get(this.tocHeadingSelector);
    if (!blocks) {
      blocks = blocksToWatch(document, this.tocHeadingSelector);
      watched.set(this.tocHeadingSelector, blocks);
    }
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(setCurrent, { rootMargin: this.getRootMargin() });
      for (const block of blocks) observer.observe(block);
    };
    observe();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener("resize", () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  /** Intersections start below the header (and the mobile table's bar) plus 2rem. */
  protected getRootMargin(): string {
    const top =
      (document.querySelector("header")?.getBoundingClientRect().height || 0) +
      (this.querySelector("summary")?.getBoundingClientRect().height || 0) +
      32;
    return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}

customElements.define("starlight-toc", StarlightTOC);
