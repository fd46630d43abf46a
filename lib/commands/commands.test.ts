import { describe, expect, test } from "vitest";
import type { VoiceCommand } from "@/lib/voice/types";
import { answerQuery } from "./answer-query";
import { findList } from "./find-list";
import { planCommands, splitDue } from "./plan";
import { describeOutcome } from "./reply";
import type { KnownList, KnownTodo } from "./types";

const lists: KnownList[] = [
  { id: "l1", name: "Inbox", isDefault: true },
  { id: "l2", name: "Groceries", isDefault: false },
  { id: "l3", name: "Einkaufsliste", isDefault: false },
];
const todo = (id: string, title: string, extra: Partial<KnownTodo> = {}): KnownTodo => ({
  id,
  title,
  listId: "l1",
  status: "pending",
  priority: "medium",
  dueDate: null,
  dueTime: null,
  recurrence: null,
  ...extra,
});

describe("findList", () => {
  test.each([
    ["groceries", "l2"],
    ["my groceries list", "l2"],
    ["Grocery", "l2"],
    ["the inbox", "l1"],
    ["einkaufsliste", "l3"],
    ["garden", undefined],
  ])("%s -> %s", (spoken, id) => expect(findList(lists, spoken)?.id).toBe(id));
});

describe("planCommands", () => {
  const ctx = {
    todos: [todo("t1", "Buy milk"), todo("t2", "Buy oat milk")],
    lists,
    transcript: "x",
    newId: () => "new-id",
  };

  test("a create on an unknown list creates the list first", () => {
    const command: VoiceCommand = {
      intent: "create",
      title: "plant seeds",
      due: "2026-11-27T17:00",
      priority: null,
      list: "garden",
      tags: [],
      recurrence: null,
      spans: [],
      confidence: 0.9,
    };
    expect(planCommands([command], ctx).steps).toEqual([
      {
        kind: "create",
        list: { create: "Garden" },
        todo: {
          id: "new-id",
          title: "plant seeds",
          dueDate: "2026-11-27",
          dueTime: "17:00",
          recurrence: null,
          tags: [],
          voiceText: "x",
          voiceConfidence: 0.9,
        },
      },
    ]);
  });

  test("an ambiguous target asks which todo is meant", () => {
    const command: VoiceCommand = {
      intent: "complete",
      target: "t1",
      candidates: ["t1", "t2"],
      targetText: "milk",
      confidence: 0.5,
    };
    expect(planCommands([command], ctx).steps[0]).toEqual({
      kind: "ask",
      intent: "complete",
      question: "milk",
      candidates: [
        { id: "t1", title: "Buy milk" },
        { id: "t2", title: "Buy oat milk" },
      ],
    });
  });

  test("a missing target is reported, never guessed", () => {
    const command: VoiceCommand = { intent: "delete", target: null, targetText: "dentist", confidence: 0.4 };
    expect(planCommands([command], ctx).steps[0]).toEqual({
      kind: "not_found",
      intent: "delete",
      spoken: "dentist",
    });
  });

  test("deleting several todos or clearing completed needs confirmation", () => {
    const del = (id: string): VoiceCommand => ({
      intent: "delete",
      target: id,
      targetText: id,
      confidence: 1,
    });
    expect(planCommands([del("t1")], ctx).needsConfirmation).toBe(false);
    expect(planCommands([del("t1"), del("t2")], ctx).needsConfirmation).toBe(true);
    expect(
      planCommands([{ intent: "clear_completed", list: null, confidence: 1 }], ctx).needsConfirmation,
    ).toBe(true);
  });

  test("splitDue", () => {
    expect(splitDue("2026-11-27")).toEqual({ dueDate: "2026-11-27", dueTime: null });
    expect(splitDue("2026-11-27T09:05")).toEqual({ dueDate: "2026-11-27", dueTime: "09:05" });
    expect(splitDue(null)).toEqual({ dueDate: null, dueTime: null });
  });
});

describe("answerQuery", () => {
  const todos = [
    todo("a", "Pay rent", { dueDate: "2026-11-20" }),
    todo("b", "Standup", { dueDate: "2026-11-26", dueTime: "09:00" }),
    todo("c", "Dinner", { dueDate: "2026-11-26", dueTime: "19:00" }),
    todo("d", "Eggs", { listId: "l2", priority: "urgent", dueDate: "2026-11-27" }),
    todo("e", "Trip", { dueDate: "2026-12-02" }),
    todo("f", "Done thing", { status: "completed", dueDate: "2026-11-26" }),
  ];
  const now = { date: "2026-11-26", time: "14:00" };
  const ask = (filter: Partial<Parameters<typeof answerQuery>[2]>) =>
    answerQuery(
      todos,
      lists,
      { status: "pending", due: null, list: null, priority: null, ...filter },
      "2026-11-26",
      now,
    ).map((t) => t.id);

  test.each([
    [{}, ["a", "b", "c", "d", "e"]],
    [{ due: "today" as const }, ["b", "c"]],
    [{ due: "tomorrow" as const }, ["d"]],
    [{ due: "overdue" as const }, ["a", "b"]],
    [{ due: "this_week" as const }, ["b", "c", "d"]],
    [{ due: "next_week" as const }, ["e"]],
    [{ status: "completed" as const }, ["f"]],
    [{ list: "groceries" }, ["d"]],
    [{ priority: "urgent" as const }, ["d"]],
    [{ list: "no such list" }, []],
  ])("%j -> %j", (filter, ids) => expect(ask(filter)).toEqual(ids));
});

describe("replies", () => {
  test.each([
    ["en", "Added 'call the plumber' · tomorrow 09:00 · high"],
    ["es", "Añadido 'call the plumber' · mañana 09:00 · alta"],
    ["de", "Hinzugefügt 'call the plumber' · morgen 09:00 · hoch"],
  ] as const)("%s", (lang, text) => {
    const outcome = {
      kind: "created",
      title: "call the plumber",
      dueDate: "2026-11-27",
      dueTime: "09:00",
      priority: "high",
      list: null,
      recurring: false,
    } as const;
    expect(describeOutcome(outcome, lang, "2026-11-26")).toBe(text);
  });
});
