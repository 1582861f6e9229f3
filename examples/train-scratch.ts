// Minibatch SGD with momentum written out by hand: one velocity per parameter, shaped like it,
// updated by v ← βv + g and then p ← p − ηv. The core supplies the data, the model and the loop.
import { airfoil, airfoilRows, formatLoss, prepareData, trainLinearRegression } from "momentum-live/core";

// The airfoil self-noise table: every column whitened over all 1503 rows, then the first 1500
// kept; the sound pressure level (last column) is the target.
const data = prepareData(airfoilRows, 1500);

/** The velocities of w and b, both starting at zero. */
function initMomentumStates(featureDim: number): Float64Array[] {
  return [new Float64Array(featureDim), new Float64Array(1)];
}

/** The momentum update applied to every parameter array in place. */
function sgdMomentum(
  params: Float64Array[],
  grads: Float64Array[],
  states: Float64Array[],
  hyper: { eta: number; beta: number },
): void {
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    const g = grads[k];
    const v = states[k];
    for (let i = 0; i < p.length; i++) {
      v[i] = hyper.beta * v[i] + g[i];
      p[i] -= hyper.eta * v[i];
    }
  }
}

/** Two epochs, batch 10, full-data loss recorded every 200 examples; seed 0 for w and the shuffles. */
export default function trainMomentum(eta = 0.02, beta = 0.5) {
  const states = initMomentumStates(data.d);
  const result = trainLinearRegression(
    data,
    (params, grads) => sgdMomentum(params, grads, states, { eta, beta }),
    { epochs: 2, batchSize: 10, recordEvery: 200, seed: 0 },
  );
  console.log(formatLoss(result.finalLoss));
  // Drawn on the book's axes: loss from 0.22 to 0.35.
  return { ...result, ylim: airfoil.ylim };
}
