// Momentum with less memory: β = 0.25 averages over fewer past gradients.
import { bookObjective, formatTrajectory, momentum, run } from "momentum-live/core";

const trajectory = run(bookObjective, momentum({ eta: 0.6, beta: 0.25 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
