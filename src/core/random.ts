/**
 * Seeded random numbers: the xoshiro128** generator, normal deviates and a Fisher–Yates shuffle.
 * A generator is a plain function returning uniforms in [0, 1); same seed, same sequence.
 */
import { ParameterError } from "./errors.ts";

/** A source of uniform deviates in [0, 1). */
export type Uniform = () => number;

/** splitmix32: spreads one 32-bit seed over the four words of xoshiro's state. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * xoshiro128** (Blackman & Vigna 2018), seeded through splitmix32.
 * `seed` is any integer (taken modulo 2^32); returns uniforms k / 2^32 in [0, 1).
 */
export function xoshiro128(seed: number): Uniform {
  if (!Number.isInteger(seed)) throw new ParameterError("seed", "an integer", seed);
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** One N(mean, std²) deviate by the Box–Muller transform (uses two uniforms). */
export function normal(uniform: Uniform, mean = 0, std = 1): number {
  const u1 = 1 - uniform(); // in (0, 1], so the logarithm is finite
  const u2 = uniform();
  return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Shuffles `array` in place (Fisher–Yates) and returns it. */
export function shuffle<T extends { [index: number]: unknown; length: number }>(
  array: T,
  uniform: Uniform,
): T {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}
