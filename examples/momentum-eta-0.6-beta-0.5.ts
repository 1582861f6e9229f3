// Momentum (v ← βv + g, x ← x − ηv) with the learning rate that made gradient descent diverge.
import { bookObjective, formatTrajectory, momentum, run } from "momentum-live/core";

const trajectory = run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
