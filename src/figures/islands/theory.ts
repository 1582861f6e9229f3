/**
 * One module for the theory page's islands (fewer requests than one module each): wakes an element
 * by its tag.
 */
import { wake as eigen } from "../eigen/island.ts";
import { wake as region } from "../region/island.ts";
import { wake as scalar } from "../scalar/island.ts";

const islands: Record<string, (element: HTMLElement) => void> = {
  "ml-region": region,
  "ml-scalar": scalar,
  "ml-eigen": eigen,
};

export function wake(element: HTMLElement): void {
  islands[element.localName]?.(element);
}
