import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "dfe", environment: "node", include: ["src/**/*.test.ts"] },
});
