import { mkdirSync } from "node:fs";
import path from "node:path";
import * as schema from "@/db/schema";
import { MIGRATIONS_FOLDER } from "./migrations";
import type { Db, DbHandle } from "./types";

export type DbTarget =
  | { driver: "pglite"; dataDir: string } // a folder, or "memory://"
  | { driver: "postgres"; url: string; poolMax: number; prepare?: boolean }
  | { driver: "neon"; url: string };

/** Which database the environment asks for: the one place that decides. */
export function chooseDbTarget(env: {
  DATABASE_URL?: string;
  POSTGRES_URL?: string;
  DATA_DIR: string;
  DATABASE_POOL_MAX: number;
  DATABASE_PREPARE?: boolean;
}): DbTarget {
  if (env.DATABASE_URL) {
    return {
      driver: "postgres",
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      prepare: env.DATABASE_PREPARE,
    };
  }
  if (env.POSTGRES_URL) return { driver: "neon", url: env.POSTGRES_URL };
  // DATA_DIR=memory:// keeps the embedded database in memory (tests, throwaway demos).
  if (env.DATA_DIR.startsWith("memory://")) return { driver: "pglite", dataDir: "memory://" };
  return { driver: "pglite", dataDir: path.join(env.DATA_DIR, "pglite") };
}

export async function connect(target: DbTarget): Promise<DbHandle> {
  switch (target.driver) {
    case "pglite":
      return connectPglite(target.dataDir);
    case "postgres":
      return connectPostgres(target.url, target.poolMax, target.prepare ?? true);
    case "neon":
      return connectNeon(target.url);
  }
}

async function connectPglite(dataDir: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema });
  // The embedded database migrates itself: `npm run dev` needs no setup step.
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db: db as unknown as Db,
    driver: "pglite",
    ping: async () => {
      await client.query("select 1");
    },
    close: () => client.close(),
  };
}

async function connectPostgres(url: string, poolMax: number, prepare: boolean): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: poolMax, onnotice: () => {}, prepare });
  if (prepare) {
    // Drizzle asks postgres.js to prepare only named queries, so every other
    // query is described and planned again on each run (two round trips).
    // Our queries come in few shapes: let postgres.js keep one prepared
    // statement per shape and connection. DATABASE_PREPARE=false turns this
    // off for poolers that cannot keep prepared statements.
    const unsafe = client.unsafe.bind(client);
    client.unsafe = ((query: string, args?: unknown[], options?: object) =>
      unsafe(query, args as never, { ...options, prepare: true })) as typeof client.unsafe;
  }
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    driver: "postgres",
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function connectNeon(url: string): Promise<DbHandle> {
  const { Pool, neonConfig } = await import("@neondatabase/serverless");
  const { drizzle } = await import("drizzle-orm/neon-serverless");
  // Node 20 has no global WebSocket; Vercel's Node 22 runtime does.
  if (typeof WebSocket === "undefined") neonConfig.webSocketConstructor = (await import("ws")).default;
  const pool = new Pool({ connectionString: url });
  return {
    db: drizzle(pool, { schema }) as unknown as Db,
    driver: "neon",
    ping: async () => {
      await pool.query("select 1");
    },
    close: () => pool.end(),
  };
}
