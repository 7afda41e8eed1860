import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "server",
    environment: "node",
    include: ["src/**/*.test.ts"],
    // PGlite takes seconds to start and each file opens its own database per lane.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
