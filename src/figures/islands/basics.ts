/**
 * One island module for the live figures of the basics and experiments pages (effective weights,
 * noisy gradients, the annotated update, bring your own data): one request however many of them a
 * page has. Registered with all others by Islands.astro.
 */
import { wake as wakeNoise } from "../noise/island.ts";
import { wake as wakeOwnData } from "../own-data/island.ts";
import { wake as wakeStep } from "../step/island.ts";
import { wake as wakeWeights } from "../weights/island.ts";

const wakers: Record<string, (element: HTMLElement) => void> = {
  "ML-WEIGHTS": wakeWeights,
  "ML-NOISE": wakeNoise,
  "ML-STEP": wakeStep,
  "ML-OWN-DATA": wakeOwnData,
};

export function wake(element: HTMLElement): void {
  wakers[element.tagName]?.(element);
}
