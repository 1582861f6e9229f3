// The three from-scratch settings again, each trained from 20 seeds (seed k draws the initial w
// and the order of the examples): how far apart do their final losses lie?
//zh 再看从零开始实现的三组设置，每组用 20 个随机种子训练（种子 k 决定 w 的初值
//zh 和样本的顺序）：它们的最终损失相差多远？
import { airfoilRows, leastSquares, prepareData, trainMomentum } from "momentum-live/core";

const data = prepareData(airfoilRows, 1500);
const optimum = leastSquares(data).loss;
const seeds = 20;
const settings = [
  { eta: 0.02, beta: 0.5 },
  { eta: 0.01, beta: 0.9 },
  { eta: 0.005, beta: 0.9 },
];

const series = settings.map(({ eta, beta }) => {
  const finals: number[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    finals.push(trainMomentum(data, { eta, beta }, { epochs: 2, batchSize: 10, seed }).finalLoss);
  }
  finals.sort((a, b) => a - b);
  const mean = finals.reduce((s, l) => s + l, 0) / seeds;
  console.log(
    `eta = ${eta}, beta = ${beta}: final loss from ${finals[0].toFixed(4)} to ${finals[seeds - 1].toFixed(4)}, mean ${mean.toFixed(4)}`,
  );
  return { label: `η = ${eta}, β = ${beta}`, points: finals.map((loss, k) => [k + 1, loss] as const) };
});
console.log(`least-squares optimum: ${optimum.toFixed(4)}`);

// Each setting's 20 final losses from smallest to largest, and the floor no linear model goes below.
//zh 每组设置的 20 个最终损失（从小到大），以及任何线性模型都降不到其下的那条底线。
const highest = Math.max(...series.flatMap((s) => s.points.map((p) => p[1])));
export default {
  x: { label: "k (k-th smallest of 20)", domain: [1, seeds] },
  y: { label: "final loss", domain: [optimum - 0.001, highest + 0.001] },
  zero: false,
  series: [...series, { label: "optimum", points: [[1, optimum] as const, [seeds, optimum] as const] }],
};
