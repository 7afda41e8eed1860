import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the Vite server proxies the API to the Fastify process on port 3000.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
  build: { outDir: "dist", sourcemap: "hidden" },
});
