/**
 * Live figures on narrow screens: the build's SVG is drawn at a fixed width (640 px) and scaled
 * down to fit, which on a phone shrinks its text to 7 px. Once a figure is live it is drawn at its
 * container's CSS width instead, so its text keeps its size; the height follows the natural aspect,
 * which is the box the build's SVG already fills, so nothing moves when the figure wakes.
 */
import type { Size } from "../figures/svg.ts";

/**
 * The size to draw at in a container `width` wide: undefined (the natural size, scaled to fit) when
 * scaling keeps 12 px text at 11 px or more, as on a desktop page a few pixels narrower than 640.
 */
export function sizeFor(natural: Size, width: number): Size | undefined {
  if (!(width > 0) || width >= natural.width * (11 / 12)) return undefined;
  const w = Math.round(width * 100) / 100;
  return { width: w, height: (natural.height * w) / natural.width };
}

/** The natural size of the container's SVG (its viewBox as the build drew it). */
export function naturalSize(container: Element): Size | null {
  const box = container.querySelector("svg")?.viewBox.baseVal;
  return box && box.width > 0 ? { width: box.width, height: box.height } : null;
}

/**
 * Follows the container's width: returns the size to draw at now (undefined: natural) and calls
 * `redraw` whenever it changes (rotating a phone, resizing a window); `redraw` reads it again.
 */
export function fitWidth(container: Element, natural: Size, redraw: () => void): () => Size | undefined {
  let size = sizeFor(natural, container.getBoundingClientRect().width);
  if ("ResizeObserver" in window) {
    new ResizeObserver((entries) => {
      const next = sizeFor(natural, entries[0].contentRect.width);
      if (next?.width === size?.width) return;
      size = next;
      redraw();
    }).observe(container);
  }
  return () => size;
}

/**
 * Gives `svg` the size and layers of `markup` (the whole <svg> of the same figure, drawn at another
 * size), keeping the element itself (its name, role and listeners) and the children that match
 * `keep` (points a reader drags or focuses), which the caller then moves.
 */
export function adoptSvg(svg: SVGSVGElement, markup: string, keep?: string): void {
  const template = document.createElement("template");
  template.innerHTML = markup;
  const fresh = template.content.querySelector("svg");
  if (!fresh) return;
  for (const name of ["viewBox", "width", "height"]) svg.setAttribute(name, fresh.getAttribute(name) ?? "");
  const kept = keep ? Array.from(svg.children).filter((c) => c.matches(keep)) : [];
  svg.replaceChildren(
    ...Array.from(fresh.children).map((c) => (keep && c.matches(keep) ? (kept.shift() ?? c) : c)),
  );
}
