// Gradient descent on f(x) = λ/2·x² multiplies x by (1 − ηλ) at every step: x_t = (1 − ηλ)^t·x_0.
//zh 在 f(x) = λ/2·x² 上，梯度下降每一步都把 x 乘以 (1 − ηλ)：x_t = (1 − ηλ)^t·x_0。
import { gdFactor } from "momentum-live/core";

const eta = 0.1;
const lambdas = [0.1, 1, 10, 19];

export default {
  x: { label: "t" },
  y: { label: "xₜ / x₀ = (1 − ηλ)ᵗ" },
  series: lambdas.map((lambda) => ({
    label: `λ = ${lambda.toFixed(2)}`,
    points: Array.from({ length: 20 }, (_, t) => [t, gdFactor(eta, lambda) ** t]),
  })),
};
