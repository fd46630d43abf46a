import { expect, test, vi } from "vitest";
import { getTodosForUser } from "@/db/queries/todos";
import { requireUserFromRequest } from "@/lib/auth/current-user";
import { newGuestToken } from "@/lib/auth/guest-token";
import { getDb } from "@/lib/db";
import { todoFilterSchema } from "@/lib/todos/schemas";
import { withAppDatabase } from "../support/app-database";

// The todo forms' server actions, with Next's request context stood in for:
// the same scoping as the JSON API, so one browser can never reach another's todos.

let cookie = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addTodoAction, todoFormAction } = await import("@/app/(app)/todos/actions");

withAppDatabase("vt_actions");

const as = (token: string) => {
  cookie = `vt_guest=${token}`;
};
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

async function todosOf(token: string) {
  const user = await requireUserFromRequest({ headers: new Headers({ cookie: `vt_guest=${token}` }) });
  const filter = { ...todoFilterSchema.parse({ status: "all" }), limit: 100 };
  return getTodosForUser(await getDb(), { userId: user.id, filter, timeZone: "UTC" });
}

test("the add form creates a todo for its own user; bad input is refused with a message", async () => {
  const alice = newGuestToken();
  as(alice);
  expect(await addTodoAction({}, form({ title: "From the form", priority: "high" }))).toEqual({ ok: true });
  expect(await addTodoAction({}, form({ title: "   " }))).toEqual({
    error: "title: title must not be empty",
  });
  expect((await todosOf(alice)).map((t) => [t.title, t.priority])).toEqual([["From the form", "high"]]);
});

test("another browser cannot complete or delete someone else's todo through the form actions", async () => {
  const alice = newGuestToken();
  const bob = newGuestToken();
  as(alice);
  await addTodoAction({}, form({ title: "Alice's" }));
  const [todo] = await todosOf(alice);
  if (!todo) throw new Error("no todo");
  as(bob);
  await todoFormAction(form({ id: todo.id, intent: "complete" }));
  await todoFormAction(form({ id: todo.id, intent: "delete" }));
  as(alice);
  expect((await todosOf(alice)).map((t) => [t.title, t.status, t.deletedAt])).toEqual([
    ["Alice's", "pending", null],
  ]);
  await todoFormAction(form({ id: todo.id, intent: "complete" }));
  expect((await todosOf(alice))[0]?.status).toBe("completed");
});
