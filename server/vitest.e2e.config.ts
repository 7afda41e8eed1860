import { defineProject } from "vitest/config";

// Browser tests: the built client served by the real server, driven in headless Chromium.
export default defineProject({
  test: {
    name: "e2e",
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 60_000,
    // One browser and one server at a time: on two cores, parallel Chromiums starve each other.
    fileParallelism: false,
    hookTimeout: 120_000,
  },
});
