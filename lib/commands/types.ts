import type { Priority } from "@/lib/voice/types";

// What the app knows when it turns parsed commands into changes: the same on
// the server (/api/voice) and in the browser (offline-capable path).

export type KnownTodo = {
  id: string;
  title: string;
  listId: string;
  status: "pending" | "completed";
  priority: Priority;
  dueDate: string | null;
  dueTime: string | null;
  recurrence: string | null;
  /** Known where the todo came from the data layer; voice "assign" undoes back to it. */
  assigneeId?: string | null;
};

export type KnownList = { id: string; name: string; isDefault: boolean };

/** The people who can see a list (for "assign ... to NAME"), by list id. */
export type KnownPeople = Record<string, { userId: string; name: string }[]>;

export type TodoPatch = Partial<{
  title: string;
  status: "pending" | "completed";
  priority: Priority;
  dueDate: string | null;
  dueTime: string | null;
  listId: string;
  /** A member of the todo's list (user id), or null to unassign. */
  assigneeId: string | null;
}>;

export type NewTodoFields = {
  id: string;
  title: string;
  priority?: Priority;
  dueDate: string | null;
  dueTime: string | null;
  recurrence: string | null;
  tags: string[];
  voiceText: string;
  voiceConfidence: number;
};

/** A list named by voice: an existing one, or a new one to create first. */
export type ListRef = { id: string } | { create: string };

export type QueryFilter = {
  status: "pending" | "completed" | "all";
  due: "today" | "tomorrow" | "overdue" | "this_week" | "next_week" | null;
  list: string | null;
  priority: Priority | null;
};

export type Step =
  | { kind: "create"; todo: NewTodoFields; list: ListRef | null }
  | { kind: "update"; id: string; title: string; patch: TodoPatch; list?: ListRef }
  | { kind: "delete"; id: string; title: string }
  | { kind: "query"; filter: QueryFilter }
  | { kind: "clear_completed"; listId: string | null; listName: string | null }
  | { kind: "undo" }
  | {
      kind: "ask";
      intent: "complete" | "uncomplete" | "delete" | "update" | "assign";
      question: string;
      candidates: { id: string; title: string }[];
    }
  | { kind: "not_found"; intent: "complete" | "uncomplete" | "delete" | "update" | "assign"; spoken: string }
  | { kind: "assign"; id: string; title: string; assigneeId: string; assigneeName: string }
  | { kind: "no_person"; name: string }
  | { kind: "unknown" };

export type Plan = { steps: Step[]; needsConfirmation: boolean };
