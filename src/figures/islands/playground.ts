/** The island module of the playground figure (its own chunk, `playground.<hash>.js`: registry.ts). */
export { wake } from "../playground/island.ts";
