import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "@/db/schema";

/** The database as the rest of the code sees it, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
/** Queries take either: a caller that already holds a transaction passes it. */
export type DbOrTx = Db | Tx;

export type DbDriver = "pglite" | "postgres" | "neon";

export interface DbHandle {
  db: Db;
  driver: DbDriver;
  /** Runs `select 1`-style liveness through the driver. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
