/**
 * The island modules of the live figures and the custom elements each one wakes. The page's
 * registration script (src/figures/islands/Islands.astro) defines the elements from this list; the
 * build (src/build/anchor-preload.ts) reads it to know which module a figure's anchor needs. The
 * output chunk of each module is named after its key (`trajectory.<hash>.js`).
 */
import type { Island } from "../../live/loader.ts";

export const islandModules: Record<string, { tags: readonly string[]; load: () => Promise<Island> }> = {
  trajectory: { tags: ["ml-trajectory"], load: () => import("./trajectory.ts") },
  theory: { tags: ["ml-region", "ml-scalar", "ml-eigen"], load: () => import("./theory.ts") },
  // Its own chunk: the playground page opens with it and preloads it (src/build/anchor-preload.ts).
  playground: { tags: ["ml-playground"], load: () => import("./playground.ts") },
  // Its own chunk too: the landing page opens with it and preloads it.
  opening: { tags: ["ml-opening"], load: () => import("./opening.ts") },
  basics: { tags: ["ml-weights", "ml-noise", "ml-step", "ml-own-data"], load: () => import("./basics.ts") },
  loss: { tags: ["ml-loss"], load: () => import("./loss.ts") },
};
