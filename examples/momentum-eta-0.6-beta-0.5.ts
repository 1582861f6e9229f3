// Momentum (v ← βv + g, x ← x − ηv) with the learning rate that made gradient descent diverge.
//zh 动量法（v ← βv + g，x ← x − ηv），学习率用的是让梯度下降发散的那个值。
import { bookObjective, formatTrajectory, momentum, run } from "momentum-live/core";

const trajectory = run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
