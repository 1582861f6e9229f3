import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
    // The limit stops a test that hangs; it is not a speed budget (bench/ measures speed). In
    // `npm test` the unit tests run at a lower CPU priority beside the build and the browser tests
    // (scripts/test.ts), and on the 2-core machine tests that take 1–3 s alone took 6–15 s there,
    // over vitest's default 5 s.
    testTimeout: 30_000,
  },
});
