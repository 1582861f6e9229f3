/**
 * Live figures on narrow screens: the build's SVG is drawn at a fixed width (640 px) and scaled
 * down to fit, which on a phone shrinks its text to 7 px. Once a figure is live it is drawn at its
 * container's CSS width instead, so its text keeps its size; the height follows the aspect of the
 * box the build's SVG already fills (the natural one, or the phone shape's below `phoneWidth`,
 * src/draw/svg.ts), so nothing moves when the figure wakes. On most phones the build's phone shape
 * already fits within a few pixels: the figure keeps that drawing, scaled, and wakes without
 * plotting anything but what moves.
 */
import { phoneWidth, type Shapes, type Size } from "../draw/svg.ts";

/**
 * The size to draw at in a container `width` wide. Below `phoneWidth`, for a figure with a phone
 * shape: that shape as the build drew it (the very `phone` object: its drawing is kept, scaled) from
 * its own width to 13/12 of it, where its text (11 and 12 px) is scaled up to 13 px at most, as on
 * most phones (the build's phone shape is a 390 px screen's column, 358 px; a 412 px screen's is
 * 380); else the phone shape's aspect at the container's width. Wider:
 * undefined (the natural size, scaled to fit) when scaling keeps 12 px text at 11 px or more, as on
 * a desktop page a few pixels narrower than 640; else the container's width with the natural aspect.
 */
export function sizeFor(shapes: Shapes, width: number): Size | undefined {
  const { natural, phone } = shapes;
  if (!(width > 0)) return undefined;
  const w = Math.round(width * 100) / 100;
  if (phone && width < phoneWidth) {
    if (width >= phone.width && width <= phone.width * (13 / 12)) return phone;
    return { width: w, height: (phone.height * w) / phone.width };
  }
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

/** The size to draw at now (undefined: natural), and the size of the build's drawing the figure kept. */
export type Fitted = (() => Size | undefined) & {
  /**
   * The size the build drew the SVG the container keeps at: undefined (natural), or the phone shape
   * (`shapes.phone`, when `sizeFor` keeps it). While the size to draw at is this one (`size() ===
   * built`), the build's drawing shows it as it is.
   */
  readonly built: Size | undefined;
};

/**
 * Follows the container's width: returns the size to draw at now (undefined: natural), and calls
 * `redraw` whenever it changes (rotating a phone, resizing a window); `redraw` reads it again.
 * The build's two drawings of a figure with a phone shape become one, the SVG the island holds on
 * to (run this before taking the container's SVG): the phone drawing where `sizeFor` keeps it, so a
 * figure waking on a phone need not be drawn again at all; else the natural one, which the island
 * must redraw in this task if the size is not the natural one. The drawing kept is the island's
 * from now on: the page's loader no longer fills it from its file (src/live/loader.ts `fill`).
 */
export function fitWidth(container: Element, shapes: Shapes, redraw: () => void): Fitted {
  let size = sizeFor(shapes, container.getBoundingClientRect().width);
  const built = size === shapes.phone ? size : undefined;
  const [kept, dropped] = built ? ["phone", "wide"] : ["wide", "phone"];
  container.querySelector(`:scope > svg[data-shape='${dropped}']`)?.remove();
  const svg = container.querySelector(`:scope > svg[data-shape='${kept}']`);
  svg?.removeAttribute("data-shape");
  svg?.removeAttribute("data-src");
  if ("ResizeObserver" in window) {
    new ResizeObserver((entries) => {
      const next = sizeFor(shapes, entries[0].contentRect.width);
      if (next?.width === size?.width && next?.height === size?.height) return;
      size = next;
      redraw();
    }).observe(container);
  }
  return Object.assign(() => size, { built });
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
