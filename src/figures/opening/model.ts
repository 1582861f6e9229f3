/**
 * The opening figure as data (the landing page, src/figures/opening/OpeningFigure.astro): one
 * setting, the learning rate η shared by gradient descent and momentum, on the book's problem
 * f(x) = 0.1·x₁² + 2·x₂² (E4) from the book's start for the book's number of steps, and what the
 * figure shows for it: both runs, the panels' titles, the readout under each panel (how the core's
 * run ends, and whether the core's rate says it converges), the caption and the summary. Shared by
 * the build and the island, so the words always describe the runs drawn.
 */
import {
  type BookRun,
  bookObjective,
  bookRuns,
  gd,
  gdRate,
  momentum,
  momentumRate,
  run,
} from "momentum-live/core";
import { fill, optimizerLabel, show, showPoint, showValue, stepsText, subscript } from "../../i18n/format.ts";
import type { OpeningStrings } from "../../i18n/views.ts";
import { type Caption, type Ranges, sameValues, type Values } from "../../live/settings.ts";
import type { Point } from "../trajectory/frame.ts";
import { objectiveCurvatures } from "../trajectory/runs.ts";
import type { OpeningFigureOptions } from "./figure.ts";

export type OpeningKey = "eta";
export type OpeningValues = Values<OpeningKey>;
export type { OpeningStrings };

function bookRun(name: string): BookRun {
  const found = bookRuns.find((r) => r.name === name);
  if (!found) throw new Error(`the core has no book run ${name}`);
  return found;
}

/** The book's point (§12.6.1): at η = 0.6 gradient descent diverges along x₂, momentum with β = 0.5 converges. */
const book = { gd: bookRun("gd-0.6"), momentum: bookRun("momentum-0.6-0.5") };

/** β of the momentum panel, the start and the number of steps: the book's, fixed. */
export const openingBeta = book.momentum.beta ?? 0;
export const openingStart = book.momentum.start;
export const openingSteps = book.momentum.steps;

export const openingRanges: Ranges<OpeningKey> = { eta: { min: 0.05, max: 1, step: 0.01 } };

/** The book's setting: η = 0.6, where the two methods part ways. */
export const openingBook: OpeningValues = { eta: book.momentum.eta };

/** The book's other gradient-descent η (0.4: stable, but it crawls along x₁), a preset. */
export const openingPresets: readonly number[] = bookRuns
  .filter((r) => r.beta === null && r.eta !== openingBook.eta)
  .map((r) => r.eta);

/** The curvatures of the book's problem (0.2 and 4), from its gradient. */
const curvatures = objectiveCurvatures(bookObjective) ?? [];

/** How a run ends, under its panel: the core's verdict on its rate and its last value. */
function ending(trajectory: ReturnType<typeof run>, rate: number, t: OpeningStrings): string {
  const last = trajectory.points[trajectory.points.length - 1];
  if (trajectory.diverged) return fill(t.stopped, { k: trajectory.step });
  const values = { x: `x${subscript(last.t)}`, f: showValue(last.f) };
  // A rate of exactly 1 (η = 0.5 for gradient descent: x₂ flips between ±2) neither converges nor diverges.
  const verdict = Math.abs(rate - 1) < 1e-12 ? t.neither : rate < 1 ? t.converges : t.diverges;
  return fill(verdict, values);
}

/** What the figure shows at a setting: its drawing, the readouts, caption and summary. */
export function openingView(v: OpeningValues, t: OpeningStrings) {
  const beta = openingBeta;
  const optimizers = [gd({ eta: v.eta }), momentum({ eta: v.eta, beta })];
  const options = { start: openingStart, steps: openingSteps };
  const runs = optimizers.map((o) => run(bookObjective, o, options));
  const rates = [gdRate(v.eta, curvatures), momentumRate(beta, v.eta, curvatures)];
  const titles = optimizers.map((o) => optimizerLabel(o, t));
  const readouts = runs.map((r, k) => ending(r, rates[k], t));
  const figure: OpeningFigureOptions = {
    runs: runs.map((r, k) => ({
      label: titles[k],
      method: r.optimizer.method,
      points: r.points.map((p) => [p.x[0], p.x[1]] as Point),
    })),
    titles,
    readouts,
    x1: t.x1,
    x2: t.x2,
    punctuation: t.punctuation,
  };
  const caption: Caption = {
    text: fill(t.caption, {
      eta: show(v.eta),
      beta: show(beta),
      steps: stepsText(openingSteps, t),
      start: showPoint(openingStart),
    }),
    changed: !sameValues(v, openingBook),
  };
  const summary = fill(t.summary, {
    eta: show(v.eta),
    beta: show(beta),
    gd: t.methods.gd,
    gdEnd: readouts[0],
    momentum: t.methods.momentum,
    momentumEnd: readouts[1],
  });
  return { options: figure, runs, rates, readouts, caption, summary };
}
