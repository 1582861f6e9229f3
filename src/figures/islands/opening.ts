/** The island module of the landing page's opening figure (its own chunk, `opening.<hash>.js`: registry.ts). */
export { wake } from "../opening/island.ts";
