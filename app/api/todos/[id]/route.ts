import { getTodoForUser, softDeleteTodo, updateTodo } from "@/db/queries/todos";
import { readJson } from "@/lib/http/body";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { announceTodos } from "@/lib/realtime/announce";
import { updateTodoInput } from "@/lib/todos/schemas";

type Params = { id: string };

// GET /api/todos/:id - one todo
export const GET = authedRoute<Params>(async ({ params, user, db }) => {
  return { todo: await getTodoForUser(db, { userId: user.id, id: pathId(params, "Todo") }) };
});

// PATCH /api/todos/:id - change fields, complete or reopen
export const PATCH = authedRoute<Params>(async ({ request, params, user, db }) => {
  const id = pathId(params, "Todo");
  const patch = await readJson(request, updateTodoInput);
  const todo = await updateTodo(db, { userId: user.id, id, patch });
  announceTodos("todo_updated", [todo]);
  return { todo };
});

// DELETE /api/todos/:id - move to the trash (restorable)
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  const todo = await softDeleteTodo(db, { userId: user.id, id: pathId(params, "Todo") });
  announceTodos("todo_deleted", [todo]);
  return { todo };
});
