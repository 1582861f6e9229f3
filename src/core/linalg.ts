/**
 * Small dense linear algebra for the quadratics and least squares: matrices are row-major
 * Float64Arrays of n×n numbers. Symmetric eigenproblems by cyclic Jacobi rotations,
 * positive definite systems by Cholesky.
 */

/** xᵀy. */
export function dot(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
}

/** out ← A·x for a row-major n×n matrix A. */
export function matVec(a: Float64Array, x: ArrayLike<number>, out: Float64Array | number[]): void {
  const n = x.length;
  for (let i = 0, row = 0; i < n; i++, row += n) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[row + j] * x[j];
    out[i] = s;
  }
}

/** Flattens a square number[][] to row-major, or returns null when it is not square. */
export function flatten(rows: ArrayLike<ArrayLike<number>>): Float64Array | null {
  const n = rows.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    if (!rows[i] || rows[i].length !== n) return null;
    for (let j = 0; j < n; j++) a[i * n + j] = rows[i][j];
  }
  return a;
}

/** The row-major matrix as number[][]. */
export function unflatten(a: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, i * n + n)));
}

/** Eigen-decomposition A = OᵀΛO of a symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues λ₁ ≤ … ≤ λₙ (the diagonal of Λ). */
  readonly values: number[];
  /** Rows of O: vectors[k] is the unit eigenvector of values[k] (first non-zero entry positive). */
  readonly vectors: number[][];
}

/** Cyclic Jacobi eigen-solver for a symmetric row-major n×n matrix (only symmetry is assumed). */
export function symmetricEigen(matrix: Float64Array, n: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i] * a[i];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    if (off <= 1e-32 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.hypot(theta, 1));
        const c = 1 / Math.hypot(t, 1);
        const s = t * c;
        rotate(a, v, n, p, q, c, s);
      }
    }
  }
  return collect(a, v, n);
}

/** Applies the Jacobi rotation J(p, q, c, s): A ← JᵀAJ (zeroes a_pq) and V ← VJ. */
function rotate(
  a: Float64Array,
  v: Float64Array,
  n: number,
  p: number,
  q: number,
  c: number,
  s: number,
): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p];
    const akq = a[k * n + q];
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k];
    const aqk = a[q * n + k];
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p];
    const vkq = v[k * n + q];
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}

/** Sorts the diagonal of A (eigenvalues) ascending; the columns of V become the rows of O. */
function collect(a: Float64Array, v: Float64Array, n: number): SymmetricEigen {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = order.map((i) => a[i * n + i]);
  const vectors = order.map((k) => {
    const u = Array.from({ length: n }, (_, i) => v[i * n + k]);
    const lead = u.find((x) => Math.abs(x) > 1e-12) ?? 1;
    return lead < 0 ? u.map((x) => -x) : u;
  });
  return { values, vectors };
}

/**
 * Solves A·x = b for a symmetric positive definite row-major n×n matrix A by Cholesky.
 * Returns null when A is not (numerically) positive definite.
 */
export function choleskySolve(matrix: Float64Array, n: number, b: ArrayLike<number>): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = matrix[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * n + i] = Math.sqrt(s);
      } else {
        l[i * n + j] = s / l[j * n + j];
      }
    }
  }
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * x[k];
    x[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
  return x;
}
