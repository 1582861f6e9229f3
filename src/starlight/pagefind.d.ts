/** Pagefind's default UI ships without types. */
declare module "@pagefind/default-ui/npm_dist/mjs/ui-core.mjs" {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
