import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createList, deleteList, getListsForUser } from "@/db/queries/lists";
import {
  clearCompletedTodos,
  createTodo,
  getTodoForUser,
  getTodosForUser,
  reorderTodos,
  restoreTodo,
  softDeleteTodo,
  updateTodo,
} from "@/db/queries/todos";
import { getOrCreateGuestUser } from "@/db/queries/users";
import { localDateOf } from "@/lib/dates/zoned";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type TodoFilter, todoFilterSchema } from "@/lib/todos/schemas";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";

const TZ = "Europe/Berlin";
const filter = (f: Partial<TodoFilter> = {}): TodoFilter => ({ ...todoFilterSchema.parse({}), ...f });
const today = () => localDateOf(new Date(), TZ);
const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

describe.each(testDatabaseKinds())("todo queries on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());
  beforeEach(async () => {
    alice = (await getOrCreateGuestUser(db, `alice-${crypto.randomUUID()}`)).id;
    bob = (await getOrCreateGuestUser(db, `bob-${crypto.randomUUID()}`)).id;
  });

  const add = (userId: string, input: Parameters<typeof createTodo>[1]["input"]) =>
    createTodo(db, { userId, input, timeZone: TZ });

  test("a new user has an Inbox that receives todos without a list", async () => {
    const lists = await getListsForUser(db, { userId: alice });
    expect(lists.map((l) => [l.name, l.isDefault, l.role])).toEqual([["Inbox", true, "owner"]]);
    const todo = await add(alice, { title: "Buy milk" });
    expect(todo.listId).toBe(lists[0]?.id);
    expect(todo.priority).toBe("medium");
    expect(todo.createdVia).toBe("text");
  });

  test("the same guest token always resolves to the same user", async () => {
    const token = `same-${crypto.randomUUID()}`;
    const [a, b] = await Promise.all([getOrCreateGuestUser(db, token), getOrCreateGuestUser(db, token)]);
    expect(a.id).toBe(b.id);
    expect(await getListsForUser(db, { userId: a.id })).toHaveLength(1);
  });

  test("a client-generated id is kept, and reusing it is a conflict", async () => {
    const id = crypto.randomUUID();
    expect((await add(alice, { id, title: "Offline todo" })).id).toBe(id);
    await expectAppError(add(alice, { id, title: "Again" }), "conflict");
    await expectAppError(add(bob, { id, title: "Take over" }), "conflict");
    expect((await getTodoForUser(db, { userId: alice, id })).title).toBe("Offline todo");
  });

  test("due date-times are stored as instants in the todo's zone", async () => {
    const todo = await add(alice, { title: "Call the plumber", dueDate: "2026-11-27", dueTime: "09:00" });
    expect(todo.dueAt).toBe("2026-11-27T08:00:00.000Z");
    expect(todo.dueTime).toBe("09:00");
    expect(todo.timeZone).toBe(TZ);
    const moved = await updateTodo(db, { userId: alice, id: todo.id, patch: { dueDate: "2026-07-01" } });
    expect(moved.dueTime).toBe("09:00");
    expect(moved.dueAt).toBe("2026-07-01T07:00:00.000Z");
    const cleared = await updateTodo(db, { userId: alice, id: todo.id, patch: { dueDate: null } });
    expect([cleared.dueDate, cleared.dueTime, cleared.dueAt]).toEqual([null, null, null]);
  });

  test("filters: status, list, today, overdue, this week", async () => {
    const work = await createList(db, { userId: alice, input: { name: "Work" } });
    const t = today();
    const due = await add(alice, { title: "Due today", dueDate: t });
    const late = await add(alice, { title: "Overdue", dueDate: shift(t, -2) });
    const far = await add(alice, { title: "Next month", dueDate: shift(t, 40), listId: work.id });
    const done = await add(alice, { title: "Done", listId: work.id });
    await updateTodo(db, { userId: alice, id: done.id, patch: { status: "completed" } });

    const titles = async (f: Partial<TodoFilter>) =>
      (await getTodosForUser(db, { userId: alice, filter: filter(f), timeZone: TZ }))
        .map((x) => x.title)
        .sort();
    expect(await titles({})).toEqual(["Due today", "Next month", "Overdue"]);
    expect(await titles({ status: "completed" })).toEqual(["Done"]);
    expect(await titles({ status: "all", list: work.id })).toEqual(["Done", "Next month"]);
    expect(await titles({ due: "today" })).toEqual(["Due today"]);
    expect(await titles({ due: "overdue" })).toEqual(["Overdue"]);
    expect(await titles({ due: "week" })).toContain("Due today");
    expect(await titles({ due: "week" })).not.toContain("Next month");
    expect(await titles({ due: "upcoming", sort: "due" })).toEqual(["Due today", "Next month"]);
    expect([due.id, late.id, far.id]).toHaveLength(3);
  });

  test("sorting by priority puts urgent first", async () => {
    for (const [title, priority] of [
      ["b", "low"],
      ["a", "urgent"],
      ["c", "high"],
    ] as const) {
      await add(alice, { title, priority });
    }
    const sorted = await getTodosForUser(db, {
      userId: alice,
      filter: filter({ sort: "priority" }),
      timeZone: TZ,
    });
    expect(sorted.map((x) => x.priority)).toEqual(["urgent", "high", "low"]);
  });

  test("completing and reopening", async () => {
    const todo = await add(alice, { title: "Finish report" });
    const done = await updateTodo(db, { userId: alice, id: todo.id, patch: { status: "completed" } });
    expect(done.status).toBe("completed");
    expect(done.completedAt).not.toBeNull();
    expect(done.completedBy).toBe(alice);
    expect(done.version).toBeGreaterThan(todo.version);
    const open = await updateTodo(db, { userId: alice, id: todo.id, patch: { status: "pending" } });
    expect([open.status, open.completedAt, open.completedBy]).toEqual(["pending", null, null]);
  });

  test("completing a recurring todo records it and moves it to the next occurrence", async () => {
    const todo = await add(alice, {
      title: "Team standup notes",
      dueDate: shift(today(), 1),
      dueTime: "09:30",
      recurrence: "FREQ=DAILY",
    });
    const next = await updateTodo(db, { userId: alice, id: todo.id, patch: { status: "completed" } });
    expect(next.status).toBe("pending");
    expect(next.dueDate).toBe(shift(today(), 2));
    expect(next.dueTime).toBe("09:30");
    const fromCompletion = await add(alice, {
      title: "Water plants",
      dueDate: shift(today(), -5),
      recurrence: "FREQ=DAILY;INTERVAL=3",
      recurrenceBasis: "completion",
    });
    const moved = await updateTodo(db, {
      userId: alice,
      id: fromCompletion.id,
      patch: { status: "completed" },
    });
    expect(moved.dueDate).toBe(shift(today(), 3));
  });

  test("optimistic concurrency: a stale expectedVersion is a conflict and changes nothing", async () => {
    const todo = await add(alice, { title: "Original" });
    await updateTodo(db, { userId: alice, id: todo.id, patch: { title: "Changed" } });
    await expectAppError(
      updateTodo(db, {
        userId: alice,
        id: todo.id,
        patch: { title: "Stale", expectedVersion: todo.version },
      }),
      "conflict",
    );
    expect((await getTodoForUser(db, { userId: alice, id: todo.id })).title).toBe("Changed");
  });

  test("soft delete, trash and restore", async () => {
    const todo = await add(alice, { title: "Oops" });
    await softDeleteTodo(db, { userId: alice, id: todo.id });
    await expectAppError(getTodoForUser(db, { userId: alice, id: todo.id }), "not_found");
    const trash = await getTodosForUser(db, {
      userId: alice,
      filter: filter({ deleted: true, status: "all" }),
      timeZone: TZ,
    });
    expect(trash.map((x) => x.id)).toEqual([todo.id]);
    await restoreTodo(db, { userId: alice, id: todo.id });
    expect((await getTodoForUser(db, { userId: alice, id: todo.id })).deletedAt).toBeNull();
  });

  test("clear completed only touches completed todos of the given list", async () => {
    const work = await createList(db, { userId: alice, input: { name: "Work" } });
    const a = await add(alice, { title: "a", listId: work.id });
    const b = await add(alice, { title: "b" });
    const c = await add(alice, { title: "c", listId: work.id });
    for (const t of [a, b]) await updateTodo(db, { userId: alice, id: t.id, patch: { status: "completed" } });
    expect((await clearCompletedTodos(db, { userId: alice, listId: work.id })).cleared).toEqual([a.id]);
    expect((await clearCompletedTodos(db, { userId: alice })).cleared).toEqual([b.id]);
    expect((await getTodoForUser(db, { userId: alice, id: c.id })).deletedAt).toBeNull();
  });

  test("reorder puts the named todos first, in order; a foreign id changes nothing", async () => {
    const [inbox] = await getListsForUser(db, { userId: alice });
    const ids = [];
    for (const title of ["one", "two", "three"]) ids.push((await add(alice, { title })).id);
    const [one, two, three] = ids as [string, string, string];
    await reorderTodos(db, { userId: alice, listId: inbox?.id ?? "", ids: [three, one] });
    const order = await getTodosForUser(db, { userId: alice, filter: filter(), timeZone: TZ });
    expect(order.map((x) => x.title)).toEqual(["three", "one", "two"]);
    const foreign = await add(bob, { title: "bob's" });
    await expectAppError(
      reorderTodos(db, { userId: alice, listId: inbox?.id ?? "", ids: [two, foreign.id] }),
      "validation_failed",
    );
    const unchanged = await getTodosForUser(db, { userId: alice, filter: filter(), timeZone: TZ });
    expect(unchanged.map((x) => x.title)).toEqual(["three", "one", "two"]);
    expect(two).toBeTruthy();
  });

  test("lists: names are unique per owner, the Inbox cannot be deleted, deleting a list trashes its todos", async () => {
    const work = await createList(db, { userId: alice, input: { name: "Work" } });
    await expectAppError(createList(db, { userId: alice, input: { name: "work" } }), "conflict");
    await createList(db, { userId: bob, input: { name: "Work" } });
    const [inbox] = await getListsForUser(db, { userId: alice });
    await expectAppError(deleteList(db, { userId: alice, listId: inbox?.id ?? "" }), "conflict");
    const todo = await add(alice, { title: "In work", listId: work.id });
    await deleteList(db, { userId: alice, listId: work.id });
    await expectAppError(getTodoForUser(db, { userId: alice, id: todo.id }), "not_found");
    expect((await getListsForUser(db, { userId: alice })).map((l) => l.name)).toEqual(["Inbox"]);
  });

  test("another user's todos and lists are not found, never shown or changed", async () => {
    const secret = await add(alice, { title: "Alice's secret" });
    const [aliceInbox] = await getListsForUser(db, { userId: alice });
    const aliceList = aliceInbox?.id ?? "";
    await expectAppError(getTodoForUser(db, { userId: bob, id: secret.id }), "not_found");
    await expectAppError(
      updateTodo(db, { userId: bob, id: secret.id, patch: { title: "pwned" } }),
      "not_found",
    );
    await expectAppError(softDeleteTodo(db, { userId: bob, id: secret.id }), "not_found");
    await expectAppError(restoreTodo(db, { userId: bob, id: secret.id }), "not_found");
    await expectAppError(add(bob, { title: "into alice's list", listId: aliceList }), "not_found");
    await expectAppError(deleteList(db, { userId: bob, listId: aliceList }), "not_found");
    await expectAppError(reorderTodos(db, { userId: bob, listId: aliceList, ids: [secret.id] }), "not_found");
    expect(
      await getTodosForUser(db, { userId: bob, filter: filter({ list: aliceList }), timeZone: TZ }),
    ).toEqual([]);
    expect((await clearCompletedTodos(db, { userId: bob })).cleared).toEqual([]);
    const untouched = await getTodoForUser(db, { userId: alice, id: secret.id });
    expect([untouched.title, untouched.deletedAt]).toEqual(["Alice's secret", null]);
  });
});
