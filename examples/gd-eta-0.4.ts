// Gradient descent on the ill-conditioned problem f(x) = 0.1·x1² + 2·x2², learning rate η = 0.4.
//zh 在条件不佳的问题 f(x) = 0.1·x1² + 2·x2² 上运行梯度下降，学习率 η = 0.4。
import { bookObjective, formatTrajectory, gd, run } from "momentum-live/core";

const trajectory = run(bookObjective, gd({ eta: 0.4 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
