/**
 * A rotated 2-D quadratic f(x) = ½xᵀQx, Q = OᵀΛO (E6, E8), in its original coordinates x and in
 * its eigen-coordinates z = Ox: the same momentum run drawn in both (left: tilted ellipses; right:
 * axis-aligned ones, each coordinate on its own). Pure: the build draws the SVG, the browser
 * rewrites the `d` of the same paths.
 */
import { momentum, rotatedQuadratic, run } from "momentum-live/core";
import {
  axes,
  clipRect,
  dotsPath,
  esc,
  linePath,
  type Pair,
  type Panel,
  panelOf,
  px,
  svgRoot,
} from "../../draw/svg.ts";
import { methodColour } from "../../draw/theme.ts";

/** Both panels show [−w, w]² (equal scales, so ellipses keep their shape). */
export const eigenWindow = 3;

export type EigenPanel = Panel;

export function eigenPanel(width = 320): EigenPanel {
  const box = { left: 44, top: 22, right: width - 12, bottom: width - 12 - 44 + 22 };
  const w = eigenWindow;
  return panelOf(width, box.bottom + 40, box, [-w, w], [-w, w]);
}

export interface EigenSetting {
  eta: number;
  beta: number;
  /** Angle of the steep direction from the x₁-axis, in degrees. */
  angle: number;
  /** κ = λmax/λmin, with λmax = 1. */
  kappa: number;
  x1: number;
  x2: number;
  steps: number;
}

export interface EigenScene {
  /** λmin, λmax (the core's eigenvalues, ascending) and the rows of O. */
  values: [number, number];
  vectors: [Pair, Pair];
  /** The run in x and the same points in z = Ox. */
  x: Pair[];
  z: Pair[];
  divergedAt: number | null;
  /** f at the last point. */
  f: number;
}

export function eigenScene(s: EigenSetting): EigenScene {
  const q = rotatedQuadratic({ lambda1: 1, lambda2: 1 / s.kappa, angle: (s.angle * Math.PI) / 180 });
  const trajectory = run(q, momentum({ eta: s.eta, beta: s.beta }), { start: [s.x1, s.x2], steps: s.steps });
  const [o1, o2] = q.eigen.vectors;
  return {
    values: [q.eigen.values[0], q.eigen.values[1]],
    vectors: [
      [o1[0], o1[1]],
      [o2[0], o2[1]],
    ],
    x: trajectory.points.map((p) => [p.x[0], p.x[1]] as Pair),
    z: trajectory.points.map((p) => {
      const z = q.toEigen(p.x);
      return [z[0], z[1]] as Pair;
    }),
    divergedAt: trajectory.diverged ? trajectory.step : null,
    f: trajectory.points[trajectory.points.length - 1].f,
  };
}

/** x = Oᵀz (the minimizer is 0). */
export function fromEigen(scene: EigenScene, z: Pair): Pair {
  const [o1, o2] = scene.vectors;
  return [z[0] * o1[0] + z[1] * o2[0], z[0] * o1[1] + z[1] * o2[1]];
}

/** Level sets f = λmin·r²/2 for r = 0.5 … 3: ellipses with semi-axes r and r·√(λmin/λmax). */
function ellipses(scene: EigenScene, panel: EigenPanel, eigen: boolean): string {
  const ratio = Math.sqrt(scene.values[0] / scene.values[1]);
  let d = "";
  for (let r = 0.5; r <= eigenWindow + 1e-9; r += 0.5) {
    const ring: Pair[] = [];
    for (let k = 0; k <= 48; k++) {
      const phi = (2 * Math.PI * k) / 48;
      const z: Pair = [r * Math.cos(phi), r * ratio * Math.sin(phi)];
      ring.push(eigen ? z : fromEigen(scene, z));
    }
    d += linePath(ring, panel.x, panel.y);
  }
  return d;
}

/** The eigen-directions as lines through the minimizer (in z they are the axes). */
function directions(scene: EigenScene, panel: EigenPanel, eigen: boolean): string {
  const w = eigenWindow * 1.5;
  return scene.vectors
    .map((_, k) => {
      const a: Pair = k === 0 ? [w, 0] : [0, w];
      const b: Pair = [-a[0], -a[1]];
      return linePath(eigen ? [a, b] : [fromEigen(scene, a), fromEigen(scene, b)], panel.x, panel.y);
    })
    .join("");
}

export type Side = "x" | "z";

/** The `d` of each drawn layer, and the start handle's position, for one panel. */
export function eigenLayers(scene: EigenScene, panel: EigenPanel, side: Side) {
  const eigen = side === "z";
  const points = eigen ? scene.z : scene.x;
  const inside = points.findIndex(
    (p) => Math.abs(p[0]) > eigenWindow * 2 || Math.abs(p[1]) > eigenWindow * 2,
  );
  const shown = inside < 0 ? points : points.slice(0, inside + 1);
  return {
    contours: ellipses(scene, panel, eigen),
    directions: directions(scene, panel, eigen),
    path: linePath(shown, panel.x, panel.y),
    dots: dotsPath(shown, panel.x, panel.y),
    start: `translate(${px(panel.x(points[0][0]))},${px(panel.y(points[0][1]))})`,
  };
}

export interface EigenLabels {
  name: string;
  x1: string;
  x2: string;
  z1: string;
  z2: string;
  titleX: string;
  titleZ: string;
}

export function eigenSvg(
  scene: EigenScene,
  panel: EigenPanel,
  side: Side,
  labels: EigenLabels,
  id: string,
): string {
  const l = eigenLayers(scene, panel, side);
  const clip = `${id}-${side}-clip`;
  const axisLabels = side === "x" ? { x: labels.x1, y: labels.x2 } : { x: labels.z1, y: labels.z2 };
  const body = [
    `<defs>${clipRect(clip, panel.box)}</defs>`,
    `<text x="${px(panel.box.left)}" y="14" font-weight="600" fill="currentColor">${esc(side === "x" ? labels.titleX : labels.titleZ)}</text>`,
    `<g clip-path="url(#${esc(clip)})" aria-hidden="true">`,
    `<path data-layer="contours" d="${l.contours}" fill="none" stroke="var(--ml-contour)" stroke-opacity="0.7"/>`,
    `<path data-layer="directions" d="${l.directions}" fill="none" stroke="var(--ml-muted)" stroke-dasharray="4 4"/>`,
    `<path data-layer="path" d="${l.path}" fill="none" stroke="${methodColour("momentum")}" stroke-width="1.75"/>`,
    `<path data-layer="dots" d="${l.dots}" fill="none" stroke="${methodColour("momentum")}" stroke-width="5" stroke-linecap="round"/></g>`,
    axes(panel.box, panel.x, panel.y, axisLabels, { xTicks: 6, yTicks: 6 }),
    `<g class="ml-point" data-layer="start" transform="${l.start}"><circle r="14" class="ml-handle-hit"/><circle r="6" fill="var(--ml-muted)" fill-opacity="0.35" stroke="currentColor" stroke-width="1.5"/></g>`,
  ].join("");
  return svgRoot(
    panel.width,
    panel.height,
    `${labels.name} (${side === "x" ? labels.titleX : labels.titleZ})`,
    body,
    {
      "data-side": side,
    },
  );
}
