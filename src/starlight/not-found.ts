/**
 * Starlight route data of the 404 page (src/pages/404.astro). The host serves that one file for
 * every unknown path, so it has no address of its own: no canonical link, no og:url and no hreflang
 * alternates (Starlight would point them at /404/, /en/404/ and /zh/404/, which do not exist).
 */
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";

/** True on the 404 page: its path is `<base>404/`. */
export function isNotFoundPage(pathname: string): boolean {
  return /\/404(\/|\.html)?$/.test(pathname);
}

export const onRequest = defineRouteMiddleware((context) => {
  if (!isNotFoundPage(context.url.pathname)) return;
  const route = context.locals.starlightRoute;
  route.head = route.head.filter(
    ({ tag, attrs }) =>
      !(tag === "link" && (attrs?.rel === "canonical" || attrs?.rel === "alternate")) &&
      !(tag === "meta" && attrs?.property === "og:url"),
  );
});
