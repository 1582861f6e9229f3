/**
 * axe-core in the browser tests. axe-core comes with Lighthouse (a devDependency); without it the
 * checks skip, loudly. The script is evaluated through the DevTools protocol, so the pages'
 * Content-Security-Policy does not stand in its way.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export const axeSource: string | null = (() => {
  try {
    return readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  } catch {
    console.warn("⚠ axe-core is not installed: the axe accessibility checks are SKIPPED");
    return null;
  }
})();

/** axe's violations (WCAG 2.1 A and AA) inside `selector` (default: the whole page), as "id: target" lines. */
/**
 * Rules switched off, each for a stated reason:
 * - label-content-name-mismatch: Starlight's search button is named "Search" while it also shows
 *   its shortcut ("Ctrl K"); saying "Search" still activates it. Upstream markup, not ours.
 */
const disabled = { "label-content-name-mismatch": { enabled: false } };

interface Axe {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
}

/** axe's violations (WCAG 2.1 A and AA, best practices) inside `selector` (default: the page), as "id: target" lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!axeSource) throw new Error("axe-core is not installed");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ context, rules }) => {
      const axe = (window as unknown as { axe: Axe }).axe;
      const result = await axe.run(context ?? document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        rules,
      });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
    },
    { context: selector ?? null, rules: disabled },
  );
}
