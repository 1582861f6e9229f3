/**
 * Live figures on narrow screens: the build's SVG is drawn at a fixed width (640 px) and scaled
 * down to fit, which on a phone shrinks its text to 7 px. Once a figure is live it is drawn at its
 * container's CSS width instead, so its text keeps its size; the height follows the aspect of the
 * box the build's SVG already fills (the natural one, or the phone shape's below `phoneWidth`,
 * src/draw/svg.ts), so nothing moves when the figure wakes.
 */
import { phoneWidth, type Shapes, type Size } from "../draw/svg.ts";

/**
 * The size to draw at in a container `width` wide: the phone shape's aspect at the container's
 * width below `phoneWidth` (if the figure has one); else undefined (the natural size, scaled to
 * fit) when scaling keeps 12 px text at 11 px or more, as on a desktop page a few pixels narrower
 * than 640; else the container's width with the natural aspect.
 */
export function sizeFor(shapes: Shapes, width: number): Size | undefined {
  const { natural, phone } = shapes;
  if (!(width > 0)) return undefined;
  const w = Math.round(width * 100) / 100;
  if (phone && width < phoneWidth) return { width: w, height: (phone.height * w) / phone.width };
  if (width >= natural.width * (11 / 12)) return undefined;
  return { width: w, height: (natural.height * w) / natural.width };
}

/** The size an SVG was drawn at (its viewBox), or null. */
function drawnSize(svg: SVGSVGElement | null): Size | null {
  const box = svg?.viewBox.baseVal;
  return box && box.width > 0 ? { width: box.width, height: box.height } : null;
}

/**
 * The shapes the build drew the container's figure in: natural (its first SVG's viewBox) and, if
 * it drew a phone shape too, that one's (read before `fitWidth`, which removes it).
 */
export function shapesOf(container: Element): Shapes | null {
  const natural = drawnSize(container.querySelector("svg"));
  const phone = drawnSize(container.querySelector(":scope > svg[data-shape='phone']"));
  return natural && (phone ? { natural, phone } : { natural });
}

/**
 * Follows the container's width: returns the size to draw at now (undefined: natural) and calls
 * `redraw` whenever it changes (rotating a phone, resizing a window); `redraw` reads it again.
 * The build's two drawings of a figure with a phone shape become one: the natural one, the SVG
 * the island holds on to, which it must redraw in this task if the size is not the natural one.
 */
export function fitWidth(container: Element, shapes: Shapes, redraw: () => void): () => Size | undefined {
  container.querySelector(":scope > svg[data-shape='phone']")?.remove();
  container.querySelector(":scope > svg[data-shape]")?.removeAttribute("data-shape");
  let size = sizeFor(shapes, container.getBoundingClientRect().width);
  if ("ResizeObserver" in window) {
    new ResizeObserver((entries) => {
      const next = sizeFor(shapes, entries[0].contentRect.width);
      if (next?.width === size?.width && next?.height === size?.height) return;
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
