/** The geometry every drawing shares: points of the plane and level sets of an objective. */
/** A point of the plane, (x₁, x₂). */
export type Point = readonly [number, number];

/** One level set {x : f(x) = value}. */
export interface LevelCurve {
  /** Objective value on this curve. */
  value: number;
  /** A closed polyline. */
  points: readonly Point[];
}
