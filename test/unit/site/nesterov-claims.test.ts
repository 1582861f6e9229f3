/**
 * What the Nesterov page (content/docs/{en,zh}/nesterov.mdx) says about its three side-by-side
 * runs and about the optimal parameters, checked against what the build prints and draws.
 */
import type { Trajectory } from "momentum-live/core";
import { describe, expect, it } from "vitest";
import { runExample } from "../../../src/site/examples.ts";
import { quantity } from "../../../src/site/quantities.ts";

const compare = (eta: number, beta: number) => {
  const run = runExample("nesterov", [eta, beta]);
  const [heavyBall, lookAhead] = run.result as Trajectory[];
  const lines = run.logs.map((l) => l.text);
  return { heavyBall, lookAhead, lines, step: (line: string) => Number(/epoch (\d+)/.exec(line)?.[1]) };
};

describe("the Nesterov page's claims", () => {
  it("leads with a setting where both converge, both printed at the same step", () => {
    const { heavyBall, lookAhead, lines, step } = compare(0.3, 0.5);
    expect(heavyBall.diverged || lookAhead.diverged).toBe(false);
    expect(step(lines[0])).toBe(20);
    expect(step(lines[1])).toBe(20);
    const x = (t: Trajectory) => t.points[20].x;
    // Across the valley Nesterov's x2 is far smaller; along it the heavy ball is a little further along.
    expect(Math.abs(x(lookAhead)[1])).toBeLessThan(Math.abs(x(heavyBall)[1]) / 100);
    expect(Math.abs(x(heavyBall)[0])).toBeLessThan(Math.abs(x(lookAhead)[0]));
    expect(quantity("nesterovRho", { eta: 0.3, beta: 0.5, lambda: 4 })).toBeLessThan(
      quantity("rho", { eta: 0.3, beta: 0.5, lambda: 4 }),
    );
  });

  it("at η = 0.6 only Nesterov diverges, and both lines are at the step where it stopped", () => {
    const { heavyBall, lookAhead, lines, step } = compare(0.6, 0.5);
    expect(heavyBall.diverged).toBe(false);
    expect(lookAhead.diverged).toBe(true);
    expect(step(lines[0])).toBe(step(lines[1]));
    const t = step(lines[0]);
    expect(heavyBall.points[t].x[0]).toBeGreaterThan(0); // overshot along the valley
    expect(lookAhead.points[t].x[0]).toBeLessThan(0); // still approaching from below
    expect(0.6 * 4).toBeLessThan(quantity("bound", { beta: 0.5 }));
    expect(0.6 * 4).toBeGreaterThan(quantity("nesterovBound", { beta: 0.5 }));
  });

  it("at η = 0.8 both diverge across the valley, the heavy ball more slowly", () => {
    const { heavyBall, lookAhead, lines, step } = compare(0.8, 0.5);
    expect(heavyBall.diverged || heavyBall.points.at(-1)!.x[1] ** 2 > 1e4).toBe(true);
    expect(lookAhead.diverged).toBe(true);
    const t = step(lines[0]);
    expect(Math.abs(heavyBall.points[t].x[1])).toBeGreaterThan(2); // left its start of |x2| = 2
    expect(Math.abs(heavyBall.points[t].x[1])).toBeLessThan(Math.abs(lookAhead.points[t].x[1]));
  });

  it("Polyak's values exceed Nesterov's limit; Lessard–Recht–Packard's are slower than Polyak's on a quadratic", () => {
    const spectrum = { lambdaMin: 0.2, lambdaMax: 4 };
    expect(quantity("polyakEtaLambdaMax", spectrum)).toBeGreaterThan(
      quantity("polyakNesterovBound", spectrum),
    );
    expect(quantity("nesterovRate", spectrum)).toBeGreaterThan(quantity("polyakRate", spectrum));
    expect(quantity("nesterovRate", spectrum)).toBeLessThan(quantity("gdOptimalRate", spectrum));
  });
});
