import { answerQuery } from "./answer-query";
import type { Outcome } from "./reply";
import type { KnownList, KnownTodo, ListRef, NewTodoFields, Plan, Step, TodoPatch } from "./types";

// Carries out a plan through a port: the server's port writes to the
// database, the browser's goes through the API and the React Query cache.
// Both run this same code, so a command means the same thing everywhere.

export type InverseOp =
  | { op: "delete"; id: string }
  | { op: "patch"; id: string; patch: TodoPatch }
  | { op: "restore"; ids: string[] };

export interface TodoPort {
  createList(name: string): Promise<KnownList>;
  createTodo(fields: NewTodoFields, listId: string | null): Promise<KnownTodo>;
  updateTodo(id: string, patch: TodoPatch): Promise<KnownTodo>;
  deleteTodo(id: string): Promise<void>;
  restoreTodos(ids: string[]): Promise<void>;
  clearCompleted(listId: string | null): Promise<string[]>;
  /** The inverse of the last command that can still be undone, taken off the stack. */
  popUndo(): Promise<InverseOp[] | null>;
}

export type ExecutionContext = {
  todos: KnownTodo[];
  lists: KnownList[];
  transcript: string;
  today: string;
  now: { date: string; time: string };
  weekStart?: number;
};

export type ExecutionResult = { outcomes: Outcome[]; inverse: InverseOp[]; changed: KnownTodo[] };

async function resolveList(
  ref: ListRef | null | undefined,
  port: TodoPort,
  lists: KnownList[],
): Promise<KnownList | null> {
  if (!ref) return null;
  if ("id" in ref) return lists.find((l) => l.id === ref.id) ?? null;
  const created = await port.createList(ref.create);
  lists.push(created);
  return created;
}

/** The fields a patch changes, as they were before: completing a recurring todo also moves its due date. */
function previousValues(before: KnownTodo, patch: TodoPatch): TodoPatch {
  const keys = new Set(Object.keys(patch) as (keyof TodoPatch)[]);
  if (keys.has("status") || keys.has("dueDate") || keys.has("dueTime")) {
    keys.add("dueDate");
    keys.add("dueTime");
  }
  const previous: TodoPatch = {};
  for (const key of keys) Object.assign(previous, { [key]: before[key] });
  return previous;
}

async function applyInverse(ops: InverseOp[], port: TodoPort): Promise<void> {
  for (const op of [...ops].reverse()) {
    if (op.op === "delete") await port.deleteTodo(op.id);
    else if (op.op === "restore") await port.restoreTodos(op.ids);
    else await port.updateTodo(op.id, op.patch);
  }
}

async function runStep(
  step: Step,
  ctx: ExecutionContext,
  port: TodoPort,
  result: ExecutionResult,
): Promise<void> {
  const { outcomes, inverse, changed } = result;
  switch (step.kind) {
    case "create": {
      const list = await resolveList(step.list, port, ctx.lists);
      const todo = await port.createTodo(step.todo, list?.id ?? null);
      changed.push(todo);
      inverse.push({ op: "delete", id: todo.id });
      outcomes.push({
        kind: "created",
        title: todo.title,
        dueDate: todo.dueDate,
        dueTime: todo.dueTime,
        priority: step.todo.priority ?? null,
        list: list?.name ?? null,
        recurring: Boolean(todo.recurrence),
      });
      return;
    }
    case "update": {
      const before = ctx.todos.find((t) => t.id === step.id);
      const list = await resolveList(step.list, port, ctx.lists);
      const patch: TodoPatch = { ...step.patch, ...(list ? { listId: list.id } : {}) };
      const todo = await port.updateTodo(step.id, patch);
      changed.push(todo);
      if (before) inverse.push({ op: "patch", id: step.id, patch: previousValues(before, patch) });
      const kind =
        patch.status === "completed" ? "completed" : patch.status === "pending" ? "reopened" : "updated";
      outcomes.push({ kind, title: todo.title });
      return;
    }
    case "assign": {
      const before = ctx.todos.find((t) => t.id === step.id);
      const todo = await port.updateTodo(step.id, { assigneeId: step.assigneeId });
      changed.push(todo);
      if (before)
        inverse.push({ op: "patch", id: step.id, patch: { assigneeId: before.assigneeId ?? null } });
      outcomes.push({ kind: "assigned", title: todo.title, name: step.assigneeName });
      return;
    }
    case "no_person":
      outcomes.push({ kind: "no_person", name: step.name });
      return;
    case "delete":
      await port.deleteTodo(step.id);
      inverse.push({ op: "restore", ids: [step.id] });
      outcomes.push({ kind: "deleted", title: step.title });
      return;
    case "query": {
      const found = answerQuery(ctx.todos, ctx.lists, step.filter, ctx.today, ctx.now, ctx.weekStart);
      outcomes.push({ kind: "answer", filter: step.filter, titles: found.map((t) => t.title) });
      return;
    }
    case "clear_completed": {
      if (step.listName && !step.listId) {
        outcomes.push({ kind: "no_list", name: step.listName });
        return;
      }
      const ids = await port.clearCompleted(step.listId);
      if (ids.length > 0) inverse.push({ op: "restore", ids });
      outcomes.push({ kind: "cleared", count: ids.length });
      return;
    }
    case "undo": {
      const ops = await port.popUndo();
      if (!ops) outcomes.push({ kind: "nothing_to_undo" });
      else {
        await applyInverse(ops, port);
        outcomes.push({ kind: "undone" });
      }
      return;
    }
    case "ask":
      outcomes.push({ kind: "ask", question: step.question, count: step.candidates.length });
      return;
    case "not_found":
      outcomes.push({ kind: "not_found", spoken: step.spoken });
      return;
    case "unknown":
      outcomes.push({ kind: "unknown", transcript: ctx.transcript });
      return;
  }
}

export async function executePlan(
  plan: Plan,
  ctx: ExecutionContext,
  port: TodoPort,
): Promise<ExecutionResult> {
  const result: ExecutionResult = { outcomes: [], inverse: [], changed: [] };
  for (const step of plan.steps) await runStep(step, ctx, port, result);
  return result;
}

/** A command succeeded when it did what was asked (asking back or not understanding is not success). */
export function succeeded(result: ExecutionResult): boolean {
  return result.outcomes.every(
    (o) => !["unknown", "not_found", "no_list", "no_person", "ask", "nothing_to_undo"].includes(o.kind),
  );
}
