import type { SyncCommand } from "./protocol";

// The rows a batch names. The response carries their current server state
// even when their version is not past the client's token: a command that
// was refused, ignored by the conflict policy or answered from a retry
// changes nothing on the server, yet the client already applied it to its
// own copy and needs the server's row to undo that.

export type NamedRows = { todoIds: string[]; listIds: string[] };

export function namedRows(commands: readonly SyncCommand[]): NamedRows {
  const todoIds = new Set<string>();
  const listIds = new Set<string>();
  for (const command of commands) {
    switch (command.type) {
      case "todo_add":
        if (command.args.id) todoIds.add(command.args.id);
        break;
      case "todo_update":
      case "todo_complete":
      case "todo_uncomplete":
      case "todo_delete":
      case "todo_restore":
        todoIds.add(command.args.id);
        break;
      case "todo_reorder":
        for (const id of command.args.ids) todoIds.add(id);
        break;
      case "todo_clear_completed":
        // Every todo it could touch changed version if it was applied; a
        // refused clear leaves the client's own copy to the next pull.
        break;
      case "list_add":
        if (command.args.id) listIds.add(command.args.id);
        break;
      case "list_update":
      case "list_delete":
        listIds.add(command.args.id);
        break;
    }
  }
  return { todoIds: [...todoIds], listIds: [...listIds] };
}
