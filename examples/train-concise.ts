// The same training with the core's ready-made optimizer, as one would use a framework's built-in
// SGD with momentum: the optimizer keeps the velocities itself.
import { airfoil, airfoilRows, formatLoss, prepareData, sgd, train } from "momentum-live/core";

const data = prepareData(airfoilRows, 1500);
const optimizer = sgd({ eta: 0.005, beta: 0.9 });
const result = train(data, optimizer, { epochs: 2, batchSize: 10, recordEvery: 200, seed: 0 });
console.log(formatLoss(result.finalLoss));

export default { ...result, ylim: airfoil.ylim };
