import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Migrations are read at run time (the embedded database migrates itself; /api/ready counts them).
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
