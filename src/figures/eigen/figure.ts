/**
 * A rotated 2-D quadratic f(x) = ½xᵀQx, Q = OᵀΛO (E6, E8), in its original coordinates x and in
 * its eigen-coordinates z = Ox: the same momentum run drawn in both (left, or above on a phone:
 * tilted ellipses; right, or below: axis-aligned ones, each coordinate on its own). Drawn with
 * Plot as two facets of one plot, in two layers: the same function at build time and in the browser.
 */
import * as Plot from "@observablehq/plot";
import { momentum, rotatedQuadratic, run } from "momentum-live/core";
import { frameOptions, type LayeredPlot, liveMarkClass } from "../../draw/layers.ts";
import { onPhone, type Pair, phoneShapeWidth, type Shapes, type Size } from "../../draw/svg.ts";
import { colors, methodColour } from "../../draw/theme.ts";

/** Both panels show [−w, w]² (equal scales, so ellipses keep their shape). */
export const eigenWindow = 3;

const margin = { top: 26, right: 12, bottom: 40, left: 44 };
/** Between the panels: room for the second's tick labels and axis title beside it, or for the first's x axis and the second's title under it. */
const gap = { across: 52, down: 72 };
/** Square panels: side by side in a desktop column, one above the other on a phone. */
const side = { natural: 266, phone: phoneShapeWidth - margin.left - margin.right };
export const eigenShapes: Shapes = {
  natural: {
    width: margin.left + 2 * side.natural + gap.across + margin.right,
    height: margin.top + side.natural + margin.bottom,
  },
  phone: { width: phoneShapeWidth, height: margin.top + 2 * side.phone + gap.down + margin.bottom },
};

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

export interface EigenLabels {
  name: string;
  x1: string;
  x2: string;
  z1: string;
  z2: string;
  titleX: string;
  titleZ: string;
}

export type Side = "x" | "z";
const sides: Side[] = ["x", "z"];

/** The facet a panel is drawn in: a column of the plot (fx), or a row on a phone (fy). */
export const facetOf = (size: Size | undefined): "fx" | "fy" => (onPhone(size) ? "fy" : "fx");

/** Level sets f = λmin·r²/2 for r = 0.5 … 3: ellipses with semi-axes r and r·√(λmin/λmax), in both panels. */
function ellipses(scene: EigenScene) {
  const ratio = Math.sqrt(scene.values[0] / scene.values[1]);
  const rows: { side: Side; ring: number; x: number; y: number }[] = [];
  for (let ring = 1; ring * 0.5 <= eigenWindow + 1e-9; ring++) {
    for (let k = 0; k <= 48; k++) {
      const phi = (2 * Math.PI * k) / 48;
      const z: Pair = [ring * 0.5 * Math.cos(phi), ring * 0.5 * ratio * Math.sin(phi)];
      const x = fromEigen(scene, z);
      rows.push({ side: "z", ring, x: z[0], y: z[1] }, { side: "x", ring, x: x[0], y: x[1] });
    }
  }
  return rows;
}

/** The eigen-directions as lines through the minimizer (in z they are the axes). */
function directions(scene: EigenScene) {
  const w = eigenWindow * 1.5;
  return [0, 1].flatMap((k) => {
    const ends: Pair[] =
      k === 0
        ? [
            [w, 0],
            [-w, 0],
          ]
        : [
            [0, w],
            [0, -w],
          ];
    return ends.flatMap((z) => {
      const x = fromEigen(scene, z);
      return [
        { side: "z" as Side, k, x: z[0], y: z[1] },
        { side: "x" as Side, k, x: x[0], y: x[1] },
      ];
    });
  });
}

/** The run in a panel, up to its first point far outside the window (later ones would only streak across). */
export function shownRun(scene: EigenScene, s: Side): Pair[] {
  const points = s === "z" ? scene.z : scene.x;
  const far = points.findIndex((p) => Math.abs(p[0]) > eigenWindow * 2 || Math.abs(p[1]) > eigenWindow * 2);
  return far < 0 ? points : points.slice(0, far + 1);
}

/**
 * The figure in layers, at its natural size or at `size`: the panels' frames, axes and titles
 * (fixed); their level sets and eigen-directions (the base: they change with the angle and κ); the
 * run and its iterates in momentum's colour (class `ml-eigen-run`, one group a panel, x first).
 */
export function eigenLayers(scene: EigenScene, labels: EigenLabels, size?: Size): LayeredPlot {
  const { width, height } = size ?? eigenShapes.natural;
  const facet = facetOf(size);
  const across = facet === "fx";
  // Plot's band scale of the facets: the gap between the bands as a share of a band and a gap.
  const extent = across ? width - margin.left - margin.right : height - margin.top - margin.bottom;
  const g = across ? gap.across : gap.down;
  const f = { [facet]: "side" } as const;
  const run = sides.flatMap((s) => shownRun(scene, s).map(([x, y]) => ({ side: s, x, y })));
  const panels = sides.map((s) => ({
    side: s,
    title: s === "x" ? labels.titleX : labels.titleZ,
    x: s === "x" ? labels.x1 : labels.z1,
    y: s === "x" ? labels.x2 : labels.z2,
  }));
  const live = { clip: true, className: `ml-eigen-run ${liveMarkClass}` } as const;
  const axis = { facetAnchor: null, ticks: 6, label: null, tickSize: 5 } as const;
  return {
    options: {
      ...frameOptions(width, height, margin),
      [facet]: { domain: sides, padding: (2 * g) / (extent + g), round: false, axis: null },
      x: { domain: [-eigenWindow, eigenWindow] },
      y: { domain: [-eigenWindow, eigenWindow] },
    },
    fixed: [
      Plot.frame({ stroke: colors.muted, strokeOpacity: 0.5, ariaHidden: "true" }),
      Plot.axisX({ ...axis, ariaHidden: "true" }),
      Plot.axisY({ ...axis, ariaHidden: "true" }),
      Plot.text(panels, {
        ...f,
        text: "title",
        frameAnchor: "top-left",
        dy: -13,
        textAnchor: "start",
        fontWeight: 600,
      }),
      Plot.text(panels, { ...f, text: "x", frameAnchor: "bottom", dy: 32 }),
      Plot.text(panels, { ...f, text: "y", frameAnchor: "left", dx: -34, rotate: -90 }),
    ],
    base: [
      Plot.line(ellipses(scene), {
        x: "x",
        y: "y",
        z: "ring",
        ...f,
        stroke: colors.contour,
        strokeOpacity: 0.7,
        clip: true,
        ariaHidden: "true",
      }),
      Plot.line(directions(scene), {
        x: "x",
        y: "y",
        z: "k",
        ...f,
        stroke: colors.muted,
        strokeDasharray: "4 4",
        clip: true,
        ariaHidden: "true",
      }),
    ],
    live: [
      Plot.line(run, { x: "x", y: "y", ...f, stroke: methodColour("momentum"), strokeWidth: 1.75, ...live }),
      Plot.dot(run, { x: "x", y: "y", ...f, r: 2.5, fill: methodColour("momentum"), ...live }),
    ],
  };
}
