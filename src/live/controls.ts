/**
 * Browser helpers shared by the live figures: slider/number pairs, one redraw per frame, the URL,
 * draggable SVG points with arrow keys, a debounced live region, writing text and drawings into the
 * page only where they changed. Small on purpose: every island pulls these in.
 */

import { exponentRuns, tidy } from "../i18n/format.ts";
import type { Caption, Ranges, Values } from "./settings.ts";

export const svgNS = "http://www.w3.org/2000/svg";

export function svgEl<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent?.appendChild(el);
  return el;
}

/** Writes a figure's state caption and shows or hides its "changed" note (src/live/StateCaption.astro). */
export function captionWriter(element: HTMLElement): (caption: Caption) => void {
  const text = element.querySelector<HTMLElement>("[data-state-caption]");
  const note = element.querySelector<HTMLElement>("[data-changed]");
  return (caption) => {
    if (text) writeText(text, caption.text);
    note?.toggleAttribute("data-off", !caption.changed);
  };
}

/** The parts of a live figure whose height `holdHeights` keeps. */
const heldParts = "figcaption, [data-readouts], [data-hold]";

/**
 * Keeps a live figure's text from moving what follows it: a caption or readout that grew while the
 * reader changed a setting keeps that height when its text gets shorter again, so a slider moved
 * back and forth does not make the page below the figure jump at every step. A new width (a turned
 * phone, a resized window) starts over.
 */
export function holdHeights(element: HTMLElement): void {
  const held = new WeakMap<Element, { width: number; height: number }>();
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const { inlineSize: width, blockSize: height } = entry.borderBoxSize[0];
      const part = entry.target as HTMLElement;
      const last = held.get(part);
      if (last && Math.abs(last.width - width) > 0.5) {
        // Measured again, without the hold, at the next change of size.
        part.style.minHeight = "";
        held.set(part, { width, height: 0 });
      } else if (!last || height > last.height) {
        held.set(part, { width, height });
        part.style.minHeight = `${height}px`;
      }
    }
  });
  for (const part of element.querySelectorAll(heldParts)) observer.observe(part);
}

/**
 * Lets go of the heights `holdHeights` keeps in `element` when what it shows is replaced (an
 * example's figure drawn from the reader's code, or the book's back): each part takes its content's
 * height again.
 */
export function releaseHeights(element: Element): void {
  for (const part of element.querySelectorAll<HTMLElement>(heldParts)) part.style.minHeight = "";
}

/** A JSON data attribute of the element (`data-<name>`), or null. */
export function readJson<T>(element: HTMLElement, name: string): T | null {
  try {
    return JSON.parse(element.dataset[name] ?? "null") as T | null;
  } catch {
    return null;
  }
}

/**
 * Coalesces calls into one run of `fn` per animation frame: however many input events arrive in
 * a frame, the figure is drawn once, just before it is painted.
 */
export function onFrame(fn: () => void): () => void {
  let pending = 0;
  return () => {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      fn();
    });
  };
}

/** The figure's text in the URL (`?<key>=…`), or null. */
export function urlText(key: string): string | null {
  return new URLSearchParams(location.search).get(key);
}

/** How long the input must rest to have settled (ms): then the URL is written and a draft drawn in full. */
export const settleMs = 150;

/** Writes `?<key>=text` (or removes it for null) after the input settles, keeping the link readable. */
export function urlWriter(key: string): (text: string | null) => void {
  let timer = 0;
  return (text) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      if (text === null) url.searchParams.delete(key);
      else url.searchParams.set(key, text);
      // ":" and "," are legal in a query: keep the link readable (?fig-…=eta:0.5,beta:0).
      url.search = url.searchParams.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
      history.replaceState(history.state, "", url);
    }, settleMs);
  };
}

/** Sets a live region's text once the input has settled (screen readers are not flooded). */
export function announcer(region: HTMLElement | null): (text: string) => void {
  let timer = 0;
  return (text) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (region) region.textContent = text;
    }, 400);
  };
}

/**
 * Wires the range/number pairs (`[data-control=k]`, `[data-number=k]`) of `keys` to `set`, and
 * returns a function that shows values in them (leaving alone the one being typed in).
 */
export function bindNumeric<K extends string>(
  root: ParentNode,
  specs: Ranges<K>,
  set: (key: K, value: number) => void,
): (values: Values<K>) => void {
  const keys = Object.keys(specs) as K[];
  const pairs = keys.map((k) => ({
    k,
    range: root.querySelector<HTMLInputElement>(`[data-control="${k}"]`),
    number: root.querySelector<HTMLInputElement>(`[data-number="${k}"]`),
  }));
  for (const { k, range, number } of pairs) {
    range?.addEventListener("input", () => {
      const v = Number(range.value);
      if (Number.isFinite(v)) set(k, v);
    });
    number?.addEventListener("input", () => {
      const v = number.valueAsNumber;
      if (number.value !== "" && Number.isFinite(v)) set(k, v);
    });
    number?.addEventListener("change", () => {
      if (range) number.value = range.value;
    });
  }
  return (values) => {
    for (const { k, range, number } of pairs) {
      const text = String(tidy(values[k]));
      // Only what changed: a value written again (the same) still makes the browser restyle the control.
      if (range && document.activeElement !== range && range.value !== text) range.value = text;
      if (number && document.activeElement !== number && number.value !== text) number.value = text;
    }
  };
}

