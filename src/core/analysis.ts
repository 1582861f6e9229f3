/**
 * Analysis of momentum on the scalar quadratic λ/2·x² (E11, E12): the matrix R(β, η, λ), its
 * eigenvalues, convergence conditions, regimes, effective sample weights and optimal parameters.
 * Argument order follows E12: R(β, η, λ).
 */
import { checkBeta, checkEta, checkFinite, checkPositive, checkSteps, ParameterError } from "./errors.ts";

/** A complex number re + i·im. */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** A 2×2 matrix as rows. */
export type Matrix2 = readonly [readonly [number, number], readonly [number, number]];

/** E12: R(β, η, λ) = [[β, λ], [−ηβ, 1 − ηλ]], so that [v_{t+1}, x_{t+1}] = R·[v_t, x_t]. */
export function momentumMatrix(beta: number, eta: number, lambda: number): Matrix2 {
  checkArgs(beta, eta, lambda);
  return [
    [beta, lambda],
    [-eta * beta, 1 - eta * lambda],
  ];
}

/**
 * Eigenvalues μ of R(β, η, λ): the roots of μ² − (1 + β − ηλ)μ + β = 0 (trace 1 + β − ηλ,
 * determinant β). Returned dominant first (largest |μ|); a complex pair has im > 0 first.
 */
export function eigenvalues(beta: number, eta: number, lambda: number): [Complex, Complex] {
  checkArgs(beta, eta, lambda);
  return roots(eta * lambda, beta);
}

function roots(etaLambda: number, beta: number): [Complex, Complex] {
  return quadraticRoots(1 + beta - etaLambda, beta);
}

/** Roots of μ² − trace·μ + det = 0, dominant first. */
function quadraticRoots(trace: number, det: number): [Complex, Complex] {
  const disc = trace * trace - 4 * det;
  if (disc < 0) {
    const re = trace / 2;
    const im = Math.sqrt(-disc) / 2;
    return [
      { re, im },
      { re, im: -im },
    ];
  }
  // Numerically stable: the larger root from the formula, the smaller from μ1·μ2 = β.
  const big = (trace + (trace < 0 ? -1 : 1) * Math.sqrt(disc)) / 2;
  const small = big === 0 ? 0 : det / big;
  return [
    { re: big, im: 0 },
    { re: small, im: 0 },
  ];
}

/**
 * Nesterov's method (Sutskever form, see momentum.ts) on λ/2·x²: [v_{t+1}, x_{t+1}] = N·[v_t, x_t] with
 * N(β, η, λ) = [[β(1 − ηλ), λ], [−ηβ(1 − ηλ), 1 − ηλ]] (trace (1 + β)(1 − ηλ), determinant β(1 − ηλ)).
 */
export function nesterovMatrix(beta: number, eta: number, lambda: number): Matrix2 {
  checkArgs(beta, eta, lambda);
  const decay = 1 - eta * lambda;
  return [
    [beta * decay, lambda],
    [-eta * beta * decay, decay],
  ];
}

/** Eigenvalues of any real 2×2 matrix, dominant first (a complex pair has im > 0 first). */
export function matrixEigenvalues(m: Matrix2): [Complex, Complex] {
  const trace = m[0][0] + m[1][1];
  const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
  return quadraticRoots(trace, det);
}

/** ρ(N) for Nesterov's method on λ/2·x². */
export function nesterovSpectralRadius(beta: number, eta: number, lambda: number): number {
  const [mu] = matrixEigenvalues(nesterovMatrix(beta, eta, lambda));
  return Math.hypot(mu.re, mu.im);
}

/** Nesterov converges on λ/2·x² iff 0 < ηλ < (2 + 2β)/(1 + 2β) (Jury conditions on N). */
export function nesterovConverges(beta: number, eta: number, lambda: number): boolean {
  checkArgs(beta, eta, lambda);
  const etaLambda = eta * lambda;
  return etaLambda > 0 && etaLambda < nesterovStabilityBound(beta);
}

/** Nesterov's stability limit on ηλ: (2 + 2β)/(1 + 2β) (2 at β = 0, falling as β grows). */
export function nesterovStabilityBound(beta: number): number {
  checkBeta(beta);
  return (2 + 2 * beta) / (1 + 2 * beta);
}

