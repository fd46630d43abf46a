import { clearCompletedTodos } from "@/db/queries/todos";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { announceTodos } from "@/lib/realtime/announce";
import { clearCompletedInput } from "@/lib/todos/schemas";

// POST /api/todos/clear-completed - move completed todos (of one list, or all) to the trash
export const POST = authedRoute(async ({ request, user, db }) => {
  const input = await readJson(request, clearCompletedInput);
  const { cleared, changed } = await clearCompletedTodos(db, { userId: user.id, listId: input.listId });
  announceTodos("todo_deleted", changed);
  return { cleared };
});
