import { describe, expect, test } from "vitest";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import type { SyncCommand } from "./protocol";
import { emptyRows, materialize, mergePull, todoIdsOf } from "./replica";

const ctx = {
  now: "2026-11-26T12:00:00.000Z",
  defaultListId: "00000000-0000-4000-8000-000000000001",
  timeZone: "Europe/Berlin",
};
const inbox: ListDto = {
  id: ctx.defaultListId,
  name: "Inbox",
  color: null,
  isDefault: true,
  position: 0,
  role: "owner",
  openCount: 0,
  createdAt: ctx.now,
  updatedAt: ctx.now,
  version: 1,
};
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
let seq = 100;
const cmd = (c: Omit<SyncCommand, "uuid">): SyncCommand => ({ ...c, uuid: id(seq++) }) as SyncCommand;

function base(todos: TodoDto[] = []) {
  const rows = emptyRows();
  rows.lists.set(inbox.id, inbox);
  for (const t of todos) rows.todos.set(t.id, t);
  return rows;
}

describe("materialize: what the person sees before the server answers", () => {
  test("adds, edits, completes and deletes in order", () => {
    const rows = materialize(
      base(),
      [
        cmd({
          type: "todo_add",
          args: { id: id(1), title: "Buy milk", dueDate: "2026-11-27", dueTime: "09:00" },
        }),
        cmd({ type: "todo_add", args: { id: id(2), title: "Call mom" } }),
        cmd({ type: "todo_update", args: { id: id(1), patch: { title: "Buy oat milk", priority: "high" } } }),
        cmd({ type: "todo_complete", args: { id: id(2) } }),
        cmd({ type: "todo_add", args: { id: id(3), title: "Gone soon" } }),
        cmd({ type: "todo_delete", args: { id: id(3) } }),
      ],
      ctx,
    );
    const milk = rows.todos.get(id(1));
    expect(milk).toMatchObject({
      title: "Buy oat milk",
      priority: "high",
      listId: inbox.id,
      dueTime: "09:00",
    });
    expect(milk?.dueAt).toBe("2026-11-27T08:00:00.000Z");
    expect(rows.todos.get(id(2))?.status).toBe("completed");
    expect(rows.todos.get(id(3))?.deletedAt).toBe(ctx.now);
    expect(rows.lists.get(inbox.id)?.openCount).toBe(1);
  });

  test("the confirmed rows are never changed by materializing", () => {
    const confirmed = base();
    materialize(confirmed, [cmd({ type: "todo_add", args: { id: id(9), title: "x" } })], ctx);
    expect(confirmed.todos.size).toBe(0);
  });

  test("a recurring todo stays open until the server moves it to its next date", () => {
    const rows = materialize(
      base(),
      [
        cmd({
          type: "todo_add",
          args: { id: id(4), title: "Standup", dueDate: "2026-11-27", recurrence: "FREQ=DAILY" },
        }),
        cmd({ type: "todo_complete", args: { id: id(4) } }),
      ],
      ctx,
    );
    expect(rows.todos.get(id(4))?.status).toBe("pending");
  });

  test("new lists, reorder and clear completed", () => {
    const listId = id(50);
    const rows = materialize(
      base(),
      [
        cmd({ type: "list_add", args: { id: listId, name: "Garden" } }),
        cmd({ type: "todo_add", args: { id: id(5), title: "a", listId } }),
        cmd({ type: "todo_add", args: { id: id(6), title: "b", listId } }),
        cmd({ type: "todo_reorder", args: { listId, ids: [id(6), id(5)] } }),
        cmd({ type: "todo_complete", args: { id: id(5) } }),
        cmd({ type: "todo_clear_completed", args: { listId } }),
      ],
      ctx,
    );
    expect(rows.lists.get(listId)?.name).toBe("Garden");
    expect(rows.todos.get(id(6))?.position).toBeLessThan(rows.todos.get(id(5))?.position ?? 0);
    expect(rows.todos.get(id(5))?.deletedAt).toBe(ctx.now);
    expect(rows.lists.get(listId)?.openCount).toBe(1);
  });
});

describe("mergePull", () => {
  const todo = (version: number, title: string): TodoDto =>
    ({
      ...materialize(base(), [cmd({ type: "todo_add", args: { id: id(7), title } })], ctx).todos.get(id(7)),
      version,
    }) as TodoDto;

  test("a row only moves forward: an older version never replaces a newer one", () => {
    const merged = mergePull(base([todo(5, "new")]), {
      fullSync: false,
      todos: [todo(3, "old")],
      lists: [],
      removedListIds: [],
    });
    expect(merged.todos.get(id(7))?.title).toBe("new");
    const forward = mergePull(merged, {
      fullSync: false,
      todos: [todo(8, "newer")],
      lists: [],
      removedListIds: [],
    });
    expect(forward.todos.get(id(7))?.title).toBe("newer");
  });

  test("a full sync replaces everything; removed lists take their todos along", () => {
    const full = mergePull(base([todo(5, "x")]), {
      fullSync: true,
      todos: [],
      lists: [inbox],
      removedListIds: [],
    });
    expect(full.todos.size).toBe(0);
    const removed = mergePull(base([todo(5, "x")]), {
      fullSync: false,
      todos: [],
      lists: [],
      removedListIds: [inbox.id],
    });
    expect(removed.lists.size).toBe(0);
    expect(removed.todos.size).toBe(0);
  });
});

test("todoIdsOf names the todos a command touches", () => {
  expect(todoIdsOf(cmd({ type: "todo_complete", args: { id: id(1) } }))).toEqual([id(1)]);
  expect(todoIdsOf(cmd({ type: "todo_reorder", args: { listId: id(2), ids: [id(3), id(4)] } }))).toEqual([
    id(3),
    id(4),
  ]);
  expect(todoIdsOf(cmd({ type: "list_add", args: { id: id(5), name: "x" } }))).toEqual([]);
});
