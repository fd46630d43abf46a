// A real Unleash server for tests: installed on demand from npm into a
// git-ignored folder, started (as its own process) against a PostgreSQL
// database the caller owns, with an admin and a client token made at start.
// Run directly (tsx scripts/unleash-test-server.ts) it serves on a new
// database of TEST_DATABASE_URL's server until Ctrl-C.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const UNLEASH_SERVER_VERSION = "8.2.0";
const INSTALL_DIR = path.resolve(".data", "unleash-server");
const SERVER_JS = path.join(INSTALL_DIR, "node_modules", "unleash-server", "dist", "server.js");

export type UnleashTestServer = {
  /** The API address, as UNLEASH_URL takes it. */
  url: string;
  adminToken: string;
  /** A backend (client) token for the "default" project's "development" environment. */
  clientToken: string;
  project: string;
  environment: string;
  pid: number | undefined;
  stop: () => Promise<void>;
};

/**
 * npm install on first use (about 45 s). None of its packages' install scripts
 * are needed (husky, telemetry, optional native ssh2 builds), and npm 11 skips them.
 */
export function ensureUnleashServer(): string {
  if (existsSync(SERVER_JS)) return SERVER_JS;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const args = [
    "install",
    "--prefix",
    INSTALL_DIR,
    `unleash-server@${UNLEASH_SERVER_VERSION}`,
    "--no-audit",
    "--no-fund",
  ];
  const result = spawnSync(npm, args, { stdio: "inherit" });
  if (result.status !== 0 || !existsSync(SERVER_JS)) {
    throw new Error(`npm ${args.join(" ")} failed (status ${result.status})`);
  }
  return SERVER_JS;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  base: string,
  child: ChildProcess,
  output: () => string,
  ms: number,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`unleash-server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`unleash-server did not become healthy in ${ms} ms:\n${output()}`);
}

export async function startUnleashTestServer(options: { databaseUrl: string }): Promise<UnleashTestServer> {
  const serverJs = ensureUnleashServer();
  const port = await freePort();
  const project = "default";
  const environment = "development";
  const adminToken = `*:*.${randomBytes(16).toString("hex")}`;
  const clientToken = `${project}:${environment}.${randomBytes(16).toString("hex")}`;
  // Only what Unleash needs: the app's own variables (DATABASE_URL, UNLEASH_URL) must not leak in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    DATABASE_SSL: "false",
    HTTP_PORT: String(port),
    CHECK_VERSION: "false",
    SEND_TELEMETRY: "false",
    LOG_LEVEL: "warn",
    INIT_ADMIN_API_TOKENS: adminToken,
    INIT_BACKEND_API_TOKENS: clientToken,
  };
  const child = spawn(process.execPath, [serverJs], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(base, child, () => output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${base}/api`, adminToken, clientToken, project, environment, pid: child.pid, stop };
}

export type StrategyInput = {
  rollout: number;
  constraints?: { contextName: string; operator: string; values: string[] }[];
};

/** Creates a flag in the project with its strategies, switched on in the environment. */
export async function createUnleashFlag(
  server: UnleashTestServer,
  flag: { name: string; strategies: StrategyInput[] },
): Promise<void> {
  const admin = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}/admin${route}`, {
      method,
      headers: { authorization: server.adminToken, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  };
  const feature = `/projects/${server.project}/features/${flag.name}`;
  await admin("POST", `/projects/${server.project}/features`, { name: flag.name, type: "release" });
  for (const s of flag.strategies) {
    await admin("POST", `${feature}/environments/${server.environment}/strategies`, {
      name: "flexibleRollout",
      parameters: { rollout: String(s.rollout), stickiness: "default", groupId: flag.name },
      constraints: (s.constraints ?? []).map((c) => ({ ...c, inverted: false, caseInsensitive: false })),
    });
  }
  await admin("POST", `${feature}/environments/${server.environment}/on`);
}

/** Registers a custom context field (constraints on it need it to exist). */
export async function createUnleashContextField(server: UnleashTestServer, name: string): Promise<void> {
  const response = await fetch(`${server.url}/admin/context`, {
    method: "POST",
    headers: { authorization: server.adminToken, "content-type": "application/json" },
    body: JSON.stringify({ name, description: "The user's cohorts, comma-separated", stickiness: false }),
  });
  if (!response.ok && response.status !== 409) {
    throw new Error(`POST /admin/context: ${response.status} ${await response.text()}`);
  }
}

async function main() {
  const { createTestDatabase } = await import("../tests/support/test-database");
  const database = await createTestDatabase(
    process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    "vt_unleash",
  );
  const server = await startUnleashTestServer({ databaseUrl: database.url });
  console.log(
    JSON.stringify({ url: server.url, adminToken: server.adminToken, clientToken: server.clientToken }),
  );
  const finish = async () => {
    await server.stop();
    await database.drop();
    process.exit(0);
  };
  process.on("SIGINT", finish);
  process.on("SIGTERM", finish);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/unleash-test-server.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
