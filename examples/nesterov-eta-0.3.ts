// The same comparison with η = 0.3, where ηλ2 = 1.2 lies inside both methods' stable ranges.
import { bookObjective, formatTrajectory, momentum, nesterov, run } from "momentum-live/core";

const settings = { eta: 0.3, beta: 0.5 };
const heavyBall = run(bookObjective, momentum(settings), { start: [-5, -2], steps: 20 });
const lookAhead = run(bookObjective, nesterov(settings), { start: [-5, -2], steps: 20 });
console.log(`momentum: ${formatTrajectory(heavyBall)}`);
console.log(`Nesterov: ${formatTrajectory(lookAhead)}`);

export default [heavyBall, lookAhead];
