// The same problem with a slightly larger learning rate, η = 0.6: too large for the steep x2 direction.
import { bookObjective, formatTrajectory, gd, run } from "momentum-live/core";

const trajectory = run(bookObjective, gd({ eta: 0.6 }), { start: [-5, -2], steps: 20 });
console.log(formatTrajectory(trajectory));

export default trajectory;
