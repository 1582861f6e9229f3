import {
  bookObjective,
  DIVERGENCE_FACTOR,
  divergenceBound,
  gd,
  momentum,
  nesterov,
  rosenbrock,
  rotatedQuadratic,
  run,
  scalarQuadratic,
  type Trajectory,
} from "momentum-live/core";
import { describe, expect, it } from "vitest";

const allNumbers = (t: Trajectory) => t.points.flatMap((p) => [p.t, p.f, ...p.x, ...p.v]);

describe("trajectories", () => {
  it("record t, x_t, f(x_t), v_t for t = 0..T as plain serialisable data", () => {
    const t = run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), { start: [-5, -2], steps: 3 });
    expect(t.points.map((p) => p.t)).toEqual([0, 1, 2, 3]);
    expect(t.points[0]).toEqual({ t: 0, x: [-5, -2], f: 10.5, v: [0, 0] });
    expect(t.points[1].v).toEqual([-1, -8]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(structuredClone(t)).toEqual(t);
    expect(t.objective).toBe("ill-conditioned");
    expect(t.optimizer).toEqual({ method: "momentum", eta: 0.6, beta: 0.5 });
  });

  it("zero steps give the start alone", () => {
    const t = run(bookObjective, gd({ eta: 0.1 }), { start: [1, 1], steps: 0 });
    expect(t.points).toHaveLength(1);
    expect(t).toMatchObject({ diverged: false, step: 0 });
  });

  it("do not alias the start or each other", () => {
    const start = [1, 2];
    const t = run(bookObjective, gd({ eta: 0.1 }), { start, steps: 2 });
    expect(start).toEqual([1, 2]);
    t.points[0].x[0] = 99;
    expect(t.points[1].x[0]).not.toBe(99);
  });
});

describe("divergence", () => {
  it("the book's GD η = 0.6 run is not flagged within its 20 steps", () => {
    const t = run(bookObjective, gd({ eta: 0.6 }), { start: [-5, -2], steps: 20 });
    expect(t.diverged).toBe(false);
    expect(t.points[20].x[1]).toBeCloseTo(-1673.365109, 6);
    expect(divergenceBound([-5, -2])).toBe(6 * DIVERGENCE_FACTOR);
  });

  it("GD η = 0.6 for many steps stops at the first step beyond the bound (k = 45), no NaN", () => {
    const t = run(bookObjective, gd({ eta: 0.6 }), { start: [-5, -2], steps: 100_000 });
    expect(t.diverged).toBe(true);
    expect(t.step).toBe(45); // 2·1.4^44 ≈ 5.4e6 < 6e6 < 2·1.4^45
    expect(t.points).toHaveLength(46);
    expect(Math.abs(t.points[44].x[1])).toBeLessThan(6e6);
    expect(Math.abs(t.points[45].x[1])).toBeGreaterThan(6e6);
    expect(allNumbers(t).every(Number.isFinite)).toBe(true);
  });

  it("momentum beyond ηλ = 2 + 2β diverges, within it it does not", () => {
    const bad = run(scalarQuadratic(4), momentum({ eta: 0.8, beta: 0.5 }), { start: [1], steps: 10_000 });
    expect(bad.diverged).toBe(true);
    const good = run(scalarQuadratic(4), momentum({ eta: 0.7, beta: 0.5 }), { start: [1], steps: 10_000 });
    expect(good.diverged).toBe(false);
    expect(Math.abs(good.points[10_000].x[0])).toBeLessThan(1e-12);
  });

  it("never throws and never emits a non-finite number, even when values overflow", () => {
    const f = rosenbrock();
    for (const eta of [0.01, 0.1, 1, 10, 1e3]) {
      for (const optimizer of [gd({ eta }), momentum({ eta, beta: 0.9 }), nesterov({ eta, beta: 0.9 })]) {
        const t = run(f, optimizer, { start: [-1.5, 2], steps: 5000 });
        expect(allNumbers(t).every(Number.isFinite)).toBe(true);
        if (t.diverged) expect(t.points.length).toBeLessThanOrEqual(t.step + 1);
      }
    }
  });

  it("a start whose f overflows ends at step 0 with no points", () => {
    const t = run(bookObjective, gd({ eta: 0.1 }), { start: [1e200, 0], steps: 5 });
    expect(t).toMatchObject({ diverged: true, step: 0, points: [] });
  });
});

describe("Nesterov", () => {
  it("takes the gradient at the look-ahead point x − ηβv (Sutskever 2013)", () => {
    const eta = 0.6;
    const beta = 0.5;
    const t = run(bookObjective, nesterov({ eta, beta }), { start: [-5, -2], steps: 10 });
    let x = [-5, -2];
    let v = [0, 0];
    for (let k = 1; k <= 10; k++) {
      const y = [x[0] - eta * beta * v[0], x[1] - eta * beta * v[1]];
      v = [beta * v[0] + 0.2 * y[0], beta * v[1] + 4 * y[1]];
      x = [x[0] - eta * v[0], x[1] - eta * v[1]];
      expect(t.points[k].x).toEqual(x);
    }
  });

  it("diverges on the book's problem at (0.6, 0.5) — ηλ2 = 2.4 > (2 + 2β)/(1 + 2β) = 1.5 — where heavy ball converges", () => {
    const opts = { start: [-5, -2], steps: 20 };
    expect(run(bookObjective, momentum({ eta: 0.6, beta: 0.5 }), opts).diverged).toBe(false);
    const ahead = run(bookObjective, nesterov({ eta: 0.6, beta: 0.5 }), opts);
    expect(ahead.diverged).toBe(true);
    expect(ahead.step).toBeLessThan(20);
    const damped = run(bookObjective, nesterov({ eta: 0.3, beta: 0.5 }), opts); // ηλ2 = 1.2 < 1.5
    expect(damped.diverged).toBe(false);
    expect(damped.points[20].f).toBeLessThan(0.05);
  });
});

describe("gradient noise", () => {
  const f = rotatedQuadratic({ lambda1: 0.2, lambda2: 4, angle: 0.3 });
  const opts = { start: [-5, -2], steps: 50 };

  it("is reproducible for a seed and differs between seeds", () => {
    const a = run(f, momentum({ eta: 0.1, beta: 0.9 }), { ...opts, noise: { sigma: 0.5, seed: 7 } });
    const b = run(f, momentum({ eta: 0.1, beta: 0.9 }), { ...opts, noise: { sigma: 0.5, seed: 7 } });
    const c = run(f, momentum({ eta: 0.1, beta: 0.9 }), { ...opts, noise: { sigma: 0.5, seed: 8 } });
    expect(a).toEqual(b);
    expect(a.points[50].x).not.toEqual(c.points[50].x);
  });

  it("σ = 0 is the exact run; the noise added to v_1 has standard deviation σ", () => {
    const exact = run(f, gd({ eta: 0.1 }), opts);
    expect(run(f, gd({ eta: 0.1 }), { ...opts, noise: { sigma: 0 } })).toEqual(exact);
    const sigma = 0.3;
    const samples: number[] = [];
    for (let seed = 0; seed < 4000; seed++) {
      const t = run(f, momentum({ eta: 0.1, beta: 0.9 }), {
        start: [0, 0],
        steps: 1,
        noise: { sigma, seed },
      });
      samples.push(...t.points[1].v); // at x* the exact gradient is 0
    }
    const mean = samples.reduce((s, v) => s + v, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((s, v) => s + (v - mean) ** 2, 0) / samples.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(sd).toBeGreaterThan(sigma * 0.95);
    expect(sd).toBeLessThan(sigma * 1.05);
  });
});
