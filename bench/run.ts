// npm run bench - HTTP load benchmark of the todo API against `next start` on a
// real PostgreSQL, next to a bare node:http floor doing the same SQL through
// the same driver (bench/floor-server.ts). The app runs twice: as shipped (list
// reads cached in process) and with CACHE_TTL_SECONDS=0, the floor's equal.
// Prints a table and writes bench/results/http.json. Exit code 0 whenever it
// ran, targets met or not; 1 when the run failed. The servers get a throwaway
// AUTH_SECRET and a write rate limit they never reach (bench/servers.ts).
//
// Environment:
//   BENCH_DATABASE_URL or TEST_DATABASE_URL   local PostgreSQL server to create
//       a throwaway database on (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_DURATION  seconds measured per run (default 10); BENCH_WARMUP  seconds
//       of unmeasured load before each run (default 2)
//   BENCH_BACKGROUND_USERS  other guests with 50 todos each (default 1000)
//   BENCH_BUILD=1   run `next build` first. By default the existing .next build
//       is reused and only built when missing: .next is shared with whoever runs
//       `next start` or the e2e server from this folder, and rebuilding it under
//       them breaks them. A build older than the sources is reported as stale.
//       The build is served from a private copy (bench/snapshot.ts), so that
//       a rebuild by someone else during the run cannot break it.
//   DATABASE_POOL_MAX  passed to both servers (the app's default is 10)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newGuestToken } from "../lib/auth/guest-token";
import { assertLocal, createTestDatabase } from "../tests/support/test-database";
import { createRequest, listIds, listRequest } from "./api";
import { runLoad } from "./load";
import { runPropagationBench } from "./propagation";
import {
  checks,
  checksTable,
  machine,
  type Run,
  ratios,
  ratiosTable,
  runsTable,
  type Target,
} from "./report";
import { describeParse, parseSection, prepareBuild } from "./sections";
import { analyze, BACKGROUND_TODOS, seedDatabase, withDatabase } from "./seed";
import { type Server, startBenchServers } from "./servers";
import { snapshotBuild } from "./snapshot";
import { runSyncPushBench } from "./sync-push";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const RESULTS = path.join(ROOT, "bench", "results", "http.json");
const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const CONNECTIONS = [1, 10, 50];
const LISTED_TODOS = 50;

function numberFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max) throw new Error(`${name} must be 0-${max}`);
  return value;
}

