import { env } from "@/lib/env";
import { chooseDbTarget, connect } from "./connect";
import type { Db, DbHandle } from "./types";

export type { Db, DbOrTx, Tx } from "./types";

// One handle per process. Kept on globalThis so that dev-mode module reloads
// do not open a second PGlite on the same folder (which silently loses writes).
const holder = globalThis as unknown as { __voiceTodoDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  holder.__voiceTodoDb ??= connect(chooseDbTarget(env())).catch((error: unknown) => {
    holder.__voiceTodoDb = undefined;
    throw error;
  });
  return holder.__voiceTodoDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
