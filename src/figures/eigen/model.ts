/**
 * The eigen-coordinates figure's parameters and text (src/figures/eigen/EigenFigure.astro):
 * η, β, angle and condition number, the start point (dragged in either panel), and what the core
 * says about each eigen-direction. Pure.
 */
import { optimalMomentum } from "momentum-live/core";
import { fill, show, showPoint, showValue, stepsText } from "../../i18n/format.ts";
import type { EigenStrings, RegionStrings } from "../../i18n/views.ts";
import { type Specs, startSpecs, type Values } from "../../live/settings.ts";
import { regionReadout } from "../region/model.ts";
import type { EigenScene } from "./figure.ts";

export type EigenKey = "eta" | "beta" | "angle" | "kappa" | "steps" | "x1" | "x2";
export type { EigenStrings };

export const eigenSpecs: Specs<EigenKey> = {
  // Up to 4: Polyak's η, (2/(1 + 1/√κ))², tends to 4 as κ grows.
  eta: { min: 0.01, max: 4, step: 0.01, value: 1 },
  beta: { min: 0, max: 0.99, step: 0.01, value: 0.5 },
  angle: { min: 0, max: 180, step: 1, value: 30 },
  kappa: { min: 1, max: 50, step: 1, value: 10 },
  steps: { min: 1, max: 100, step: 1, value: 30 },
  ...startSpecs,
};

/** Polyak's η and β for the curvatures shown, 1/κ and 1. */
export function eigenOptimal(v: Values<EigenKey>): Values<EigenKey> {
  const best = optimalMomentum(1 / v.kappa, 1);
  return { ...v, eta: best.eta, beta: best.beta };
}

export function eigenText(v: Values<EigenKey>, scene: EigenScene, t: EigenStrings, region: RegionStrings) {
  const readout = regionReadout(v.eta, v.beta, scene.values, region);
  const last = scene.z[scene.z.length - 1];
  const end =
    scene.divergedAt !== null
      ? fill(t.diverged, { k: scene.divergedAt })
      : fill(t.end, { steps: stepsText(v.steps, t), f: showValue(scene.f), z: showPoint(last) });
  const caption = fill(t.caption, {
    eta: show(v.eta),
    beta: show(v.beta),
    angle: show(v.angle),
    kappa: show(v.kappa),
    lambdas: scene.values.map((l) => show(l)).join(region.comma),
    start: showPoint([v.x1, v.x2]),
    z0: showPoint(scene.z[0]),
    steps: stepsText(v.steps, t),
  });
  return {
    lines: [...readout.lines, readout.rateText, end],
    caption,
    summary: [caption, readout.lines.join(region.list) + region.stop, end + region.stop].join(region.gap),
  };
}
