import { restoreTodo } from "@/db/queries/todos";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { announceTodos } from "@/lib/realtime/announce";

// POST /api/todos/:id/restore - bring a todo back from the trash
export const POST = authedRoute<{ id: string }>(async ({ params, user, db }) => {
  const todo = await restoreTodo(db, { userId: user.id, id: pathId(params, "Todo") });
  announceTodos("todo_created", [todo]);
  return { todo };
});
