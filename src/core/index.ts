/**
 * momentum-live/core — the optimizer core of Momentum Live (D2L §12.6).
 * Pure TypeScript: no DOM, no Node APIs; runs in Node, the build, the browser and Web Workers.
 * Equation numbers (E1–E12) refer to the content spec's numbering.
 */

/** Scalar analysis: R(β, η, λ) (E12), its eigenvalues, convergence, regimes, effective weights, optimal (η, β). */
export {
  type Complex,
  effectiveStep,
  effectiveWeight,
  effectiveWeightSum,
  effectiveWeights,
  eigenvalues,
  gdConverges,
  gdFactor,
  gdRate,
  type Matrix2,
  matrixEigenvalues,
  momentumConverges,
  momentumMatrix,
  momentumRate,
  momentumStabilityBound,
  nesterovConverges,
  nesterovMatrix,
  nesterovSpectralRadius,
  nesterovStabilityBound,
  type OptimalParameters,
  optimalFor,
  optimalGd,
  optimalMomentum,
  optimalNesterov,
  partialWeightSum,
  type Regime,
  regime,
  ripplingBounds,
  spectralRadius,
} from "./analysis.ts";
/** The book's data set: UCI airfoil self-noise (1503 rows, target last; CC BY 4.0; generated file). */
export { airfoilColumns, airfoilRows } from "./datasets/airfoil.ts";
/** A second small real data set (Auto MPG, 392 cars, target last; generated file). */
export { autoMpgColumns, autoMpgRows } from "./datasets/auto-mpg.ts";
/** Typed errors: `ParameterError` (bad argument, names it and its value), `TableParseError` (line, column). */
export { MAX_STEPS, ParameterError, TableParseError } from "./errors.ts";
/** Output lines formatted like the book's Python (`%f`, `{:.3f}`). */
export { formatEpochLine, formatFixed, formatLoss, formatTrajectory } from "./format.ts";
/** Small dense linear algebra (symmetric eigen-decomposition, Cholesky solve). */
export { choleskySolve, type SymmetricEigen, symmetricEigen } from "./linalg.ts";
/** Optimizers as data (`gd`, `momentum` (E5), `nesterov`) and their steps on explicit state. */
export {
  type Gradient,
  gd,
  gdStep,
  initialState,
  momentum,
  momentumStep,
  nesterov,
  nesterovStep,
  type Optimizer,
  type State,
  step,
} from "./momentum.ts";
/** Objectives with value and allocation-free gradient(x, out): E4, E6, E11, exercise 2, Rosenbrock. */
export {
  bookObjective,
  diagonalQuadratic,
  exerciseSpectrum,
  type MutableVector,
  type Objective,
  type Quadratic,
  type QuadraticOptions,
  quadratic,
  type RosenbrockOptions,
  type RotatedQuadraticOptions,
  rosenbrock,
  rotatedQuadratic,
  scalarQuadratic,
} from "./objectives.ts";
/** The book's parameter values as data: 2-D runs, training runs, airfoil facts, figure parameters. */
export {
  airfoil,
  type BookRun,
  bookOptimizer,
  bookRuns,
  effectiveWeightBetas,
  effectiveWeightSteps,
  scalarFigure,
  type TrainingRun,
  trainingRuns,
} from "./presets.ts";

/** Seeded random numbers: xoshiro128**, Box–Muller normals, Fisher–Yates shuffle. */
export { normal, shuffle, type Uniform, xoshiro128 } from "./random.ts";
/** The regression problem: whitening, datasets, the model ŷ = xᵀw + b, the ½-squared loss, least squares. */
export {
  type Dataset,
  evaluateLoss,
  leastSquares,
  leastSquaresLoss,
  linreg,
  MAX_MAGNITUDE,
  type PrepareTableOptions,
  prepareData,
  prepareTable,
  squaredLoss,
  standardize,
  toDataset,
} from "./regression.ts";
/** Run loops returning trajectories (t, x_t, f(x_t), v_t) with divergence detection and gradient noise. */
export {
  checkOptimizer,
  DIVERGENCE_FACTOR,
  divergenceBound,
  type GradientNoise,
  type RunOptions,
  run,
  type Trajectory,
  type TrajectoryPoint,
} from "./run.ts";
/** Gradient noise and the spread of the iterates over many seeded runs (exercise 4). */
export { iterateSpread, type Spread, type SpreadOptions } from "./spread.ts";
/** Numeric table parsing (CSV, TSV, whitespace) with header and delimiter detection. */
export { type Delimiter, detectDelimiter, type ParseOptions, parseTable, type Table } from "./table.ts";
/** Minibatch SGD with momentum: the scratch update, the ready-made `sgd` optimizer and the training loop. */
export {
  initMomentumStates,
  type LossPoint,
  type ParameterOptimizer,
  sgd,
  sgdMomentum,
  type TrainOptions,
  type TrainResult,
  train,
  trainLinearRegression,
  trainMomentum,
  type Update,
} from "./train.ts";
