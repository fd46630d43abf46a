import { reorderTodos } from "@/db/queries/todos";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { listChannel, publish } from "@/lib/realtime";
import { reorderInput } from "@/lib/todos/schemas";

// POST /api/todos/reorder - put a list's todos in the given order
export const POST = authedRoute(async ({ request, user, db }) => {
  const input = await readJson(request, reorderInput);
  const result = await reorderTodos(db, { userId: user.id, ...input });
  void publish([listChannel(input.listId)], { type: "todo_updated", listId: input.listId });
  return result;
});
