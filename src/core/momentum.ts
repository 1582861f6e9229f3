/**
 * The update rules of the chapter as explicit state plus a step.
 *
 *   gradient descent   x_t ← x_{t−1} − η·g_t                                  (E9, E11)
 *   momentum           v_t ← β·v_{t−1} + g_t,   x_t ← x_{t−1} − η·v_t         (E2, E5)
 *   Nesterov           v_t ← β·v_{t−1} + ∇f(x_{t−1} − ηβ·v_{t−1}),  x_t ← x_{t−1} − η·v_t
 *
 * with g_t = ∇f(x_{t−1}) and v_0 = 0. The Nesterov form is Sutskever et al. (2013), eq. 3–4,
 * rewritten in the book's scaling (their velocity is −η times ours): the gradient is taken at the
 * look-ahead point x − ηβv. With β = 0 both momentum rules reduce to gradient descent.
 */
import { checkBeta, checkEta, checkVector } from "./errors.ts";

/** Writes ∇f(x) into `out`. */
export type Gradient = (x: Float64Array, out: Float64Array) => void;

/** An optimizer as plain, serialisable data (β = 0 for gradient descent). */
export interface Optimizer {
  readonly method: "gd" | "momentum" | "nesterov";
  /** η, the learning rate. */
  readonly eta: number;
  /** β, the momentum (leak) of the velocity average. */
  readonly beta: number;
}

/** The mutable state of a run: the iterate, the velocity and scratch buffers. */
export interface State {
  /** x_t. */
  readonly x: Float64Array;
  /** v_t (for gradient descent: the last gradient, i.e. momentum with β = 0). */
  readonly velocity: Float64Array;
  /** Scratch: the gradient g_t. */
  readonly g: Float64Array;
  /** Scratch: Nesterov's look-ahead point. */
  readonly lookahead: Float64Array;
}

/** Gradient descent with learning rate η. */
export function gd(options: { readonly eta: number }): Optimizer {
  return { method: "gd", eta: checkEta(options.eta), beta: 0 };
}

/** The momentum method (E5) with learning rate η and momentum β ∈ [0, 1). */
export function momentum(options: { readonly eta: number; readonly beta: number }): Optimizer {
  return { method: "momentum", eta: checkEta(options.eta), beta: checkBeta(options.beta) };
}

/** Nesterov's accelerated gradient (Sutskever 2013 form) with learning rate η and momentum β. */
export function nesterov(options: { readonly eta: number; readonly beta: number }): Optimizer {
  return { method: "nesterov", eta: checkEta(options.eta), beta: checkBeta(options.beta) };
}

/** The state at t = 0: x_0 = `start` (−0 read as +0), v_0 = 0. */
export function initialState(start: ArrayLike<number>): State {
  const x0 = checkVector(start, "start");
  const n = x0.length;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = x0[i] + 0;
  return { x, velocity: new Float64Array(n), g: new Float64Array(n), lookahead: new Float64Array(n) };
}

/** One gradient-descent step: v_t = g_t, x_t ← x_{t−1} − η·g_t. */
export function gdStep(state: State, gradient: Gradient, eta: number): void {
  const { x, velocity: v } = state;
  gradient(x, v);
  for (let i = 0; i < x.length; i++) x[i] = x[i] - eta * v[i];
}

/** One momentum step (E5): v_t ← β·v_{t−1} + g_t, then x_t ← x_{t−1} − η·v_t. */
export function momentumStep(state: State, gradient: Gradient, eta: number, beta: number): void {
  const { x, velocity: v, g } = state;
  gradient(x, g);
  for (let i = 0; i < x.length; i++) {
    v[i] = beta * v[i] + g[i];
    x[i] = x[i] - eta * v[i];
  }
}

/** One Nesterov step: g ← ∇f(x_{t−1} − ηβ·v_{t−1}), v_t ← β·v_{t−1} + g, x_t ← x_{t−1} − η·v_t. */
export function nesterovStep(state: State, gradient: Gradient, eta: number, beta: number): void {
  const { x, velocity: v, g, lookahead: y } = state;
  for (let i = 0; i < x.length; i++) y[i] = x[i] - eta * beta * v[i];
  gradient(y, g);
  for (let i = 0; i < x.length; i++) {
    v[i] = beta * v[i] + g[i];
    x[i] = x[i] - eta * v[i];
  }
}

/** One step of `optimizer` on `state`. */
export function step(optimizer: Optimizer, state: State, gradient: Gradient): void {
  const { method, eta, beta } = optimizer;
  if (method === "momentum") momentumStep(state, gradient, eta, beta);
  else if (method === "gd") gdStep(state, gradient, eta);
  else nesterovStep(state, gradient, eta, beta);
}
