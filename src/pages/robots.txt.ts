/**
 * robots.txt: everything may be crawled; with a site URL (SITE_URL) it names the sitemap, which only
 * exists then. (Crawlers read robots.txt at the origin's root only: under a sub-path this file is
 * written but the root's own robots.txt decides.)
 */
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) => {
  const lines = ["User-agent: *", "Allow: /"];
  if (site) lines.push("", `Sitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}`);
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
