import { defineConfig } from "vitest/config";

/**
 * Unit tests. `npm test` runs them at a low CPU priority beside the build and the browser tests
 * (scripts/test.ts), so on the 2-core machine they get what the browser tests leave:
 * - one worker goes on from file to file (`isolate: false`) instead of a fresh one for each file,
 *   which imported the same modules again 55 times (21 s alone → 12 s, half the CPU). No test here
 *   changes shared state it does not restore (one spy on console.warn, restored after each test).
 * - a test may take 30 s instead of vitest's 5: the limit stops a test that hangs, it is not a speed
 *   budget (a parity test that takes a fraction of a second alone took over 5 s there).
 */
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
    isolate: false,
    testTimeout: 30_000,
  },
});
