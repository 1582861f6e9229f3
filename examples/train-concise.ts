// The same training with the core's ready-made optimizer, as one would use a framework's built-in
// SGD with momentum: the optimizer keeps the velocities itself.
//zh 同样的训练，改用核心库现成的优化器，就像使用框架内置的带动量 SGD：
//zh 速度由优化器自己保存。
import { airfoil, airfoilRows, formatLoss, prepareData, sgd, train } from "momentum-live/core";

const data = prepareData(airfoilRows, 1500);
const optimizer = sgd({ eta: 0.005, beta: 0.9 });
const result = train(data, optimizer, { epochs: 2, batchSize: 10, recordEvery: 200, seed: 0 });
console.log(formatLoss(result.finalLoss));

export default { ...result, ylim: airfoil.ylim };
