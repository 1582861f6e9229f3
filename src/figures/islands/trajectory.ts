/** The island module of the trajectory figure (its own chunk, `trajectory.<hash>.js`: registry.ts). */
export { wake } from "../trajectory/island.ts";
