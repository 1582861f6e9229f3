/**
 * One step of momentum on the book's problem (E4, E5), for the annotated update: the vectors of
 * step t (x_{t−1}, β v_{t−1}, g_{t,t−1}, v_t, x_t) from the core's run, the figure's options and the
 * caption. Shared by the build and the island.
 */
import { bookObjective, bookRuns, momentum, run } from "momentum-live/core";
import { fill, show, showPoint, showPointFixed } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";
import type { Caption, Ranges, Values } from "../../live/settings.ts";
import type { MomentumStepOptions } from "./figure.ts";

/** The book's momentum run η = 0.6, β = 0.5 from (−5, −2), 20 steps. */
const book = bookRuns.find((r) => r.beta === 0.5) ?? bookRuns[2];
export const stepRun = { eta: book.eta, beta: book.beta ?? 0.5, start: book.start, steps: book.steps };

export type StepKey = "t";
export type StepValues = Values<StepKey>;
export const stepRanges: Ranges<StepKey> = { t: { min: 1, max: stepRun.steps, step: 1 } };
/** Step 3: the first with both a previous velocity and a fresh gradient of some size. */
export const stepBook: StepValues = { t: 3 };

export type Vec = [number, number];

export interface StepVectors {
  t: number;
  xprev: Vec;
  vprev: Vec;
  betav: Vec;
  g: Vec;
  v: Vec;
  x: Vec;
  /** x_0 … x_t, for context. */
  path: Vec[];
}

const trajectory = run(bookObjective, momentum({ eta: stepRun.eta, beta: stepRun.beta }), {
  start: stepRun.start,
  steps: stepRun.steps,
});

export function stepVectors(t: number): StepVectors {
  const prev = trajectory.points[t - 1];
  const next = trajectory.points[t];
  const g: Vec = [0, 0];
  bookObjective.gradient(prev.x, g);
  const vprev: Vec = [prev.v[0], prev.v[1]];
  return {
    t,
    xprev: [prev.x[0], prev.x[1]],
    vprev,
    betav: [stepRun.beta * vprev[0], stepRun.beta * vprev[1]],
    g,
    v: [next.v[0], next.v[1]],
    x: [next.x[0], next.x[1]],
    path: trajectory.points.slice(0, t + 1).map((p) => [p.x[0], p.x[1]] as Vec),
  };
}

/** What the figure shows at step t: its drawing, the readout of the vectors, caption and summary. */
export function stepView(v: StepValues, t: BasicsStrings) {
  const s = stepVectors(v.t);
  const fixed = { xprev: showPointFixed(s.xprev), g: showPointFixed(s.g), betav: showPointFixed(s.betav) };
  const options: MomentumStepOptions = { ...s, eta: stepRun.eta, labels: t.step.labels };
  const shown = { t: v.t, eta: show(stepRun.eta), beta: show(stepRun.beta) };
  const caption: Caption = { text: fill(t.step.shown, shown), changed: v.t !== stepBook.t };
  return {
    options,
    readout: fill(t.step.readout, { ...fixed, v: showPointFixed(s.v), x: showPointFixed(s.x) }),
    caption,
    summary: fill(t.step.summary, {
      t: s.t,
      xprev: showPoint(s.xprev),
      v: showPoint(s.v),
      x: showPoint(s.x),
    }),
  };
}

/** The terms of the update, in the order they appear in the equations. */
export const stepTerms = ["v", "betav", "g", "x", "xprev", "step"] as const;
export type StepTerm = (typeof stepTerms)[number];
