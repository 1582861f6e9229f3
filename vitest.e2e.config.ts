import { defineConfig } from "vitest/config";

/**
 * Browser tests: real Chromium against the built site in dist/. Run after `npm run build`.
 * One served site and one Chromium for all files (test/e2e/setup.ts), two files at a time (one per
 * core of the machine this runs on; a third made every page wait for the CPU, not the tests faster).
 * The time limits stop a test that hangs; they are not speed budgets (bench/ measures speed): on a
 * busy machine a renderer gets a slice of a core, and a page that reaches the state a test waits for
 * in 100 ms alone can take seconds there.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/setup.ts"],
    environment: "node",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
