import { createTodo, getTodosForUser } from "@/db/queries/todos";
import { getPreferences } from "@/db/queries/users";
import { cached } from "@/lib/cache";
import { localDateOf } from "@/lib/dates/zoned";
import { readJson, readQuery } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { announceTodos } from "@/lib/realtime/announce";
import { createTodoInput, todoFilterSchema } from "@/lib/todos/schemas";

// GET /api/todos - the caller's todos, filtered by list, status and due view
export const GET = authedRoute(async ({ request, user, db }) => {
  const filter = readQuery(request, todoFilterSchema);
  const prefs = filter.due && !filter.timeZone ? await getPreferences(db, { userId: user.id }) : undefined;
  const timeZone = filter.timeZone ?? prefs?.timeZone ?? "UTC";
  // "Today" is part of the key: a due view cached yesterday is not today's.
  const key = { filter, timeZone, today: filter.due ? localDateOf(new Date(), timeZone) : null };
  const todos = await cached(user.id, "todos", key, () =>
    getTodosForUser(db, { userId: user.id, filter, timeZone, weekStart: prefs?.weekStart }),
  );
  return { todos };
});

// POST /api/todos - create a todo (the id may come from the client)
export const POST = authedRoute(async ({ request, user, db }) => {
  const input = await readJson(request, createTodoInput);
  // Preferences only give defaults; they change rarely and every change invalidates the user's cache.
  const prefs = await cached(user.id, "preferences", null, () => getPreferences(db, { userId: user.id }));
  const todo = await createTodo(db, {
    userId: user.id,
    input,
    timeZone: prefs.timeZone,
    recurrenceBasis: prefs.recurrenceBasis,
  });
  announceTodos("todo_created", [todo]);
  return Response.json({ todo }, { status: 201 });
});