/** ρ(R) = max |μ|: the factor by which the error shrinks per step, asymptotically. */
export function spectralRadius(beta: number, eta: number, lambda: number): number {
  const [mu] = eigenvalues(beta, eta, lambda);
  return Math.hypot(mu.re, mu.im);
}

/** The largest stable ηλ for momentum: 2 + 2β (gradient descent, β = 0: 2). */
export function momentumStabilityBound(beta: number): number {
  return 2 + 2 * checkBeta(beta);
}

/** Momentum converges on λ/2·x² iff 0 < ηλ < 2 + 2β (Jury conditions on μ² − (1+β−ηλ)μ + β). */
export function momentumConverges(beta: number, eta: number, lambda: number): boolean {
  checkArgs(beta, eta, lambda);
  const etaLambda = eta * lambda;
  return etaLambda > 0 && etaLambda < momentumStabilityBound(beta);
}

/** E11: gradient descent's factor 1 − ηλ, so x_t = (1 − ηλ)^t·x_0. */
export function gdFactor(eta: number, lambda: number): number {
  checkEta(eta);
  checkFinite(lambda, "lambda");
  return 1 - eta * lambda;
}

/** Gradient descent converges on λ/2·x² iff |1 − ηλ| < 1, i.e. 0 < ηλ < 2. */
export function gdConverges(eta: number, lambda: number): boolean {
  checkEta(eta);
  checkFinite(lambda, "lambda");
  const etaLambda = eta * lambda;
  return etaLambda > 0 && etaLambda < 2;
}

/**
 * The qualitative behaviour of momentum for (ηλ, β), decided in this order:
 * - "divergent":   ρ(R) ≥ 1, i.e. ηλ ≤ 0 or ηλ ≥ 2 + 2β;
 * - "rippling":    complex pair ((1 + β − ηλ)² < 4β): spirals in with |μ| = √β;
 * - "oscillating": real eigenvalues, the dominant one negative (1 + β − ηλ < 0): sign flips every step;
 * - "monotone":    real eigenvalues, both ≥ 0 (critical damping, (1 + β − ηλ)² = 4β, counts here).
 */
export type Regime = "monotone" | "oscillating" | "rippling" | "divergent";

/**
 * The ηλ between which momentum's eigenvalues are a complex pair ("rippling") for this β:
 * (1 − √β)² and (1 + √β)², where (1 + β − ηλ)² = 4β. Below lies "monotone", above "oscillating"
 * (up to 2 + 2β, which (1 + √β)² never exceeds).
 */
export function ripplingBounds(beta: number): [number, number] {
  const r = Math.sqrt(checkBeta(beta));
  return [(1 - r) ** 2, (1 + r) ** 2];
}

/** Classifies (ηλ, β) into a {@link Regime}. */
export function regime(etaLambda: number, beta: number): Regime {
  checkFinite(etaLambda, "etaLambda");
  checkBeta(beta);
  if (!(etaLambda > 0 && etaLambda < 2 + 2 * beta)) return "divergent";
  const trace = 1 + beta - etaLambda;
  if (trace * trace < 4 * beta) return "rippling";
  return trace < 0 ? "oscillating" : "monotone";
}

/** E3: the weight β^τ of the gradient from τ steps ago (with 0⁰ = 1). */
export function effectiveWeight(beta: number, tau: number): number {
  return checkBeta(beta) ** checkSteps(tau, "tau");
}

/** E3 weights: β^τ for τ = 0..count − 1. */
export function effectiveWeights(beta: number, count: number): number[] {
  checkBeta(beta);
  checkSteps(count, "count");
  return Array.from({ length: count }, (_, tau) => effectiveWeight(beta, tau));
}

/** Σ_{τ<t} β^τ = (1 − β^t)/(1 − β): the weight of the first t terms. */
export function partialWeightSum(beta: number, t: number): number {
  checkBeta(beta);
  checkSteps(t, "t");
  return (1 - beta ** t) / (1 - beta);
}

/** Σ_{τ≥0} β^τ = 1/(1 − β): the effective number of averaged gradients. */
export function effectiveWeightSum(beta: number): number {
  return 1 / (1 - checkBeta(beta));
}

