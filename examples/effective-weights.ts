// How much weight a gradient from τ steps ago keeps in the velocity: β^τ, for τ = 0, …, 39.
//zh τ 步之前的梯度在速度中还保留多少权重：β^τ，τ = 0, …, 39。
import { effectiveWeightSum, effectiveWeights, partialWeightSum } from "momentum-live/core";

const steps = 40;
const betas = [0.95, 0.9, 0.6, 0];
for (const beta of betas) {
  const sum = partialWeightSum(beta, steps).toFixed(2);
  console.log(
    `beta = ${beta.toFixed(2)}: sum of ${steps} weights ${sum}, limit 1/(1 - beta) = ${effectiveWeightSum(beta).toFixed(2)}`,
  );
}

export default {
  x: { label: "τ" },
  y: { label: "β^τ" },
  series: betas.map((beta) => ({
    label: `β = ${beta.toFixed(2)}`,
    points: effectiveWeights(beta, steps).map((w, tau) => [tau, w]),
  })),
};
