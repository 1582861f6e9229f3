/**
 * The state of a live trajectory figure as plain data, shared by the build (initial caption and
 * readouts), the island (controls, redraw) and the URL (`?fig-<id>=eta:0.5,beta:0,steps:30,x0:-4,-1.5`).
 * Pure: no DOM, no core. Out-of-range values are clamped and garbage ignored, never thrown.
 */

import { fill, show, showPoint, showValue, stepsText, tidy } from "../../i18n/format.ts";
import type { LiveStrings } from "../../i18n/views.ts";
import {
  type Caption,
  clamp,
  clampValue,
  readNumber,
  type Settings,
  splitFields,
} from "../../live/settings.ts";

export type Method = "gd" | "momentum" | "nesterov";
export type Point = [number, number];

/** What the reader controls: the first run's optimizer, and the steps and start shared by all runs. */
export interface LiveState {
  method: Method;
  /** η, the learning rate. */
  eta: number;
  /** β, the momentum (0 for gradient descent). */
  beta: number;
  /** T, the number of steps. */
  steps: number;
  /** x_0. */
  x0: Point;
  /** Gradient descent with the same η drawn too (figures of one run with momentum, `comparable`). */
  compare: boolean;
}

/** One run of the figure as the example wrote it. */
export interface RunSpec {
  method: Method;
  eta: number;
  beta: number;
  /** True when this run shares the first run's η and β (they move together). */
  linked: boolean;
}

/** Everything the island needs, emitted by the build as JSON on the element. */
export interface LiveConfig {
  /** Key in the URL: the figure's id (`fig-gd-eta-0-4`). */
  key: string;
  /** Objective name (the core's `Objective.name`). */
  objective: string;
  runs: RunSpec[];
  start: Point;
  steps: number;
  noise?: { sigma: number; seed?: number };
  domain: { x: [number, number]; y: [number, number] };
  optimum: Point | null;
}

/** Control ranges. */
export const limits = {
  eta: { min: 0.01, max: 1.2, step: 0.01 },
  beta: { min: 0, max: 0.99, step: 0.01 },
  steps: { min: 1, max: 200, step: 1 },
} as const;

export const methods: readonly Method[] = ["gd", "momentum", "nesterov"];

/**
 * β when the method menu switches to `method`: none for gradient descent; a momentum method keeps
 * the β it had, or, coming from gradient descent (β = 0, where it would equal gradient descent and
 * nothing would change), takes the book's β = 0.5.
 */
export function betaFor(method: Method, beta: number): number {
  if (method === "gd") return 0;
  return beta > 0 ? beta : 0.5;
}

/** The state an example starts in (its own settings: the "Book" preset). */
export function bookState(config: LiveConfig): LiveState {
  const first = config.runs[0];
  return {
    method: first.method,
    eta: first.eta,
    beta: first.method === "gd" ? 0 : first.beta,
    steps: config.steps,
    x0: [config.start[0], config.start[1]],
    compare: false,
  };
}

/** Whether the figure offers to draw gradient descent next to its run (it shows one run). */
export function comparable(config: LiveConfig): boolean {
  return config.runs.length === 1;
}

/**
 * The runs drawn under state `s`: the example's, and gradient descent with the controls' η when the
 * reader asked to compare a momentum method with it.
 */
export function runsOf(config: LiveConfig, s: LiveState): RunSpec[] {
  if (!s.compare || s.method === "gd" || !comparable(config)) return config.runs;
  return [...config.runs, { method: "gd", eta: s.eta, beta: 0, linked: true }];
}

/**
 * A state with every value inside its range (β = 0 and nothing to compare with for gradient
 * descent or on a figure that is not `comparable`, start inside the window).
 */
export function clampState(s: LiveState, domain: LiveConfig["domain"], canCompare = true): LiveState {
  return {
    method: s.method,
    eta: clamp(s.eta, limits.eta.min, limits.eta.max),
    beta: s.method === "gd" ? 0 : clamp(s.beta, limits.beta.min, limits.beta.max),
    steps: Math.round(clamp(s.steps, limits.steps.min, limits.steps.max)),
    x0: [clamp(s.x0[0], domain.x[0], domain.x[1]), clamp(s.x0[1], domain.y[0], domain.y[1])],
    compare: s.compare && s.method !== "gd" && canCompare,
  };
}

export function sameState(a: LiveState, b: LiveState): boolean {
  return (
    a.method === b.method &&
    a.eta === b.eta &&
    a.beta === b.beta &&
    a.steps === b.steps &&
    a.x0[0] === b.x0[0] &&
    a.x0[1] === b.x0[1] &&
    a.compare === b.compare
  );
}

/** `method:momentum,eta:0.5,beta:0.3,steps:30,x0:-4,-1.5` (and `,compare:1` when comparing). */
export function formatState(s: LiveState): string {
  return [
    `method:${s.method}`,
    `eta:${tidy(s.eta)}`,
    `beta:${tidy(s.beta)}`,
    `steps:${s.steps}`,
    `x0:${tidy(s.x0[0], 3)},${tidy(s.x0[1], 3)}`,
    ...(s.compare ? ["compare:1"] : []),
  ].join(",");
}

export interface ParsedState {
  state: LiveState;
  /** True when something in the text was out of range or unreadable and was adjusted or ignored. */
  adjusted: boolean;
}

