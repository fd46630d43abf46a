import { userIdsWithAccess } from "@/db/queries/list-access";
import { invalidateUsers } from "@/lib/cache";
import { getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { listChannel, type RealtimeEventType, userChannel } from "./events";
import { publish } from "./index";

// Who hears about a change: everyone who can read its list hears of a todo
// (the list's channel), the user's own devices hear of their lists and voice
// commands (the user's channel). Fire and forget: publish never throws, and a
// lost notice is caught up by the next pull.

export type ChangedTodo = { id: string; listId: string; version: number };

export function announceTodos(
  type: Extract<RealtimeEventType, `todo_${string}`>,
  todos: readonly ChangedTodo[],
): void {
  void invalidateReaders(new Set(todos.map((t) => t.listId)));
  for (const todo of todos) {
    void publish([listChannel(todo.listId)], {
      type,
      id: todo.id,
      listId: todo.listId,
      version: todo.version,
    });
  }
}

/**
 * The writer's own cache is cleared before their response; the other readers
 * of a shared list are cleared here, as they are told of the change.
 */
async function invalidateReaders(listIds: ReadonlySet<string>): Promise<void> {
  if (listIds.size === 0) return;
  try {
    const db = await getDb();
    const readers = new Set<string>();
    for (const listId of listIds) for (const id of await userIdsWithAccess(db, listId)) readers.add(id);
    await invalidateUsers([...readers]);
  } catch (error) {
    log.warn("could not clear the cache of a list's readers", { error });
  }
}

export function announceListChange(userIds: readonly string[], listId: string): void {
  void publish(userIds.map(userChannel), { type: "list_changed", listId });
}

export function announceVoiceCommand(userId: string): void {
  void publish([userChannel(userId)], { type: "voice_command_processed" });
}

/** After a sync batch: its todos to their lists' members, its lists to the user's devices. */
export function announceSyncedChanges(
  userId: string,
  changed: { todoIds: readonly string[]; listIds: readonly string[] },
  rows: readonly (ChangedTodo & { deletedAt: string | null })[],
): void {
  const ids = new Set(changed.todoIds);
  const touched = rows.filter((t) => ids.has(t.id));
  announceTodos(
    "todo_deleted",
    touched.filter((t) => t.deletedAt),
  );
  announceTodos(
    "todo_updated",
    touched.filter((t) => !t.deletedAt),
  );
  for (const listId of changed.listIds) announceListChange([userId], listId);
}
