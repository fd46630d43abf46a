import { type ChildProcess, type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MIGRATIONS_FOLDER } from "@/lib/db/migrations";
import { smoke } from "../../scripts/smoke";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Self-hosting beyond one machine, as far as this machine can show it without
// Docker: the standalone server the Dockerfile ships (`node server.js`),
// started twice on two ports against one PostgreSQL and one Redis, serves one
// user consistently (session, data, cache, real-time events across processes)
// and passes the deploy smoke test.
//
// It builds once per run (NEXT_OUTPUT=standalone into .next-deploy, beside the
// browser tests' .next): about a minute on CI, and it tests the very output
// that is deployed rather than whatever build happens to lie around.

const BASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const DIST = ".next-deploy";
const STANDALONE = path.join(DIST, "standalone");
const PORTS = [3210, 3211] as const;

async function servicesUp(): Promise<boolean> {
  const probe = postgres(BASE_URL, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
  const redis = new URL(REDIS_URL);
  const { createConnection } = await import("node:net");
  return new Promise((resolve) => {
    const socket = createConnection({ host: redis.hostname, port: Number(redis.port || 6379) });
    socket.setTimeout(2000);
    socket.once("connect", () => resolve(socket.end() && true));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => resolve(socket.destroy() && false));
  });
}

const available = await servicesUp();
let database: TestDatabase | undefined;
const servers: ChildProcess[] = [];

function build(): void {
  rmSync(DIST, { recursive: true, force: true });
  // `next build` adds <distDir>/types to tsconfig.json's include (and reformats it):
  // a test must not edit the repository, so the file is put back as it was.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  let result: SpawnSyncReturns<string>;
  try {
    result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        NEXT_OUTPUT: "standalone",
        NEXT_TELEMETRY_DISABLED: "1",
        // `npm test` type-checks before this runs (next.config.ts).
        NEXT_BUILD_SKIP_TYPECHECK: "1",
      },
      encoding: "utf8",
    });
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
  if (result.status !== 0)
    throw new Error(`next build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  // Next leaves the static assets and public/ for the deployer to copy (the Dockerfile does the same).
  cpSync(path.join(DIST, "static"), path.join(STANDALONE, DIST, "static"), { recursive: true });
  if (existsSync("public")) cpSync("public", path.join(STANDALONE, "public"), { recursive: true });
}

async function start(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(STANDALONE, "server.js")], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.push(child);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} did not answer /api/health in 30 s`);
}

beforeAll(async () => {
  if (!available) return;
  build();
  database = await createTestDatabase(BASE_URL, "vt_two_processes");
  const client = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end();
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    REDIS_URL,
    // One secret for both: a session signed by one process must be read by the other.
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_TRUST_HOST: "true",
    RATE_LIMIT_SIGNUP: "1000/1m",
    RATE_LIMIT_AUTH: "1000/1m",
    RATE_LIMIT_WRITES: "5000/1m",
    LOG_LEVEL: "warn",
    // The built-in stream is behind a partial rollout (lib/flags/bootstrap.json): on for this user.
    FLAG_OVERRIDES: "real_time_sync=on",
  };
  await Promise.all(PORTS.map((port) => start(port, env)));
}, 600_000);

afterAll(async () => {
  await Promise.all(
    servers.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await database?.drop();
}, 60_000);

const url = (port: number, p: string) => `http://127.0.0.1:${port}${p}`;

/** The cookies a response sets, as one Cookie header (name=value pairs only). */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}

/** Reads an SSE body until an event of that type for that id arrives, or fails after the timeout. */
async function waitForEvent(
  body: ReadableStream<Uint8Array>,
  type: string,
  id: string,
  timeoutMs: number,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`stream ended without ${type} for ${id}; got:\n${text}`);
      text += decoder.decode(value, { stream: true });
      for (const block of text.split("\n\n")) {
        if (block.includes(`event: ${type}`) && block.includes(id)) return;
      }
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
}

describe.skipIf(!available)("two standalone server processes share PostgreSQL and Redis", () => {
  const [a, b] = PORTS;

  test("one user: signed up on A, served on B, with B's stream hearing A's change", async () => {
    const email = `two-${randomBytes(4).toString("hex")}@example.test`;
    const signup = await fetch(url(a, "/api/signup"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: `Pw-${randomBytes(16).toString("hex")}`, name: "Two" }),
    });
    expect(signup.status, await signup.clone().text()).toBe(201);
    const cookie = cookieHeader(signup);
    expect(cookie).toMatch(/authjs\.session-token=/);
    const headers = { cookie, "content-type": "application/json" };

    const stream = await fetch(url(b, "/api/realtime/stream"), { headers: { cookie } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/text\/event-stream/);
    if (!stream.body) throw new Error("no stream body");

    const created = await fetch(url(a, "/api/todos"), {
      method: "POST",
      headers,
      body: JSON.stringify({ title: "made on A" }),
    });
    expect(created.status).toBe(201);
    const { todo } = (await created.json()) as { todo: { id: string } };
    await waitForEvent(stream.body, "todo_created", todo.id, 10_000);

    const read = await fetch(url(b, `/api/todos/${todo.id}`), { headers });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { todo: { title: string } }).todo.title).toBe("made on A");

    // A write on B is seen by A's next list read: no stale per-process or Redis cache.
    const listOnA = async () =>
      ((await (await fetch(url(a, "/api/todos"), { headers })).json()) as { todos: { id: string }[] }).todos;
    expect((await listOnA()).map((t) => t.id)).toContain(todo.id);
    expect((await fetch(url(b, `/api/todos/${todo.id}`), { method: "DELETE", headers })).status).toBe(200);
    expect((await listOnA()).map((t) => t.id)).not.toContain(todo.id);
  });

  test("the standalone server passes the deploy smoke test", async () => {
    const steps = await smoke(url(a, ""), { log: () => {} });
    expect(steps.map((s) => s.name)).toContain("delete account");
  });

  test("security headers, CSP included, are on pages and API answers", async () => {
    for (const p of ["/", "/api/health"]) {
      const response = await fetch(url(b, p), { redirect: "manual" });
      expect(response.headers.get("content-security-policy")).toMatch(/object-src 'none'/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});
