import { defineConfig } from "vitest/config";

/**
 * Browser tests: real Chromium against the built site in dist/. Run after `npm run build`.
 * One served site and one Chromium for all files (test/e2e/setup.ts).
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 3,
  },
});
