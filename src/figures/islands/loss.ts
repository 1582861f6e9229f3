/** The island module of the loss figure (its own chunk, `loss.<hash>.js`: registry.ts). */
export { wake } from "../loss/island.ts";
