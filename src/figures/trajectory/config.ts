/**
 * Build time only: the live configuration of an example's trajectory figure, from the core's `run`
 * calls the example made when the build ran it (src/site/examples.ts `runExample`), so the island
 * gets exactly what the example asked for (objective, optimizers, start, steps, noise) — read from
 * the example, never copied. Returns null when the figure cannot be made live (other objectives,
 * runs with different starts).
 */
import * as core from "momentum-live/core";
import type { ExampleRun, RunCall } from "../../site/examples.ts";
import type { LiveConfig, Point } from "./state.ts";

/** Objectives the island knows by name (it imports them from the core). */
export const liveObjectives = new Set([core.bookObjective.name]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function trajectoriesOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  if (isObject(result) && Array.isArray(result.runs)) return result.runs;
  return [result];
}

export function liveConfig(
  example: ExampleRun,
  key: string,
  figure: {
    domain: { x: readonly [number, number]; y: readonly [number, number] };
    optimum: readonly number[] | null;
  },
): LiveConfig | null {
  const recorded = trajectoriesOf(example.result).map((t) => example.calls.get(t));
  if (recorded.length === 0 || recorded.some((c) => c === undefined)) return null;
  const runs = recorded as RunCall[];
  const first = runs[0];
  const start = Array.from(first.options.start);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (
    !liveObjectives.has(first.objective.name) ||
    start.length !== 2 ||
    runs.some(
      (c) =>
        c.objective.name !== first.objective.name ||
        !same(Array.from(c.options.start), start) ||
        c.options.steps !== first.options.steps ||
        !same(c.options.noise ?? null, first.options.noise ?? null),
    )
  ) {
    return null;
  }
  const [eta, beta] = [first.optimizer.eta, first.optimizer.beta];
  return {
    key,
    objective: first.objective.name,
    runs: runs.map(({ optimizer: o }, r) => ({
      method: o.method,
      eta: o.eta,
      beta: o.beta,
      linked: r === 0 || (o.eta === eta && o.beta === beta),
    })),
    start: start as Point,
    steps: first.options.steps,
    ...(first.options.noise ? { noise: { ...first.options.noise } } : {}),
    domain: { x: [figure.domain.x[0], figure.domain.x[1]], y: [figure.domain.y[0], figure.domain.y[1]] },
    optimum: figure.optimum ? [figure.optimum[0], figure.optimum[1]] : null,
  };
}
