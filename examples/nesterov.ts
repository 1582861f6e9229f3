// Heavy-ball momentum and Nesterov's accelerated gradient with the same η and β, side by side,
// each printed at the same step (the last one both runs reached).
//zh 重球法和 Nesterov 加速梯度取相同的 η 和 β，并排比较，
//zh 两者都打印同一步的结果（两次运行都到达的最后一步）。
import { bookObjective, formatEpochLine, momentum, nesterov, run } from "momentum-live/core";

export default function compare(eta = 0.3, beta = 0.5) {
  const heavyBall = run(bookObjective, momentum({ eta, beta }), { start: [-5, -2], steps: 20 });
  const lookAhead = run(bookObjective, nesterov({ eta, beta }), { start: [-5, -2], steps: 20 });
  const t = Math.min(
    heavyBall.step,
    lookAhead.step,
    heavyBall.points.length - 1,
    lookAhead.points.length - 1,
  );
  for (const [name, trajectory] of [
    ["momentum", heavyBall],
    ["Nesterov", lookAhead],
  ] as const) {
    const note = trajectory.diverged ? ` (diverged: stopped after step ${trajectory.step})` : "";
    console.log(`${name}: ${formatEpochLine(t, trajectory.points[t].x)}${note}`);
  }
  return [heavyBall, lookAhead];
}
