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
  for (const todo of todos) {
    void publish([listChannel(todo.listId)], {
      type,
      id: todo.id,
      listId: todo.listId,
      version: todo.version,
    });
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
