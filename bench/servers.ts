// Starting and stopping the processes the benchmark measures. Each runs in its
// own process group (detached) so that Ctrl-C in the terminal reaches only
// the benchmark, which then stops them itself, and so that stopping one also
// stops anything it forked. They are stopped by the PID recorded here.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";

export type Server = {
  name: string;
  pid: number;
  baseUrl: string;
  /** The last lines it printed, shown when it fails. */
  output: () => string;
  stop: () => Promise<void>;
  /** Synchronous last resort for process "exit". */
  killNow: () => void;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone: nothing left to stop.
  }
}

export function startServer(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  baseUrl: string,
  cwd?: string,
): Server {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    pid: child.pid,
    baseUrl,
    output: () => lines.join("\n"),
    killNow: () => signalGroup(child, "SIGKILL"),
    stop: async () => {
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 5_000);
      if (child.exitCode === null && child.signalCode === null) await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `path` until it answers 200; fails early if the server dies. */
export async function waitUntilUp(server: Server, path: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${server.baseUrl}${path}`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    try {
      process.kill(server.pid, 0);
    } catch {
      throw new Error(`${server.name} exited before answering ${path}:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${server.name} did not answer ${path} within ${timeoutMs} ms:\n${server.output()}`);
}

/** Runs a command to completion (the build), its output on our stderr so stdout stays the report. */
export function runToEnd(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", 2, 2] });
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export type BenchServers = { app: Server; appUncached: Server; floor: Server };

/**
 * The app as shipped, the app with its read cache off, and the floor, all on
 * one database. `track` registers each for cleanup as soon as it is spawned.
 */
export async function startBenchServers(params: {
  databaseUrl: string;
  appDir: string;
  nextBin: string;
  floorScript: string;
  track: (server: Server) => Server;
}): Promise<BenchServers> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: params.databaseUrl,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    // Production refuses to start without a session secret: a throwaway one per run.
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
    AUTH_TRUST_HOST: "true",
    // All bench traffic comes from one address, over the write limit (120/min per
    // guest address) within a second. The limiter still runs on every request.
    RATE_LIMIT_WRITES: "100000000/1m",
    // Live updates are rolled out to half of the users: the propagation run needs them.
    FLAG_OVERRIDES: "real_time_sync=on",
  };
  const next = async (name: string, extra: Record<string, string>) => {
    const port = await freePort();
    const args = ["start", params.appDir, "-p", String(port), "-H", "127.0.0.1"];
    const url = `http://127.0.0.1:${port}`;
    return params.track(startServer(name, params.nextBin, args, { ...env, ...extra }, url, params.appDir));
  };
  const app = await next("next start", {});
  const appUncached = await next("next start (uncached)", { CACHE_TTL_SECONDS: "0" });
  const floorPort = await freePort();
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  const floorArgs = ["--import", "tsx", params.floorScript];
  const floorEnv = { ...env, PORT: String(floorPort) };
  const floor = params.track(startServer("floor", process.execPath, floorArgs, floorEnv, floorUrl));
  await Promise.all([
    waitUntilUp(app, "/api/health"),
    waitUntilUp(appUncached, "/api/health"),
    waitUntilUp(floor, "/health"),
  ]);
  return { app, appUncached, floor };
}
