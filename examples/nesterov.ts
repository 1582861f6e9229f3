// Heavy-ball momentum and Nesterov's accelerated gradient with the same η and β, side by side.
import { bookObjective, formatTrajectory, momentum, nesterov, run } from "momentum-live/core";

export default function compare(eta = 0.6, beta = 0.5) {
  const heavyBall = run(bookObjective, momentum({ eta, beta }), { start: [-5, -2], steps: 20 });
  const lookAhead = run(bookObjective, nesterov({ eta, beta }), { start: [-5, -2], steps: 20 });
  console.log(`momentum: ${formatTrajectory(heavyBall)}`);
  console.log(`Nesterov: ${formatTrajectory(lookAhead)}`);
  return [heavyBall, lookAhead];
}
