// The same problem with a slightly larger learning rate, η = 0.6: too large for the steep x2 direction.
//zh 同一个问题，学习率稍大一些，η = 0.6：对陡峭的 x2 方向来说太大了。
import { bookObjective, formatTrajectory, gd, run } from "momentum-live/core";

const trajectory = run(bookObjective, gd({ eta: 0.6 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
