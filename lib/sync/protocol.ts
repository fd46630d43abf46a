import { z } from "zod";
import {
  createListInput,
  createTodoInput,
  idSchema,
  updateListInput,
  updateTodoInput,
} from "@/lib/todos/schemas";

// The sync protocol (in the manner of Todoist's Sync API): the client sends an
// ordered batch of commands, each with its own uuid, and the sync token of the
// last state it has seen; the server applies each command exactly once and
// answers with a status per command and every change since that token.
//
// Conflict policy (documented in README, tested in lib/sync and tests/integration):
// - Commands apply in server order; each update carries only the fields it
//   changes, so concurrent edits of different fields both survive and edits of
//   the same field end with the last one the server applied (field-level LWW).
// - A deleted todo stays deleted: updates to it fail with "deleted" (the client
//   drops them); only an explicit todo_restore brings it back.
// - Completion is changed only by todo_complete / todo_uncomplete. An
//   uncomplete made (clientTime) before the todo's latest completion is
//   ignored, so an older offline edit cannot silently reopen it.
// - Commands are idempotent by uuid: a retried batch changes nothing twice.

export const SYNC_MAX_COMMANDS = 500;

const base = { uuid: idSchema, clientTime: z.iso.datetime({ offset: true }).optional() };

export const syncCommand = z.discriminatedUnion("type", [
  z.strictObject({ ...base, type: z.literal("todo_add"), args: createTodoInput }),
  z.strictObject({
    ...base,
    type: z.literal("todo_update"),
    args: z.strictObject({ id: idSchema, patch: updateTodoInput }),
  }),
  z.strictObject({ ...base, type: z.literal("todo_complete"), args: z.strictObject({ id: idSchema }) }),
  z.strictObject({ ...base, type: z.literal("todo_uncomplete"), args: z.strictObject({ id: idSchema }) }),
  z.strictObject({ ...base, type: z.literal("todo_delete"), args: z.strictObject({ id: idSchema }) }),
  z.strictObject({ ...base, type: z.literal("todo_restore"), args: z.strictObject({ id: idSchema }) }),
  z.strictObject({
    ...base,
    type: z.literal("todo_reorder"),
    args: z.strictObject({ listId: idSchema, ids: z.array(idSchema).min(1).max(1000) }),
  }),
  z.strictObject({
    ...base,
    type: z.literal("todo_clear_completed"),
    args: z.strictObject({ listId: idSchema.optional() }),
  }),
  z.strictObject({ ...base, type: z.literal("list_add"), args: createListInput }),
  z.strictObject({
    ...base,
    type: z.literal("list_update"),
    args: z.strictObject({ id: idSchema, patch: updateListInput }),
  }),
  z.strictObject({ ...base, type: z.literal("list_delete"), args: z.strictObject({ id: idSchema }) }),
]);
export type SyncCommand = z.infer<typeof syncCommand>;
export type SyncCommandType = SyncCommand["type"];

/** "*" (or null) asks for everything: a full sync. Otherwise the token the server last gave. */
export const syncRequest = z.strictObject({
  syncToken: z.string().max(100).nullable().default(null),
  commands: z.array(syncCommand).max(SYNC_MAX_COMMANDS).default([]),
});
export type SyncRequest = z.infer<typeof syncRequest>;

export type CommandStatus = "ok" | { error: { code: string; message: string } };

// The response: `todos` and `lists` hold every row changed since the token,
// deleted ones included (deletedAt set); `removedListIds` lists lists the
// user can no longer see at all (unshared or merged away).
// { syncToken: string, fullSync: boolean, syncStatus: Record<uuid, CommandStatus>,
//   todos: TodoDto[], lists: ListDto[], removedListIds: string[] }
