import { reorderTodos } from "@/db/queries/todos";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { reorderInput } from "@/lib/todos/schemas";

// POST /api/todos/reorder - put a list's todos in the given order
export const POST = authedRoute(async ({ request, user, db }) => {
  const input = await readJson(request, reorderInput);
  return reorderTodos(db, { userId: user.id, ...input });
});
