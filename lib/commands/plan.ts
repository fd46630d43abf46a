import type { VoiceCommand } from "@/lib/voice/types";
import { displayListName, findList } from "./find-list";
import { matchPerson } from "./match-person";
import type { KnownList, KnownPeople, KnownTodo, ListRef, Plan, Step, TodoPatch } from "./types";

export type PlanContext = {
  todos: KnownTodo[];
  lists: KnownList[];
  /** Members of shared lists; without them nobody can be assigned by voice. */
  people?: KnownPeople;
  transcript: string;
  newId: () => string;
};

/** "2026-11-27T17:00" -> date and time; "2026-11-27" -> date only. */
export function splitDue(due: string | null | undefined): { dueDate: string | null; dueTime: string | null } {
  if (!due) return { dueDate: null, dueTime: null };
  const [date, time] = due.split("T");
  return { dueDate: date ?? null, dueTime: time ? time.slice(0, 5) : null };
}

function listRef(lists: KnownList[], spoken: string | null | undefined): ListRef | null {
  if (!spoken) return null;
  const found = findList(lists, spoken);
  return found ? { id: found.id } : { create: displayListName(spoken) };
}

type Targeted = Extract<VoiceCommand, { target: string | null }>;

function resolveTarget(command: Targeted, todos: KnownTodo[]): KnownTodo | Step {
  const candidates = (command.candidates ?? [])
    .map((id) => todos.find((t) => t.id === id))
    .filter((t): t is KnownTodo => t !== undefined);
  if (candidates.length > 1) {
    return {
      kind: "ask",
      intent: command.intent,
      question: command.targetText,
      candidates: candidates.map((t) => ({ id: t.id, title: t.title })),
    };
  }
  const todo = command.target ? todos.find((t) => t.id === command.target) : undefined;
  return todo ?? { kind: "not_found", intent: command.intent, spoken: command.targetText };
}

function updateStep(
  command: Extract<VoiceCommand, { intent: "update" }>,
  todo: KnownTodo,
  lists: KnownList[],
): Step {
  const patch: TodoPatch = {};
  const { changes } = command;
  if (changes.title) patch.title = changes.title;
  if (changes.priority !== undefined) patch.priority = changes.priority ?? "medium";
  if (changes.due !== undefined) Object.assign(patch, splitDue(changes.due));
  const list = changes.list ? (listRef(lists, changes.list) ?? undefined) : undefined;
  return { kind: "update", id: todo.id, title: todo.title, patch, ...(list ? { list } : {}) };
}

function stepFor(command: VoiceCommand, ctx: PlanContext): Step {
  switch (command.intent) {
    case "create":
      return {
        kind: "create",
        list: listRef(ctx.lists, command.list),
        todo: {
          id: ctx.newId(),
          title: command.title,
          ...(command.priority ? { priority: command.priority } : {}),
          ...splitDue(command.due),
          recurrence: command.recurrence,
          tags: command.tags,
          voiceText: ctx.transcript,
          voiceConfidence: command.confidence,
        },
      };
    case "complete":
    case "uncomplete":
    case "delete":
    case "update": {
      const resolved = resolveTarget(command, ctx.todos);
      if ("kind" in resolved) return resolved;
      if (command.intent === "delete") return { kind: "delete", id: resolved.id, title: resolved.title };
      if (command.intent === "update") return updateStep(command, resolved, ctx.lists);
      const status = command.intent === "complete" ? "completed" : "pending";
      return { kind: "update", id: resolved.id, title: resolved.title, patch: { status } };
    }
    case "assign": {
      const resolved = resolveTarget(command, ctx.todos);
      if ("kind" in resolved) return resolved;
      const person = matchPerson(ctx.people?.[resolved.listId] ?? [], command.assignee);
      if (!person) return { kind: "no_person", name: command.assignee };
      return {
        kind: "assign",
        id: resolved.id,
        title: resolved.title,
        assigneeId: person.userId,
        assigneeName: person.name,
      };
    }
    case "query":
      return { kind: "query", filter: command.filter };
    case "clear_completed": {
      const list = command.list ? findList(ctx.lists, command.list) : undefined;
      return { kind: "clear_completed", listId: list?.id ?? null, listName: command.list };
    }
    case "undo":
      return { kind: "undo" };
    case "unknown":
      return { kind: "unknown" };
  }
}

/**
 * Turns parsed commands into the changes to make. Deleting several todos
 * or clearing completed ones asks the person first.
 */
export function planCommands(commands: VoiceCommand[], ctx: PlanContext): Plan {
  const steps = commands.map((c) => stepFor(c, ctx));
  const deletes = steps.filter((s) => s.kind === "delete").length;
  return { steps, needsConfirmation: deletes > 1 || steps.some((s) => s.kind === "clear_completed") };
}
