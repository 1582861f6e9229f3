// Minibatch SGD with momentum written out by hand: one velocity per parameter, shaped like it,
// updated by v ← βv + g and then p ← p − ηv. The core supplies the data, the model and the loop.
//zh 手写的带动量小批量随机梯度下降：每个参数有一个与它形状相同的速度，
//zh 先按 v ← βv + g 更新，再按 p ← p − ηv 更新参数。数据、模型和训练循环由核心库提供。
import { airfoil, airfoilRows, formatLoss, prepareData, trainLinearRegression } from "momentum-live/core";

// The airfoil self-noise table: every column whitened over all 1503 rows, then the first 1500
// kept; the sound pressure level (last column) is the target.
//zh 翼型自噪声数据表：每一列都在全部 1503 行上标准化，然后保留前 1500 行；
//zh 预测目标是声压级（最后一列）。
const data = prepareData(airfoilRows, 1500);

/** The velocities of w and b, both starting at zero. */
//zh /** w 和 b 的速度，都从零开始。 */
function initMomentumStates(featureDim: number): Float64Array[] {
  return [new Float64Array(featureDim), new Float64Array(1)];
}

/** The momentum update applied to every parameter array in place. */
//zh /** 对每个参数数组原地执行动量更新。 */
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
//zh /** 两个迭代周期，批量大小 10，每 200 个样本记录一次全部数据上的损失；w 的初值和打乱顺序都用种子 0。 */
export default function trainMomentum(eta = 0.02, beta = 0.5) {
  const states = initMomentumStates(data.d);
  const result = trainLinearRegression(
    data,
    (params, grads) => sgdMomentum(params, grads, states, { eta, beta }),
    { epochs: 2, batchSize: 10, recordEvery: 200, seed: 0 },
  );
  console.log(formatLoss(result.finalLoss));
  // Drawn on the book's axes: loss from 0.22 to 0.35.
  //zh 按书中的坐标范围绘制：损失从 0.22 到 0.35。
  return { ...result, ylim: airfoil.ylim };
}
