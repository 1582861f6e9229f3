// Exercise 1: your own (η, β) pairs on the book's problem f(x) = 0.1·x1² + 2·x2² (curvatures 0.2
// and 4). Edit the list, predict each run from its regimes, then run it and compare.
//zh 练习 1：在书中的问题 f(x) = 0.1·x1² + 2·x2²（曲率为 0.2 和 4）上试试你自己的 (η, β)。
//zh 修改列表，先根据所处的情形预测每次运行的结果，再运行并比较。
import { bookObjective, momentum, momentumRate, regime, run } from "momentum-live/core";

const lambdas = [0.2, 4];
const pairs = [
  { eta: 0.6, beta: 0.5 },
  { eta: 0.3, beta: 0.9 },
  { eta: 0.9, beta: 0.2 },
];

const runs = pairs.map(({ eta, beta }) => {
  const trajectory = run(bookObjective, momentum({ eta, beta }), { start: [-5, -2], steps: 30 });
  const regimes = lambdas.map((lambda) => `ηλ = ${(eta * lambda).toFixed(2)}: ${regime(eta * lambda, beta)}`);
  const last = trajectory.points[trajectory.points.length - 1];
  console.log(
    `η = ${eta}, β = ${beta} | ${regimes.join("; ")} | rate ${momentumRate(beta, eta, lambdas).toFixed(3)} | ` +
      (trajectory.diverged
        ? `diverged at step ${trajectory.step}`
        : `f(x_${last.t}) = ${last.f.toExponential(2)}`),
  );
  return trajectory;
});

export default runs;
