import { defineConfig } from "drizzle-kit";

// Generates SQL migrations into the top-level migrations/ folder; they are committed and applied at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "../migrations",
  casing: "snake_case",
});
