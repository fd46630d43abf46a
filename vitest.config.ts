import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "db/**/*.test.ts",
      "tests/integration/**/*.test.ts",
    ],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM
    // loader refuses; let Vite resolve it instead.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
