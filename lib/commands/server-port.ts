import "server-only";
import { createList } from "@/db/queries/lists";
import { clearCompletedTodos, createTodo, restoreTodo, softDeleteTodo, updateTodo } from "@/db/queries/todos";
import { popLatestUndo } from "@/db/queries/voice";
import type { Db } from "@/lib/db";
import type { InverseOp, TodoPort } from "./execute";
import { toKnownList, toKnownTodo } from "./known";

/** The port for commands executed on the server (POST /api/voice): straight to the data layer. */
export function serverTodoPort(db: Db, params: { userId: string; timeZone: string }): TodoPort {
  const { userId, timeZone } = params;
  return {
    createList: async (name) => toKnownList(await createList(db, { userId, input: { name } })),
    createTodo: async (fields, listId) =>
      toKnownTodo(
        await createTodo(db, {
          userId,
          timeZone,
          input: {
            id: fields.id,
            title: fields.title,
            ...(listId ? { listId } : {}),
            ...(fields.priority ? { priority: fields.priority } : {}),
            dueDate: fields.dueDate,
            dueTime: fields.dueTime,
            recurrence: fields.recurrence,
            tags: fields.tags,
            createdVia: "voice",
            voiceText: fields.voiceText,
            voiceConfidence: fields.voiceConfidence,
          },
        }),
      ),
    updateTodo: async (id, patch) => toKnownTodo(await updateTodo(db, { userId, id, patch })),
    deleteTodo: async (id) => {
      await softDeleteTodo(db, { userId, id });
    },
    restoreTodos: async (ids) => {
      for (const id of ids) await restoreTodo(db, { userId, id });
    },
    clearCompleted: async (listId) =>
      (await clearCompletedTodos(db, { userId, listId: listId ?? undefined })).cleared,
    popUndo: async () => (await popLatestUndo(db, { userId })) as InverseOp[] | null,
  };
}