/** The effective step size η/(1 − β). */
export function effectiveStep(eta: number, beta: number): number {
  return checkEta(eta) / (1 - checkBeta(beta));
}

/** max over λ of ρ(R(β, η, λ)): the worst per-step rate on a quadratic with curvatures `lambdas`. */
export function momentumRate(beta: number, eta: number, lambdas: ArrayLike<number>): number {
  let rate = 0;
  for (let i = 0; i < lambdas.length; i++) rate = Math.max(rate, spectralRadius(beta, eta, lambdas[i]));
  return rate;
}

/** max over λ of |1 − ηλ|: gradient descent's worst per-step rate. */
export function gdRate(eta: number, lambdas: ArrayLike<number>): number {
  let rate = 0;
  for (let i = 0; i < lambdas.length; i++) rate = Math.max(rate, Math.abs(gdFactor(eta, lambdas[i])));
  return rate;
}

/** Optimal parameters and the rate ρ they achieve on every curvature in [λmin, λmax]. */
export interface OptimalParameters {
  readonly eta: number;
  readonly beta: number;
  readonly rate: number;
}

/**
 * Polyak's heavy-ball optimum (Goh 2017): η = (2/(√λmax + √λmin))², β = ((√κ − 1)/(√κ + 1))²,
 * κ = λmax/λmin, giving ρ = (√κ − 1)/(√κ + 1) = √β at both ends of the spectrum.
 */
export function optimalMomentum(lambdaMin: number, lambdaMax: number): OptimalParameters {
  checkSpectrum(lambdaMin, lambdaMax);
  const rootKappa = Math.sqrt(lambdaMax / lambdaMin);
  const rate = (rootKappa - 1) / (rootKappa + 1);
  const eta = (2 / (Math.sqrt(lambdaMax) + Math.sqrt(lambdaMin))) ** 2;
  return { eta, beta: rate * rate, rate };
}

/** Optimal gradient descent: η = 2/(λmin + λmax), ρ = (κ − 1)/(κ + 1) (β = 0). */
export function optimalGd(lambdaMin: number, lambdaMax: number): OptimalParameters {
  checkSpectrum(lambdaMin, lambdaMax);
  const kappa = lambdaMax / lambdaMin;
  return { eta: 2 / (lambdaMin + lambdaMax), beta: 0, rate: (kappa - 1) / (kappa + 1) };
}

/**
 * Nesterov's optimum on quadratics with curvatures in [λmin, λmax] (Lessard, Recht & Packard 2016):
 * η = 4/(3λmax + λmin), β = (√(3κ + 1) − 2)/(√(3κ + 1) + 2), giving ρ = 1 − 2/√(3κ + 1).
 * Polyak's heavy-ball values would make Nesterov diverge on the steep end.
 */
export function optimalNesterov(lambdaMin: number, lambdaMax: number): OptimalParameters {
  checkSpectrum(lambdaMin, lambdaMax);
  const root = Math.sqrt((3 * lambdaMax) / lambdaMin + 1);
  return { eta: 4 / (3 * lambdaMax + lambdaMin), beta: (root - 2) / (root + 2), rate: 1 - 2 / root };
}

/** The optimal parameters of `method` for curvatures in [λmin, λmax]. */
export function optimalFor(
  method: "gd" | "momentum" | "nesterov",
  lambdaMin: number,
  lambdaMax: number,
): OptimalParameters {
  const optimal = { gd: optimalGd, momentum: optimalMomentum, nesterov: optimalNesterov }[method];
  return optimal(lambdaMin, lambdaMax);
}

function checkSpectrum(lambdaMin: number, lambdaMax: number): void {
  checkPositive(lambdaMin, "lambdaMin");
  checkPositive(lambdaMax, "lambdaMax");
  if (lambdaMax < lambdaMin)
    throw new ParameterError("lambdaMax", `at least lambdaMin = ${lambdaMin}`, lambdaMax);
}

function checkArgs(beta: number, eta: number, lambda: number): void {
  checkBeta(beta);
  checkEta(eta);
  checkFinite(lambda, "lambda");
}
