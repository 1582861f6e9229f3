/**
 * One module for the theory page's islands and the playground (fewer requests than one module
 * each): wakes an element by its tag.
 */
import { wake as eigen } from "./eigen.ts";
import { wake as playground } from "./playground.ts";
import { wake as region } from "./region.ts";
import { wake as scalar } from "./scalar.ts";

const islands: Record<string, (element: HTMLElement) => void> = {
  "ml-region": region,
  "ml-scalar": scalar,
  "ml-eigen": eigen,
  "ml-playground": playground,
};

export const theoryTags = Object.keys(islands);

export function wake(element: HTMLElement): void {
  islands[element.localName]?.(element);
}
