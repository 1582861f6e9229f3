/**
 * The linear-regression problem of §12.6.2: data preparation as the book does it (whitening,
 * first n rows), the model ŷ = xᵀw + b, the loss ½(ŷ − y)² and the exact least-squares optimum.
 */
import { ParameterError } from "./errors.ts";
import { choleskySolve } from "./linalg.ts";

/** Features X (n×d, row-major) and labels y. */
export interface Dataset {
  readonly features: Float64Array;
  readonly labels: Float64Array;
  /** Number of examples. */
  readonly n: number;
  /** Number of features. */
  readonly d: number;
}

/** Checks that `rows` is a non-empty rectangular table of finite numbers; returns its width. */
function checkRows(rows: ArrayLike<ArrayLike<number>>, minWidth: number): number {
  if (!rows || rows.length === 0) throw new ParameterError("rows", "a non-empty array of rows", rows);
  const width = rows[0]?.length ?? 0;
  if (width < minWidth) throw new ParameterError("rows", `rows of at least ${minWidth} numbers`, rows[0]);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || row.length !== width)
      throw new ParameterError(`rows[${i}]`, `a row of ${width} numbers`, row);
    for (let j = 0; j < width; j++) {
      if (!Number.isFinite(row[j])) throw new ParameterError(`rows[${i}][${j}]`, "a finite number", row[j]);
    }
  }
  return width;
}

/**
 * The largest magnitude of a value that {@link standardize} accepts: the squares of values up to
 * 1e150, summed over millions of rows, stay finite (1e300 would overflow and whiten to garbage).
 */
export const MAX_MAGNITUDE = 1e150;

/** Whitens every column (the target included): (value − mean)/std over all rows, std with ddof 0. */
export function standardize(rows: ArrayLike<ArrayLike<number>>): number[][] {
  const width = checkRows(rows, 1);
  const n = rows.length;
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) mean[j] += rows[i][j];
  for (let j = 0; j < width; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) std[j] += (rows[i][j] - mean[j]) ** 2;
  for (let j = 0; j < width; j++) {
    std[j] = Math.sqrt(std[j] / n);
    if (!Number.isFinite(std[j]))
      throw new ParameterError(
        `column ${j + 1}`,
        `values within ±${MAX_MAGNITUDE} (larger ones overflow)`,
        std[j],
      );
    if (!(std[j] > 0)) throw new ParameterError(`column ${j + 1}`, "a non-constant column (std > 0)", std[j]);
  }
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: width }, (_, j) => (rows[i][j] - mean[j]) / std[j]),
  );
}

/** A dataset from the first `limit` rows (default all): features = all columns but the last, label = the last. */
export function toDataset(rows: ArrayLike<ArrayLike<number>>, limit: number = rows?.length): Dataset {
  const width = checkRows(rows, 1);
  if (!Number.isInteger(limit) || limit < 1 || limit > rows.length) {
    throw new ParameterError("n", `an integer in [1, ${rows.length}]`, limit);
  }
  const d = width - 1;
  const features = new Float64Array(limit * d);
  const labels = new Float64Array(limit);
  for (let i = 0; i < limit; i++) {
    for (let j = 0; j < d; j++) features[i * d + j] = rows[i][j];
    labels[i] = rows[i][d];
  }
  return { features, labels, n: limit, d };
}

/** The book's preparation: whiten all columns over all rows, then keep the first n (airfoil: 1500 of 1503). */
export function prepareData(rows: ArrayLike<ArrayLike<number>>, n: number = rows?.length): Dataset {
  return toDataset(standardize(rows), n);
}

/** The model: ŷ = xᵀw + b for example i of the dataset. */
export function linreg(data: Dataset, i: number, w: ArrayLike<number>, b: number): number {
  let s = 0;
  for (let j = 0, row = i * data.d; j < data.d; j++) s += data.features[row + j] * w[j];
  return s + b;
}

/** The loss of one example: ½(ŷ − y)². */
export function squaredLoss(yHat: number, y: number): number {
  const r = yHat - y;
  return (r * r) / 2;
}

/** Mean of ½(ŷ − y)² over the whole dataset. */
export function evaluateLoss(data: Dataset, w: ArrayLike<number>, b: number): number {
  let sum = 0;
  for (let i = 0; i < data.n; i++) sum += squaredLoss(linreg(data, i, w, b), data.labels[i]);
  return sum / data.n;
}

/** The exact minimizer of the mean ½(Xw + b − y)² (normal equations, Cholesky) and its loss. */
export function leastSquares(data: Dataset): { w: number[]; b: number; loss: number } {
  const { features: X, labels: y, n, d } = data;
  const k = d + 1; // the last unknown is b
  const m = new Float64Array(k * k);
  const r = new Float64Array(k);
  const a = new Float64Array(k);
  a[d] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) a[j] = X[i * d + j];
    for (let p = 0; p < k; p++) {
      r[p] += a[p] * y[i];
      for (let q = 0; q < k; q++) m[p * k + q] += a[p] * a[q];
    }
  }
  const theta = choleskySolve(m, k, r);
  if (theta === null) throw new ParameterError("data", "features of full column rank", `${n}×${d} features`);
  const w = Array.from(theta.subarray(0, d));
  const b = theta[d];
  return { w, b, loss: evaluateLoss(data, w, b) };
}

/** The least-squares optimum loss of a table's rows (target last), over its first n rows (default all). */
export function leastSquaresLoss(rows: ArrayLike<ArrayLike<number>>, n: number = rows?.length): number {
  return leastSquares(toDataset(rows, n)).loss;
}

/** Options of {@link prepareTable}. */
export interface PrepareTableOptions {
  /** 0-based index of the target column (default: the last). */
  readonly target?: number;
  /** Keep the first n rows after whitening (default: all). */
  readonly n?: number;
}

/**
 * A reader's table prepared like the book's data: the target column moved last, every column
 * whitened over all rows (see {@link standardize}), then the first n rows kept.
 */
export function prepareTable(rows: ArrayLike<ArrayLike<number>>, options: PrepareTableOptions = {}): Dataset {
  const width = checkRows(rows, 2);
  const target = options.target ?? width - 1;
  if (!Number.isInteger(target) || target < 0 || target >= width) {
    throw new ParameterError("target", `a column index in [0, ${width - 1}]`, target);
  }
  const reordered = Array.from({ length: rows.length }, (_, i) => {
    const row = Array.from(rows[i]);
    const [y] = row.splice(target, 1);
    row.push(y);
    return row;
  });
  return prepareData(reordered, options.n ?? rows.length);
}
