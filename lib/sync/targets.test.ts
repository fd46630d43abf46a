import { expect, test } from "vitest";
import type { SyncCommand } from "./protocol";
import { namedRows } from "./targets";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

test("collects the todos and lists a batch names, once each", () => {
  const commands: SyncCommand[] = [
    { uuid: id(100), type: "todo_add", args: { id: id(1), title: "a" } },
    { uuid: id(101), type: "todo_add", args: { title: "no id" } },
    { uuid: id(102), type: "todo_update", args: { id: id(1), patch: { title: "b" } } },
    { uuid: id(103), type: "todo_complete", args: { id: id(2) } },
    { uuid: id(104), type: "todo_reorder", args: { listId: id(9), ids: [id(2), id(3)] } },
    { uuid: id(105), type: "todo_clear_completed", args: {} },
    { uuid: id(106), type: "list_add", args: { id: id(8), name: "x" } },
    { uuid: id(107), type: "list_delete", args: { id: id(9) } },
  ];
  expect(namedRows(commands)).toEqual({ todoIds: [id(1), id(2), id(3)], listIds: [id(8), id(9)] });
});
