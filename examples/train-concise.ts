// The same training with the core's ready-made optimizer, as one would use a framework's built-in
// SGD with momentum: the optimizer keeps the velocities itself.
import { autoMpgRows, formatLoss, prepareData, sgd, train } from "momentum-live/core";

const data = prepareData(autoMpgRows);
const optimizer = sgd({ eta: 0.005, beta: 0.9 });
const result = train(data, optimizer, { epochs: 2, batchSize: 10, recordEvery: 56, seed: 0 });
console.log(formatLoss(result.finalLoss));

export default result;