// Cleanup steps run newest first, once, on success, failure or Ctrl-C.
const cleanups: (() => Promise<void>)[] = [];
const servers: Server[] = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.splice(0).reverse()) {
      await step().catch((error: unknown) => console.error("cleanup step failed:", error));
    }
  })();
  return cleaning;
}
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the bench database`);
    cleanup().finally(() => process.exit(code));
  });
}
// If the process ends without the async cleanup (an uncaught throw), at least no server outlives it.
process.on("exit", () => {
  for (const s of servers) s.killNow();
});

function track(server: Server): Server {
  servers.push(server);
  cleanups.push(() => server.stop());
  return server;
}

async function main(): Promise<number> {
  process.chdir(ROOT); // migrations and `next start` resolve from the project root
  const startedAt = new Date();
  const durationS = numberFromEnv("BENCH_DURATION", 10, 120);
  const warmupS = numberFromEnv("BENCH_WARMUP", 2, 120);
  const backgroundUsers = Math.round(numberFromEnv("BENCH_BACKGROUND_USERS", 1000, 20_000));
  const baseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_DATABASE_URL;
  assertLocal(baseUrl);
  const host = machine();
  const prepared = await prepareBuild(ROOT, NEXT);
  const snapshot = snapshotBuild(ROOT);
  cleanups.push(async () => snapshot.remove());
  const build = { ...prepared, buildId: snapshot.buildId };
  if (build.staleAgainstSources) {
    console.error(`note: .next (built ${build.builtAt}) is older than some sources; BENCH_BUILD=1 rebuilds`);
  }

  const database = await createTestDatabase(baseUrl, "vt_bench");
  cleanups.push(() => database.drop());
  process.env.DATABASE_URL = database.url;
  const { migrateServerDatabase } = await import("../scripts/db-migrate");
  await migrateServerDatabase();
  const { app, appUncached, floor } = await startBenchServers({
    databaseUrl: database.url,
    appDir: snapshot.dir,
    nextBin: NEXT,
    floorScript: path.join(ROOT, "bench", "floor-server.ts"),
    track,
  });

  // One guest with exactly 50 open todos, listed by all three servers; creates rotate over the others.
  console.error(`seeding ${backgroundUsers} guests with ${BACKGROUND_TODOS} todos each...`);
  const listToken = newGuestToken();
  const seeded = await seedDatabase({
    databaseUrl: database.url,
    appUrl: app.baseUrl,
    backgroundUsers,
    listToken,
    listedTodos: LISTED_TODOS,
  });
  const creators = seeded.backgroundTokens.length > 0 ? seeded.backgroundTokens : [listToken];
  const verifyList = async (when: string) => {
    const lists = await Promise.all([app, appUncached, floor].map((s) => listIds(s.baseUrl, listToken, 500)));
    const [first, ...others] = lists.map((ids) => ids.join());
    if (lists[0]?.length !== LISTED_TODOS || others.some((ids) => ids !== first)) {
      const counts = lists.map((ids) => ids.length).join(", ");
      throw new Error(`${when}: app, uncached app and floor listed ${counts} todos (or in another order)`);
    }
  };
  await verifyList("before the load");

  const runs: Run[] = [];
  for (const connections of CONNECTIONS) {
    for (const scenario of ["list", "create"] as const) {
      // The read cache only matters to the list: creates run on the app as shipped.
      const targets: [Target, Server][] = [
        ["app", app],
        ["floor", floor],
      ];
      if (scenario === "list") targets.splice(1, 0, ["app-uncached", appUncached]);
      for (const [target, server] of targets) {
        // Creates grow the table between runs: keep the planner's statistics current.
        await withDatabase(database.url, analyze);
        const request =
          scenario === "list"
            ? listRequest(server.baseUrl, listToken, LISTED_TODOS)
            : createRequest(server.baseUrl, creators);
        if (warmupS > 0) await runLoad(request, connections, warmupS);
        const stats = await runLoad(request, connections, durationS, server.pid);
        runs.push({ target, scenario, ...stats });
        const summary = `p95 ${stats.p95.toFixed(1)} ms, ${stats.rps.toFixed(0)} req/s`;
        console.error(`${target} ${scenario} x${connections}: ${summary}`);
      }
    }
  }
  await verifyList("after the load");
  // Sync: a change on one device appearing on another, and pushing a long outbox.
  console.error("propagation: 100 changes between two browser contexts...");
  const propagation = await runPropagationBench(app.baseUrl).catch((error: unknown) => ({
    error: String(error),
  }));
  console.error("sync push: an outbox of 1,000 mutations...");
  const syncPush = await runSyncPushBench().catch((error: unknown) => ({ error: String(error) }));
  const todoRowsAtEnd = await withDatabase(database.url, async (sql) => {
    const [row] = await sql`select count(*)::int as n from todos`;
    return Number(row?.n ?? 0);
  });
  await Promise.all([app.stop(), floor.stop()]);

  // Parse latency is CPU-bound: measured after the servers have stopped.
  const parse = await parseSection(ROOT);
  // Other work on this machine (builds, browsers) skews the numbers: the load average tells.
  const loadAverageAtEnd = machine().loadAverageAtStart;
  const ratioList = ratios(runs);
  const checkList = checks(runs);
  const allMet = checkList.every((c) => c.pass);
  const report = {
    startedAt: startedAt.toISOString(),
    totalSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: { ...host, loadAverageAtEnd },
    config: {
      durationS,
      warmupS,
      connections: CONNECTIONS,
      listedTodos: LISTED_TODOS,
      backgroundUsers,
      backgroundTodosPerUser: BACKGROUND_TODOS,
      databasePoolMax: process.env.DATABASE_POOL_MAX ?? "10 (app default)",
      cache: process.env.REDIS_URL || process.env.UPSTASH_REDIS_REST_URL ? "redis" : "memory (in process)",
      rateLimitWrites: "100000000/1m (the limiter runs, never refuses)",
      database: database.name,
    },
    data: { todoRowsBeforeLoad: seeded.todoRows, todoRowsAtEnd },
    build,
    runs,
    ratios: ratioList,
    checks: checkList,
    allTargetsMet: allMet,
    parse,
    propagation,
    syncPush,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);

  const cpu = `${host.cpuModel} x${host.cpuCount}, ${host.totalMemoryGiB} GiB`;
  console.log(
    `\nMachine: ${cpu}, Node ${host.node}, ${host.os}, load ${host.loadAverageAtStart.join(" ")} -> ${loadAverageAtEnd.join(" ")}`,
  );
  console.log(`Build ${build.buildId} of ${build.builtAt}${build.staleAgainstSources ? " (STALE)" : ""}`);
  console.log(
    `${durationS} s per run after ${warmupS} s warm-up; list = GET /api/todos?limit=50 of a guest with 50;` +
      ` todos table ${seeded.todoRows} rows before the load, ${todoRowsAtEnd} after\n`,
  );
  if ((host.loadAverageAtStart[0] ?? 0) > 1 || (loadAverageAtEnd[0] ?? 0) > 4) {
    console.log(
      "WARNING: other work was running on this machine (load average): latencies are pessimistic\n",
    );
  }
  console.log(runsTable(runs));
  console.log(`\nApp / floor (latency: how many times slower; req/s: share of the floor's)\n`);
  console.log(ratiosTable(ratioList));
  console.log(`\nTargets (app)\n`);
  console.log(checksTable(checkList));
  console.log(allMet ? "\nAll targets met." : "\nMISSED: at least one target (see above).");
  console.log(`\nVoice parse latency (in process): ${describeParse(parse)}`);
  console.log(
    "error" in propagation
      ? `\nReal-time propagation failed: ${propagation.error}`
      : `\nReal-time propagation (built-in SSE), ${propagation.n} changes: p50 ${propagation.p50.toFixed(0)} ms, p95 ${propagation.p95.toFixed(0)} ms, max ${propagation.max.toFixed(0)} ms`,
  );
  console.log(
    "error" in syncPush
      ? `Outbox push failed: ${syncPush.error}`
      : `Outbox of ${syncPush.mutations} mutations pushed through POST /api/sync in ${syncPush.ms.toFixed(0)} ms (${syncPush.perSecond.toFixed(0)}/s)`,
  );
  console.log(`\nWritten to ${path.relative(ROOT, RESULTS)}`);
  // A missed target is a result; a parse section that exists but fails is a broken run.
  return "error" in parse || "error" in propagation || "error" in syncPush ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error("benchmark failed:", error);
    for (const s of servers) console.error(`--- last output of ${s.name}:\n${s.output()}`);
    await cleanup();
    process.exit(1);
  });
