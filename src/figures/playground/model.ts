/**
 * The playground's state (src/figures/playground/Playground.astro): every control as a number, so
 * the whole setting is one URL parameter; presets; and the readouts, caption and summary of a
 * setting, from the core's runs. Pure.
 */
import { optimalFor, type Trajectory } from "momentum-live/core";
import { keyStyle, stackedStyles } from "../../draw/theme.ts";
import { fill, show, showPoint, stepsText } from "../../i18n/format.ts";
import type { LiveStrings, PlaygroundStrings } from "../../i18n/views.ts";
import { type Specs, startSpecs } from "../../live/settings.ts";
import { optimizerText, type Readout, readoutText } from "../trajectory/state.ts";
import {
  type PlaygroundSetting,
  type playgroundMethods,
  playgroundOn,
  playgroundOptimizers,
} from "./figure.ts";

export type PlaygroundKey = keyof PlaygroundSetting;
export type { PlaygroundStrings };

// Up to 4: Polyak's η for curvatures 1/κ and 1, (2/(1 + 1/√κ))², tends to 4 as κ grows.
const eta = { min: 0.001, max: 4, step: 0.001 };
const beta = { min: 0, max: 0.99, step: 0.01 };
const flag = { min: 0, max: 1, step: 1 };

/** Defaults: a quadratic with κ = 10 tilted by 30°, all three methods with η = 1 (β = 0.5). */
export const playgroundSpecs: Specs<PlaygroundKey> = {
  obj: { ...flag, value: 0 },
  kappa: { min: 1, max: 100, step: 1, value: 10 },
  angle: { min: 0, max: 180, step: 1, value: 30 },
  b: { min: 1, max: 100, step: 1, value: 10 },
  steps: { min: 1, max: 300, step: 1, value: 50 },
  ...startSpecs,
  gd: { ...flag, value: 1 },
  gdEta: { ...eta, value: 1 },
  mom: { ...flag, value: 1 },
  momEta: { ...eta, value: 1 },
  momBeta: { ...beta, value: 0.5 },
  nes: { ...flag, value: 1 },
  nesEta: { ...eta, value: 1 },
  nesBeta: { ...beta, value: 0.5 },
};

/** The sliders, in the order they are shown. */
export const playgroundSliders = [
  "kappa",
  "angle",
  "b",
  "steps",
  "gdEta",
  "momEta",
  "momBeta",
  "nesEta",
  "nesBeta",
] as const satisfies readonly PlaygroundKey[];

/**
 * Each method's optimal parameters on a quadratic (curvatures 1/κ and 1): 2/(λmin + λmax) for GD,
 * Polyak's for momentum, Nesterov's own for Nesterov (Polyak's would make it diverge).
 */
export function playgroundOptimal(s: PlaygroundSetting): PlaygroundSetting {
  if (s.obj !== 0) return s;
  const [plain, heavy, nest] = (["gd", "momentum", "nesterov"] as const).map((m) =>
    optimalFor(m, 1 / s.kappa, 1),
  );
  return {
    ...s,
    gdEta: plain.eta,
    momEta: heavy.eta,
    momBeta: heavy.beta,
    nesEta: nest.eta,
    nesBeta: nest.beta,
  };
}

export function playgroundText(
  s: PlaygroundSetting,
  runs: readonly Trajectory[],
  minimizer: readonly number[],
  t: PlaygroundStrings,
  live: LiveStrings,
) {
  const optimizers = playgroundOptimizers(s);
  const labels = optimizers.map((o) => optimizerText(o, live));
  const readouts: Readout[] = runs.map((r, k) => {
    const last = r.points[r.points.length - 1];
    return {
      label: labels[k],
      step: last.t,
      x: [last.x[0], last.x[1]],
      f: last.f,
      distance: Math.hypot(last.x[0] - minimizer[0], last.x[1] - minimizer[1]),
      divergedAt: r.diverged ? r.step : null,
      leavesAt: null,
    };
  });
  const lines = readouts.map((o) => `${o.label}${live.colon}${readoutText(o, live)}`);
  const objective =
    s.obj === 1
      ? fill(t.rosenbrockText, { b: show(s.b) })
      : fill(t.quadraticText, { kappa: show(s.kappa), angle: show(s.angle) });
  const caption = fill(t.caption, {
    objective,
    runs: labels.length ? labels.join(live.list) : t.none,
    start: showPoint(runs[0]?.points[0].x ?? [s.x1, s.x2]),
    steps: stepsText(s.steps, live),
  });
  const shown = lines.length ? lines : [t.noneLine];
  return {
    lines: shown,
    // Each run's key as it is drawn: its colour, and its line's width and opacity in the stack.
    keys: lines.length ? stackedStyles(playgroundOn(s)).map(keyStyle) : [null],
    caption,
    summary: `${caption}${live.gap}${shown.join(`${live.stop}${live.gap}`)}${live.stop}`,
  };
}

/** Which methods are on, by name. */
export const methodFlags = { gd: "gd", momentum: "mom", nesterov: "nes" } as const satisfies Record<
  (typeof playgroundMethods)[number],
  PlaygroundKey
>;
