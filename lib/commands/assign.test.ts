import { expect, test } from "vitest";
import { parseUtterance } from "@/lib/voice";
import { executePlan, type TodoPort } from "./execute";
import { parserTodos } from "./known";
import { planCommands } from "./plan";
import { describeOutcomes } from "./reply";
import type { KnownList, KnownTodo, TodoPatch } from "./types";

// "assign the napkins to Sam" from words to the change: the todo is found,
// the name is matched against the list's members, the patch sets assigneeId
// and undo puts the previous assignee back.

const lists: KnownList[] = [{ id: "party", name: "Party", isDefault: false }];
const todo: KnownTodo = {
  id: "t1",
  title: "Napkins",
  listId: "party",
  status: "pending",
  priority: "medium",
  dueDate: null,
  dueTime: null,
  recurrence: null,
  assigneeId: null,
};
const people = {
  party: [
    { userId: "u-sam", name: "Sam" },
    { userId: "u-ann", name: "Ann" },
  ],
};

function plan(text: string) {
  const { commands } = parseUtterance({
    text,
    lang: "en",
    now: "2026-03-04T10:00:00",
    lists: ["Party"],
    todos: parserTodos([todo], lists),
  });
  return planCommands(commands, { todos: [todo], lists, people, transcript: text, newId: () => "new" });
}

test("assigns to the member with that name, and undo restores the previous assignee", async () => {
  const p = plan("assign the napkins to Sam");
  expect(p.steps).toEqual([
    { kind: "assign", id: "t1", title: "Napkins", assigneeId: "u-sam", assigneeName: "Sam" },
  ]);
  const patches: TodoPatch[] = [];
  const port = {
    updateTodo: async (_id: string, patch: TodoPatch) => {
      patches.push(patch);
      return { ...todo, ...patch };
    },
  } as unknown as TodoPort;
  const result = await executePlan(
    p,
    { todos: [todo], lists, transcript: "", today: "2026-03-04", now: { date: "2026-03-04", time: "10:00" } },
    port,
  );
  expect(patches).toEqual([{ assigneeId: "u-sam" }]);
  expect(result.inverse).toEqual([{ op: "patch", id: "t1", patch: { assigneeId: null } }]);
  expect(describeOutcomes(result.outcomes, "en", "2026-03-04")).toContain("Assigned 'Napkins' to Sam");
});

test("an unknown name assigns nobody and says so", async () => {
  const p = plan("assign the napkins to Zed");
  expect(p.steps).toEqual([{ kind: "no_person", name: "Zed" }]);
});
