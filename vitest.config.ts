import { defineConfig } from "vitest/config";

// One run over every package; each package has its own project config next to its code.
export default defineConfig({
  test: {
    projects: ["shared", "dfe", "seed", "server", "server/vitest.e2e.config.ts", "client"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