const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * Makes `handle` (inside `svg`) draggable and keyboard-operable: `move` gets the pointer in the
 * SVG's own coordinates; `step` gets arrow-key directions (x right, y up), ten times with Shift.
 */
export function draggable(
  svg: SVGSVGElement,
  handle: SVGElement,
  move: (x: number, y: number) => void,
  step: (dx: number, dy: number) => void,
): void {
  handle.addEventListener("keydown", (event) => {
    const d = arrows[event.key];
    if (!d) return;
    event.preventDefault();
    const k = event.shiftKey ? 10 : 1;
    step(d[0] * k, d[1] * k);
  });
  // A finger on the handle drags it instead of scrolling the page: Chromium ignores touch-action
  // on SVG content, so the touch that starts here is claimed before the browser can pan.
  handle.addEventListener("touchstart", (event) => event.preventDefault(), { passive: false });
  let dragging = false;
  handle.addEventListener("pointerdown", (event) => {
    dragging = true;
    handle.setPointerCapture(event.pointerId);
    handle.focus();
    event.preventDefault();
  });
  handle.addEventListener("pointermove", (event) => {
    if (!dragging) return;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    move(p.x, p.y);
  });
  const stop = () => {
    dragging = false;
  };
  handle.addEventListener("pointerup", stop);
  handle.addEventListener("pointercancel", stop);
}

/** A click on the SVG's background (not on a handle): its point in SVG coordinates. */
export function onSvgClick(svg: SVGSVGElement, fn: (x: number, y: number) => void): void {
  svg.addEventListener("click", (event) => {
    if ((event.target as Element).closest("[tabindex]")) return;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    fn(p.x, p.y);
  });
}

/**
 * Writes `text` into `node` only when it differs from what is there: text written again (the same)
 * still replaces the node's text, which the browser lays out again every frame of a drag.
 */
export function writeText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** The text each node was last given by `writeRaised`. */
const raisedText = new WeakMap<Element, string>();

/** Writes a text whose exponents are written `^x` (src/i18n/format.ts `exponentRuns`), raised in <sup>. */
export function writeRaised(node: Element, text: string): void {
  if (raisedText.get(node) === text) return;
  raisedText.set(node, text);
  node.replaceChildren(
    ...exponentRuns(text).map(([run, raised]) =>
      raised ? Object.assign(document.createElement("sup"), { textContent: run }) : run,
    ),
  );
}

/** Gives `target` the attributes of `fresh`, touching only those that differ (by name: Plot's are in no namespace). */
function patchAttributes(target: Element, fresh: Element): void {
  const { attributes } = fresh;
  for (let k = 0; k < attributes.length; k++) {
    const { name, value } = attributes[k];
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
  // It has all of `fresh`'s now: as many means no others.
  if (target.attributes.length === attributes.length) return;
  for (const name of target.getAttributeNames()) if (!fresh.hasAttribute(name)) target.removeAttribute(name);
}

const isStyle = (node: Node | null) => (node as Element | null)?.localName === "style";

/**
 * Makes `target`'s children (but a `<style>`, left alone: src/live/plot.ts `adoptable`) `fresh`:
 * where a node of the same name stands at the same place, its attributes or text are patched in
 * place and its children made alike; anything else is replaced by a copy (`fresh` stays whole: a
 * kept drawing is shown again from it). A redraw of the same marks (a run that moved) changes a
 * few attributes instead of putting new elements in the page, which the browser would style and
 * lay out afresh every frame.
 */
export function morph(target: Element, fresh: readonly Node[]): void {
  let was = target.firstChild;
  for (const node of fresh) {
    while (isStyle(was)) was = (was as Node).nextSibling;
    if (!was) {
      target.append(node.cloneNode(true));
      continue;
    }
    const next: ChildNode | null = was.nextSibling;
    if (was.isEqualNode(node)) {
      // As it was (a run that did not change): nothing to do.
    } else if (was.nodeName !== node.nodeName) target.replaceChild(node.cloneNode(true), was);
    else if (node.nodeType !== Node.ELEMENT_NODE) {
      if (was.nodeValue !== node.nodeValue) was.nodeValue = node.nodeValue;
    } else {
      patchAttributes(was as Element, node as Element);
      if (node.firstChild || was.firstChild) morph(was as Element, Array.from(node.childNodes));
    }
    was = next;
  }
  while (was) {
    const next: ChildNode | null = was.nextSibling;
    if (!isStyle(was)) was.remove();
    was = next;
  }
}
