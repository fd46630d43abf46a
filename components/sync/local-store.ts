import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { SyncCommand } from "@/lib/sync/protocol";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";

// IndexedDB: the confirmed rows, the outbox and the sync token. It survives
// reloads and browser restarts; every tab of the origin shares it.

export type OutboxEntry = {
  /** Insertion order: the order commands were made in, and are sent in. */
  seq?: number;
  command: SyncCommand;
  state: "waiting" | "failed";
  error?: { code: string; message: string };
  createdAt: string;
};

interface SyncDb extends DBSchema {
  todos: { key: string; value: TodoDto };
  lists: { key: string; value: ListDto };
  outbox: { key: number; value: OutboxEntry };
  meta: { key: string; value: { key: string; value: string | null } };
}

const DB_NAME = "voice-todo";

let opened: Promise<IDBPDatabase<SyncDb>> | undefined;

/** One database per signed-in user (or guest): switching accounts never mixes data. */
export function openLocalStore(userId: string): Promise<IDBPDatabase<SyncDb>> {
  opened ??= openDB<SyncDb>(`${DB_NAME}:${userId}`, 1, {
    upgrade(db) {
      db.createObjectStore("todos", { keyPath: "id" });
      db.createObjectStore("lists", { keyPath: "id" });
      db.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
      db.createObjectStore("meta", { keyPath: "key" });
    },
  });
  return opened;
}

export type LocalDb = IDBPDatabase<SyncDb>;

export type LocalSnapshot = {
  todos: TodoDto[];
  lists: ListDto[];
  outbox: OutboxEntry[];
  syncToken: string | null;
  lastSyncedAt: string | null;
};

export async function readSnapshot(db: IDBPDatabase<SyncDb>): Promise<LocalSnapshot> {
  const tx = db.transaction(["todos", "lists", "outbox", "meta"], "readonly");
  const [todos, lists, outbox, token, synced] = await Promise.all([
    tx.objectStore("todos").getAll(),
    tx.objectStore("lists").getAll(),
    tx.objectStore("outbox").getAll(),
    tx.objectStore("meta").get("syncToken"),
    tx.objectStore("meta").get("lastSyncedAt"),
  ]);
  await tx.done;
  return { todos, lists, outbox, syncToken: token?.value ?? null, lastSyncedAt: synced?.value ?? null };
}

export async function appendToOutbox(db: IDBPDatabase<SyncDb>, command: SyncCommand): Promise<void> {
  await db.add("outbox", { command, state: "waiting", createdAt: new Date().toISOString() });
}

/** Stores a pull and settles the commands the server answered, in one IndexedDB transaction. */
export async function storePull(
  db: IDBPDatabase<SyncDb>,
  params: {
    fullSync: boolean;
    todos: TodoDto[];
    lists: ListDto[];
    removedListIds: string[];
    syncToken: string;
    settled: { seq: number; error?: { code: string; message: string } }[];
  },
): Promise<void> {
  const tx = db.transaction(["todos", "lists", "outbox", "meta"], "readwrite");
  const todos = tx.objectStore("todos");
  const lists = tx.objectStore("lists");
  if (params.fullSync) await Promise.all([todos.clear(), lists.clear()]);
  for (const list of params.lists) {
    const known = await lists.get(list.id);
    if (!known || known.version <= list.version) await lists.put(list);
  }
  for (const todo of params.todos) {
    const known = await todos.get(todo.id);
    if (!known || known.version <= todo.version) await todos.put(todo);
  }
  if (params.removedListIds.length > 0) {
    // A list the user can no longer see takes its todos along: nothing of it stays on this device.
    const removed = new Set(params.removedListIds);
    for (const id of removed) await lists.delete(id);
    for (const todo of await todos.getAll()) if (removed.has(todo.listId)) await todos.delete(todo.id);
  }
  const outbox = tx.objectStore("outbox");
  for (const { seq, error } of params.settled) {
    if (!error) await outbox.delete(seq);
    else {
      const entry = await outbox.get(seq);
      if (entry) await outbox.put({ ...entry, state: "failed", error });
    }
  }
  await tx.objectStore("meta").put({ key: "syncToken", value: params.syncToken });
  await tx.objectStore("meta").put({ key: "lastSyncedAt", value: new Date().toISOString() });
  await tx.done;
}

export async function dropOutboxEntry(db: IDBPDatabase<SyncDb>, seq: number): Promise<void> {
  await db.delete("outbox", seq);
}

/** Marks commands the server refused as a whole batch, so that they stop blocking the outbox. */
export async function markFailed(
  db: IDBPDatabase<SyncDb>,
  seqs: number[],
  error: { code: string; message: string },
) {
  const tx = db.transaction("outbox", "readwrite");
  for (const seq of seqs) {
    const entry = await tx.store.get(seq);
    if (entry) await tx.store.put({ ...entry, state: "failed", error });
  }
  await tx.done;
}
