import { createTodo, getTodosForUser } from "@/db/queries/todos";
import { getPreferences } from "@/db/queries/users";
import { readJson, readQuery } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { createTodoInput, todoFilterSchema } from "@/lib/todos/schemas";

// GET /api/todos - the caller's todos, filtered by list, status and due view
export const GET = authedRoute(async ({ request, user, db }) => {
  const filter = readQuery(request, todoFilterSchema);
  const prefs = filter.due && !filter.timeZone ? await getPreferences(db, { userId: user.id }) : undefined;
  const todos = await getTodosForUser(db, {
    userId: user.id,
    filter,
    timeZone: filter.timeZone ?? prefs?.timeZone ?? "UTC",
    weekStart: prefs?.weekStart,
  });
  return { todos };
});

// POST /api/todos - create a todo (the id may come from the client)
export const POST = authedRoute(async ({ request, user, db }) => {
  const input = await readJson(request, createTodoInput);
  const prefs = await getPreferences(db, { userId: user.id });
  const todo = await createTodo(db, {
    userId: user.id,
    input,
    timeZone: prefs.timeZone,
    recurrenceBasis: prefs.recurrenceBasis,
  });
  return Response.json({ todo }, { status: 201 });
});
