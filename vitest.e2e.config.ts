import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Browser tests: real Chromium against the built site in dist/. Run after `npm run build`.
 * One served site and one Chromium for all files (test/e2e/setup.ts), three files at a time on the
 * 2-core machine this runs on: a file keeps about three quarters of a core busy (the rest of its
 * time it waits: for the network to go quiet, a frame, a time limit, Lighthouse's quiet windows), so
 * two files left about a quarter of the machine idle; with three, the whole run took 351–363 s
 * instead of 461 s. Four were not faster (485 s in one run, beside other work) and left a test that
 * presses keys faster than a figure's input settles too slow to see a draft.
 * The time limits stop a test that hangs; they are not speed budgets (bench/ measures speed): on a
 * busy machine a renderer gets a slice of a core, and a page that reaches the state a test waits for
 * in 100 ms alone can take seconds there.
 *
 * The longest files start first, so that the last ones to end are short and no worker waits long
 * for the others at the end (`LongestFirst` below).
 */

/**
 * Seconds each of the longer files took in a full run of `npm test` on the 2-core machine, three
 * files at a time. vitest orders files by how long they took in its last run (its cache in
 * node_modules/.vite), and with no cache, as on CI's fresh install, by file size, largest first: that
 * put audit.test.ts, the longest file and one of the smallest, last, and one worker idled for two
 * minutes at the end. Only the order
 * depends on these numbers; a file not listed counts as short. Refresh them when a file's time changes
 * much (the JSON report of `npm test`, .tmp/e2e.json).
 */
const expectedSeconds: Record<string, number> = {
  "audit.test.ts": 156,
  "a11y.test.ts": 106,
  "editor.test.ts": 102,
  "layout-shift.test.ts": 90,
  "steady-figures.test.ts": 81,
  "budget.test.ts": 66,
  "basics-figures.test.ts": 45,
  "drawing-files.test.ts": 40,
  "smoke.test.ts": 41,
  "islands.test.ts": 40,
  "phone-figures.test.ts": 37,
  "islands-width.test.ts": 37,
  "lazy-render.test.ts": 36,
  "typography.test.ts": 36,
  "theory.test.ts": 34,
  "own-data.test.ts": 33,
  "playground-layout.test.ts": 23,
  "sandbox.test.ts": 23,
  "deferred-fields.test.ts": 23,
  "opening.test.ts": 21,
  "search.test.ts": 18,
  "editor-caption.test.ts": 15,
  "chapter.test.ts": 14,
  "offline.test.ts": 13,
  "toc.test.ts": 13,
  "loss.test.ts": 13,
  "legends.test.ts": 11,
};

/** Files that failed last time first (vitest's own rule), then the longest first: last run's time, else `expectedSeconds`. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec);
    const ms = (spec: TestSpecification) =>
      last(spec)?.duration ?? 1000 * (expectedSeconds[spec.moduleId.split("/").pop() ?? ""] ?? 0);
    return [...files].sort(
      (a, b) => Number(last(b)?.failed ?? false) - Number(last(a)?.failed ?? false) || ms(b) - ms(a),
    );
  }
}

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/setup.ts"],
    environment: "node",
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
