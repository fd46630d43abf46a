// The server Playwright tests run against: `next start` on its own fresh
// database (a new database on TEST_DATABASE_URL's server, or an embedded one
// in a temporary folder), cleaned up when Playwright stops it.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";
import { E2E_ADMIN_EMAIL } from "./e2e-admin";

const port = process.env.E2E_PORT ?? "3100";
const next = path.join("node_modules", ".bin", "next");

async function main() {
  if (!process.env.E2E_SKIP_BUILD || !existsSync(".next/BUILD_ID")) {
    const build = spawnSync(next, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: port,
    NODE_ENV: "production",
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
    // Every browser test signs up from 127.0.0.1: real per-address limits would refuse the suite.
    // The limits themselves are tested in tests/integration/rate-limits.test.ts.
    RATE_LIMIT_SIGNUP: process.env.RATE_LIMIT_SIGNUP ?? "1000/1m",
    RATE_LIMIT_AUTH: process.env.RATE_LIMIT_AUTH ?? "1000/1m",
    RATE_LIMIT_WRITES: process.env.RATE_LIMIT_WRITES ?? "5000/1m",
    RATE_LIMIT_VOICE: process.env.RATE_LIMIT_VOICE ?? "5000/1m",
    RATE_LIMIT_MIGRATION: process.env.RATE_LIMIT_MIGRATION ?? "1000/1m",
    // Live updates reach half of the users outside the beta; the browser tests of sync need them on.
    FLAG_OVERRIDES: process.env.FLAG_OVERRIDES ?? "real_time_sync=on",
    ADMIN_EMAILS: E2E_ADMIN_EMAIL,
  };
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase(process.env.TEST_DATABASE_URL, "vt_e2e");
    env.DATABASE_URL = database.url;
    const { migrateServerDatabase } = await import("./db-migrate");
    process.env.DATABASE_URL = database.url;
    await migrateServerDatabase();
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), "vt-e2e-"));
    env.DATA_DIR = dataDir;
    delete env.DATABASE_URL;
  }
  const server = spawn(next, ["start", "-p", port], { stdio: "inherit", env });
  const cleanup = async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", cleanup);
  process.on("SIGINT", cleanup);
  server.on("exit", (code) => {
    if (code !== null && code !== 0) process.exit(code);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
