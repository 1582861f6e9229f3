// Exercise 4: the 2-D problem with noisy gradients (g + σ·noise). Plain SGD and SGD with momentum
// take the same effective step η/(1 − β) = 0.1 and see the same noise (same seed).
//zh 练习 4：梯度带噪声（g + σ·noise）的二维问题。普通 SGD 和带动量的 SGD
//zh 取相同的有效步长 η/(1 − β) = 0.1，遇到的噪声也相同（同一个随机种子）。
import { bookObjective, gd, momentum, run } from "momentum-live/core";

const noise = { sigma: 2, seed: 7 };
const options = { start: [-5, -2], steps: 100, noise };
const sgd = run(bookObjective, gd({ eta: 0.1 }), options);
const heavyBall = run(bookObjective, momentum({ eta: 0.02, beta: 0.8 }), options);

for (const [name, trajectory] of [
  ["SGD", sgd],
  ["momentum", heavyBall],
] as const) {
  const tail = trajectory.points.slice(-50);
  const meanF = tail.reduce((s, p) => s + p.f, 0) / tail.length;
  console.log(`${name}: mean f(x_t) over the last 50 steps = ${meanF.toFixed(4)}`);
}

export default [sgd, heavyBall];
