import {
  bookObjective,
  effectiveWeights,
  gd,
  momentum,
  nesterov,
  type Optimizer,
  optimalMomentum,
  ParameterError,
  quadratic,
  run,
  sgd,
  spectralRadius,
  standardize,
  toDataset,
  trainMomentum,
  xoshiro128,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";

/** Expects `fn` to throw a ParameterError naming `parameter` with `message`. */
function expectParameterError(fn: () => unknown, parameter: string, message: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ParameterError);
  expect((thrown as ParameterError).parameter).toBe(parameter);
  expect((thrown as ParameterError).message).toBe(message);
}

describe("ParameterError for bad parameters", () => {
  it("eta: positive and finite", () => {
    expectParameterError(() => gd({ eta: -1 }), "eta", "eta must be a positive finite number, got -1");
    expectParameterError(() => gd({ eta: 0 }), "eta", "eta must be a positive finite number, got 0");
    expectParameterError(
      () => momentum({ eta: Number.NaN, beta: 0.5 }),
      "eta",
      "eta must be a positive finite number, got NaN",
    );
    expectParameterError(
      () => nesterov({ eta: Number.POSITIVE_INFINITY, beta: 0.5 }),
      "eta",
      "eta must be a positive finite number, got Infinity",
    );
    expectParameterError(
      () => spectralRadius(0.5, -0.1, 1),
      "eta",
      "eta must be a positive finite number, got -0.1",
    );
    expectParameterError(() => sgd({ eta: 0 }), "eta", "eta must be a positive finite number, got 0");
  });

  it("beta: in [0, 1)", () => {
    expectParameterError(
      () => momentum({ eta: 0.1, beta: 1 }),
      "beta",
      "beta must be a number in [0, 1), got 1",
    );
    expectParameterError(
      () => momentum({ eta: 0.1, beta: -0.5 }),
      "beta",
      "beta must be a number in [0, 1), got -0.5",
    );
    expectParameterError(
      () => nesterov({ eta: 0.1, beta: Number.NaN }),
      "beta",
      "beta must be a number in [0, 1), got NaN",
    );
    expectParameterError(() => effectiveWeights(1.5, 3), "beta", "beta must be a number in [0, 1), got 1.5");
    expectParameterError(
      () => trainMomentum(toDataset([[1, 2]]), { eta: 0.1, beta: 2 }),
      "beta",
      "beta must be a number in [0, 1), got 2",
    );
  });

  it("start: finite numbers of the objective's dimension", () => {
    const opt = gd({ eta: 0.1 });
    expectParameterError(
      () => run(bookObjective, opt, { start: [1, Number.NaN], steps: 1 }),
      "start",
      "start must be an array of finite numbers, got [1, NaN]",
    );
    expectParameterError(
      () => run(bookObjective, opt, { start: [1, Number.POSITIVE_INFINITY], steps: 1 }),
      "start",
      "start must be an array of finite numbers, got [1, Infinity]",
    );
    expectParameterError(
      () => run(bookObjective, opt, { start: [1, 2, 3], steps: 1 }),
      "start",
      "start must be an array of length 2 (the objective's dimension), got [1, 2, 3]",
    );
  });

  it("steps: an integer in [0, 100000]", () => {
    const opt = gd({ eta: 0.1 });
    for (const steps of [-1, 2.5, 100_001, Number.NaN]) {
      expectParameterError(
        () => run(bookObjective, opt, { start: [1, 1], steps }),
        "steps",
        `steps must be an integer in [0, 100000], got ${steps}`,
      );
    }
    expectParameterError(
      () => trainMomentum(toDataset([[1, 2]]), { eta: 0.1, beta: 0.5 }, { epochs: 1.5 }),
      "epochs",
      "epochs must be an integer in [0, 100000], got 1.5",
    );
  });

  it("an optimizer given as data is checked too", () => {
    const bad = { method: "adam", eta: 0.1, beta: 0 } as unknown as Optimizer;
    expectParameterError(
      () => run(bookObjective, bad, { start: [1, 1], steps: 1 }),
      "optimizer.method",
      'optimizer.method must be "gd", "momentum" or "nesterov", got "adam"',
    );
    expectParameterError(
      () => run(bookObjective, { method: "momentum", eta: 0.1, beta: 1.2 }, { start: [1, 1], steps: 1 }),
      "beta",
      "beta must be a number in [0, 1), got 1.2",
    );
    expectParameterError(
      () => run(bookObjective, { method: "gd", eta: 0.1, beta: 0.5 }, { start: [1, 1], steps: 1 }),
      "beta",
      "beta must be 0 for gradient descent, got 0.5",
    );
  });

  it("objectives, analysis, data and seeds", () => {
    expectParameterError(
      () =>
        quadratic({
          Q: [
            [1, 2],
            [0, 1],
          ],
        }),
      "Q",
      "Q must be symmetric, got [[1, 2], [0, 1]]",
    );
    expectParameterError(
      () => quadratic({ Q: [[1, 2]] }),
      "Q",
      "Q must be a non-empty square matrix, got [[1, 2]]",
    );
    expectParameterError(
      () => optimalMomentum(4, 0.2),
      "lambdaMax",
      "lambdaMax must be at least lambdaMin = 4, got 0.2",
    );
    expectParameterError(
      () => optimalMomentum(0, 1),
      "lambdaMin",
      "lambdaMin must be a positive finite number, got 0",
    );
    expectParameterError(
      () =>
        standardize([
          [1, 2],
          [1, 3],
        ]),
      "column 1",
      "column 1 must be a non-constant column (std > 0), got 0",
    );
    expectParameterError(() => toDataset([[1, 2]], 5), "n", "n must be an integer in [1, 1], got 5");
    expectParameterError(() => xoshiro128(0.5), "seed", "seed must be an integer, got 0.5");
    expectParameterError(
      () => trainMomentum(toDataset([[1, 2]]), { eta: 0.1, beta: 0.5 }, { batchSize: 0 }),
      "batchSize",
      "batchSize must be a positive integer, got 0",
    );
    expectParameterError(
      () => run(bookObjective, gd({ eta: 0.1 }), { start: [1, 1], steps: 1, noise: { sigma: -1 } }),
      "noise.sigma",
      "noise.sigma must be a non-negative finite number, got -1",
    );
  });
});
