// Momentum with less memory: β = 0.25 averages over fewer past gradients.
//zh 记忆更短的动量法：β = 0.25 只对更少的过去梯度求平均。
import { bookObjective, formatTrajectory, momentum, run } from "momentum-live/core";

const trajectory = run(bookObjective, momentum({ eta: 0.6, beta: 0.25 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
