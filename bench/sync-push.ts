// Time to push an offline outbox of 1,000 queued mutations: batches of the
// client's size go through applySyncBatch and the pull that follows each
// (what POST /api/sync does, minus HTTP), on a fresh PostgreSQL database.
//
//   npx tsx bench/sync-push.ts      (BENCH_DATABASE_URL or TEST_DATABASE_URL
//       name the local server; default postgres://postgres@127.0.0.1:5432/postgres)
//
// db/queries start with `import "server-only"`, which throws outside a
// react-server environment, so the measuring runs in a child process
// started with that export condition; runSyncPushBench() works the same
// whether imported (by bench/run.ts) or run by itself.
import { execFile } from "node:child_process";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type SyncPushResult = { mutations: number; ms: number; perSecond: number };

export const OUTBOX_SIZE = 1000;
export const BATCH_SIZE = 100;
const CHILD_FLAG = "--measure";
const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), "..");

export function runSyncPushBench(): Promise<SyncPushResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", self, CHILD_FLAG],
      { cwd: root, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`sync push bench failed: ${stderr || error.message}`));
        const line = stdout.trim().split("\n").at(-1) ?? "";
        try {
          resolve(JSON.parse(line) as SyncPushResult);
        } catch {
          reject(new Error(`sync push bench printed no result: ${stdout}`));
        }
      },
    );
  });
}

/** A day offline: todos added, then edited, completed, reopened and deleted, ten commands at a time. */
async function outbox() {
  const { syncCommand } = await import("../lib/sync/protocol");
  const commands = [];
  const id = () => crypto.randomUUID();
  for (let round = 0; commands.length < OUTBOX_SIZE; round++) {
    const todos = [id(), id(), id(), id()];
    const [a = "", b = "", c = "", d = ""] = todos;
    commands.push(
      ...todos.map((todoId, i) => ({ type: "todo_add", args: { id: todoId, title: `Task ${round}.${i}` } })),
      { type: "todo_update", args: { id: a, patch: { title: `Task ${round} renamed` } } },
      { type: "todo_update", args: { id: b, patch: { priority: "high" } } },
      { type: "todo_update", args: { id: c, patch: { notes: "from the train", tags: ["errand"] } } },
      { type: "todo_complete", args: { id: a } },
      { type: "todo_uncomplete", args: { id: a }, clientTime: new Date().toISOString() },
      { type: "todo_delete", args: { id: d } },
    );
  }
  return commands.slice(0, OUTBOX_SIZE).map((c) => syncCommand.parse({ uuid: id(), ...c }));
}

/**
 * rrule ships a UMD bundle as "main", whose named exports plain Node ESM
 * cannot see (Next and Vitest bundle it). The child maps "rrule" to a
 * module that re-exports the bundle's names.
 */
function shimRrule(): void {
  const bundle = pathToFileURL(path.join(root, "node_modules/rrule/dist/es5/rrule.js")).href;
  const shim = `data:text/javascript,${encodeURIComponent(
    `import m from ${JSON.stringify(bundle)}; export const { RRule, RRuleSet, rrulestr, Frequency } = m; export default m;`,
  )}`;
  const hooks = `export async function resolve(specifier, context, next) {
    return specifier === "rrule" ? { url: ${JSON.stringify(shim)}, shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

async function measure(): Promise<SyncPushResult> {
  shimRrule();
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const { createTestDatabase } = await import("../tests/support/test-database");
  const { connect } = await import("../lib/db/connect");
  const { MIGRATIONS_FOLDER } = await import("../lib/db/migrations");
  const { users } = await import("../db/schema");
  const { provisionUser } = await import("../db/queries/users");
  const { applySyncBatch, getChangesSince } = await import("../db/queries/sync");

  const base =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createTestDatabase(base, "vt_bench_sync");
  const handle = await connect({ driver: "postgres", url: database.url, poolMax: 5 });
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator takes the driver's own database type
    await migrate(handle.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
    const db = handle.db;
    const [user] = await db.insert(users).values({ name: "Bench" }).returning({ id: users.id });
    if (!user) throw new Error("no user");
    await provisionUser(db, user.id);
    const commands = await outbox();
    // The connection pool and the statement plans warm up on a pull, as a device's first sync would.
    let token = (await getChangesSince(db, { userId: user.id, token: null })).syncToken;

    const started = performance.now();
    for (let i = 0; i < commands.length; i += BATCH_SIZE) {
      const request = { syncToken: token, commands: commands.slice(i, i + BATCH_SIZE) };
      const { syncStatus } = await applySyncBatch(db, {
        userId: user.id,
        request,
        timeZone: "UTC",
        recurrenceBasis: "due",
      });
      const failed = Object.values(syncStatus).filter((s) => s !== "ok");
      if (failed.length > 0) throw new Error(`commands failed: ${JSON.stringify(failed.slice(0, 3))}`);
      token = (await getChangesSince(db, { userId: user.id, token })).syncToken;
    }
    const ms = performance.now() - started;
    return {
      mutations: commands.length,
      ms: Math.round(ms),
      perSecond: Math.round((commands.length / ms) * 1000),
    };
  } finally {
    await handle.close();
    await database.drop();
  }
}

if (process.argv[1] === self) {
  if (process.argv.includes(CHILD_FLAG)) {
    measure().then(
      (result) => console.log(JSON.stringify(result)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else {
    runSyncPushBench().then(
      (r) =>
        console.log(
          `sync push: ${r.mutations} mutations in batches of ${BATCH_SIZE}: ${r.ms} ms (${r.perSecond}/s)`,
        ),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  }
}