/**
 * Reads `formatState`'s text over `base`: known keys with readable values are taken (then clamped,
 * and η and β snapped to their sliders' grid unless they are `exact(state)`'s, the figure's own
 * setting for the method: its Optimal preset); unknown keys, unreadable values and out-of-range or
 * off-grid values set `adjusted`. Never throws.
 */
export function parseState(
  text: string,
  base: LiveState,
  domain: LiveConfig["domain"],
  canCompare = true,
  exact?: (state: LiveState) => LiveState,
): ParsedState {
  const { fields, stray } = splitFields(text);
  let adjusted = stray;
  const next: LiveState = { ...base, x0: [base.x0[0], base.x0[1]] };
  for (const [key, values] of fields) {
    if (key === "method") {
      const m = values[0]?.trim() as Method;
      if (methods.includes(m) && values.length === 1) next.method = m;
      else adjusted = true;
    } else if (key === "eta" || key === "beta" || key === "steps") {
      const v = values.length === 1 ? readNumber(values[0]) : null;
      if (v === null) adjusted = true;
      else next[key] = v;
    } else if (key === "x0") {
      const a = readNumber(values[0]);
      const b = readNumber(values[1]);
      if (a === null || b === null || values.length !== 2) adjusted = true;
      else next.x0 = [a, b];
    } else if (key === "compare" && values.length === 1 && ["0", "1"].includes(values[0].trim())) {
      next.compare = values[0].trim() === "1";
    } else adjusted = true;
  }
  const clamped = clampState(next, domain, canCompare);
  const own = exact?.(clamped);
  const state =
    own && own.eta === clamped.eta && own.beta === clamped.beta
      ? clamped
      : { ...clamped, eta: clampValue(clamped.eta, limits.eta), beta: clampValue(clamped.beta, limits.beta) };
  // A comparison the figure cannot draw (gradient descent, or a figure of several runs).
  if (next.compare && !state.compare) adjusted = true;
  if (state.eta !== next.eta || state.steps !== next.steps) adjusted = true;
  if (state.x0[0] !== next.x0[0] || state.x0[1] !== next.x0[1]) adjusted = true;
  if (next.method !== "gd" ? state.beta !== next.beta : fields.has("beta") && next.beta !== 0)
    adjusted = true;
  return { state, adjusted };
}

/**
 * The figure's settings for the kit (src/live/figure.ts): the book's state, its ranges, its link;
 * `exact` is the figure's own off-grid setting a link may hold (see {@link parseState}).
 */
export function trajectorySettings(
  config: LiveConfig,
  exact?: (state: LiveState) => LiveState,
): Settings<LiveState> {
  const canCompare = comparable(config);
  return {
    book: bookState(config),
    clamp: (s) => clampState(s, config.domain, canCompare),
    same: sameState,
    format: formatState,
    parse: (text, base) => parseState(text, base, config.domain, canCompare, exact),
  };
}

/** The optimizer of run `r` under state `s`: run 0 follows the controls; linked runs follow η and β. */
export function runOptimizer(
  config: LiveConfig,
  s: LiveState,
  r: number,
): { method: Method; eta: number; beta: number } {
  const run = runsOf(config, s)[r];
  if (r === 0) return { method: s.method, eta: s.eta, beta: s.method === "gd" ? 0 : s.beta };
  if (!run.linked) return { method: run.method, eta: run.eta, beta: run.beta };
  return { method: run.method, eta: s.eta, beta: run.method === "gd" ? 0 : s.beta };
}

/** "momentum, η = 0.6, β = 0.5" */
export function optimizerText(o: { method: Method; eta: number; beta: number }, t: LiveStrings): string {
  return o.method === "gd"
    ? `${t.gd}${t.comma}η = ${show(o.eta)}`
    : `${t[o.method]}${t.comma}η = ${show(o.eta)}${t.comma}β = ${show(o.beta)}`;
}

/** The figure's parameters as caption text: "Shown: momentum, η = 0.6, β = 0.5; start (−5, −2), 20 steps." */
export function captionText(config: LiveConfig, s: LiveState, t: LiveStrings): Caption {
  const runs = runsOf(config, s)
    .map((_, r) => optimizerText(runOptimizer(config, s, r), t))
    .join(t.list);
  const text = fill(t.shown, {
    runs,
    start: showPoint(s.x0),
    steps: stepsText(s.steps, t),
  });
  return { text, changed: !sameState(s, bookState(config)) };
}

/** One run's readout: where it ended. */
export interface Readout {
  label: string;
  /** Last step computed (T, or k when the run diverged). */
  step: number;
  /** x at that step (the last finite point). */
  x: [number, number];
  f: number;
  distance: number;
  /** Step k at which the core stopped the run, or null. */
  divergedAt: number | null;
  /** First step outside the window, or null. */
  leavesAt: number | null;
}

/** "step 20 · f(x_t) = 1.82e-5 · distance to optimum = 0.00763 · diverged at step 12" */
export function readoutText(o: Readout, t: LiveStrings): string {
  const parts = [
    fill(t.step, { k: o.step }),
    `${t.f} = ${showValue(o.f)}`,
    `${t.distance} = ${showValue(o.distance)}`,
  ];
  if (o.divergedAt !== null) parts.push(fill(t.diverged, { k: o.divergedAt }));
  else if (o.leavesAt !== null) parts.push(fill(t.offChart, { k: o.leavesAt }));
  return parts.join(" · ");
}
