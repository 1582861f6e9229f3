// Exercise 2: f(x) = ½·Σ λᵢ·xᵢ² with many curvatures λᵢ = 2^−i, started at xᵢ = 1.
// Change the spectrum, η and β, and watch how fast ‖x_t‖ decays with and without momentum.
//zh 练习 2：f(x) = ½·Σ λᵢ·xᵢ²，曲率 λᵢ = 2^−i 有许多个，从 xᵢ = 1 出发。
//zh 改变谱、η 和 β，看看有动量和没有动量时 ‖x_t‖ 各衰减得多快。
import { diagonalQuadratic, exerciseSpectrum, gd, momentum, run } from "momentum-live/core";

const lambdas = exerciseSpectrum(10); // 1/2, 1/4, …, 1/1024
const f = diagonalQuadratic(lambdas);
const start = lambdas.map(() => 1);
const steps = 200;

const runs = [
  { label: "η = 2, β = 0", trajectory: run(f, gd({ eta: 2 }), { start, steps }) },
  {
    label: "η = 2, β = 0.9",
    trajectory: run(f, momentum({ eta: 2, beta: 0.9 }), { start, steps }),
  },
];
for (const { label, trajectory } of runs) {
  const last = trajectory.points[trajectory.points.length - 1];
  console.log(`${label}: after ${last.t} steps ‖x‖ = ${Math.hypot(...last.x).toExponential(3)}`);
}

export default {
  x: { label: "t" },
  y: { label: "‖xₜ‖", type: "log" },
  series: runs.map(({ label, trajectory }) => ({
    label,
    method: trajectory.optimizer.method, // drawn in the method's colour
    //zh 用该方法的颜色绘制
    points: trajectory.points.map((p) => [p.t, Math.hypot(...p.x)]),
  })),
};
