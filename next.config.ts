import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Lets two builds of one checkout live side by side (a test server and a bench run).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The self-contained server for Docker and Kubernetes (node <distDir>/standalone/server.js).
  // Opt-in: `next start` (the browser tests, `npm start`) is not meant to serve standalone builds.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // PGlite loads its WebAssembly and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Migrations are read at run time (the embedded database migrates itself; /api/ready counts them).
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  // Builds type-check. Only the standalone test build skips it (NEXT_BUILD_SKIP_TYPECHECK=1):
  // it runs after `npm run typecheck` in the same `npm test`, so checking again would double the time.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ dev: process.env.NODE_ENV === "development" }) }];
  },
};

export default nextConfig;
