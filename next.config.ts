import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets two builds of one checkout live side by side (a test server and a bench run).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite loads its WebAssembly and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Migrations are read at run time (the embedded database migrates itself; /api/ready counts them).
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
