import { describe, expect, test } from "vitest";
import { serverTodoId } from "./legacy-id";
import { parseLegacyPayload } from "./legacy-payload";
import { listNamesOf, mapLegacyPreferences, mapLegacyTodos, planMigration } from "./map";

const NOW = new Date("2026-05-01T12:00:00.000Z");
const map = (todos: Record<string, unknown>[]) =>
  mapLegacyTodos(parseLegacyPayload({ todos }).todos, "alice", NOW);

describe("mapLegacyTodos", () => {
  test("text -> title, description -> notes, completed -> status, timestamps kept, category -> list", () => {
    const [todo] = map([
      {
        id: 7,
        text: "Call mum",
        description: "about Sunday",
        priority: "urgent",
        completed: true,
        createdAt: "2024-03-01T10:00:00.000Z",
        completedAt: "2024-03-02T10:00:00.000Z",
        category: " Family ",
      },
    ]);
    expect(todo).toEqual({
      index: 0,
      legacyId: 7,
      id: serverTodoId("alice", 7),
      title: "Call mum",
      notes: "about Sunday",
      priority: "urgent",
      status: "completed",
      createdAt: new Date("2024-03-01T10:00:00.000Z"),
      completedAt: new Date("2024-03-02T10:00:00.000Z"),
      listName: "Family",
    });
  });

  test.each([
    ["no priority -> medium", {}, { priority: "medium" }],
    ["no completed -> pending", {}, { status: "pending", completedAt: null }],
    ["pending drops a stray completedAt", { completed: false, completedAt: 5 }, { completedAt: null }],
    ["no createdAt -> now", {}, { createdAt: NOW }],
    [
      "done without completedAt -> its createdAt",
      { completed: true, createdAt: 1000 },
      { completedAt: new Date(1000) },
    ],
    ["done with neither -> now", { completed: true }, { completedAt: NOW }],
    ["no category -> Inbox", {}, { listName: null }],
    ["empty category -> Inbox", { category: "" }, { listName: null }],
    ["no description -> empty notes", {}, { notes: "" }],
  ])("%s", (_name, over, expected) => {
    expect(map([{ id: 1, text: "x", ...over }])[0]).toMatchObject(expected);
  });

  test("a text longer than a title keeps its whole wording in the notes", () => {
    const text = `${"a".repeat(499)}😀 and more`;
    const [todo] = map([{ id: 1, text, description: "desc" }]);
    expect(Array.from(todo?.title ?? "")).toHaveLength(500);
    expect(todo?.title.endsWith("😀")).toBe(true);
    expect(todo?.notes).toBe(`${text}\n\ndesc`);
  });

  test("a long category is cut to a list name's 80 characters", () => {
    expect(map([{ id: 1, text: "x", category: "c".repeat(100) }])[0]?.listName).toBe("c".repeat(80));
  });

  test("ids: uuids kept, others derived, repeats distinct, the same on every run", () => {
    const uuid = "5f4b8d6e-2c1a-4e3b-9a7d-1c2b3a4d5e6f";
    const todos = [
      { id: uuid, text: "a" },
      { id: 1712345678901, text: "b" },
      { id: "1712345678901", text: "c" },
      { id: uuid, text: "d" },
    ];
    const ids = map(todos).map((t) => t.id);
    expect(ids[0]).toBe(uuid);
    expect(ids[1]).toBe(serverTodoId("alice", 1712345678901));
    expect(ids[2]).toBe(serverTodoId("alice", 1712345678901, 2));
    expect(ids[3]).toBe(serverTodoId("alice", uuid, 2));
    expect(new Set(ids).size).toBe(4);
    expect(map(todos).map((t) => t.id)).toEqual(ids);
  });
});

test("listNamesOf: distinct, case-insensitive, first spelling wins", () => {
  const todos = map([
    { id: 1, text: "x", category: "Work" },
    { id: 2, text: "x", category: "work" },
    { id: 3, text: "x" },
    { id: 4, text: "x", category: "Home" },
  ]);
  expect(listNamesOf(todos)).toEqual(["Work", "Home"]);
});

describe("mapLegacyPreferences", () => {
  test("valid known keys go to columns, everything else to extra", () => {
    expect(
      mapLegacyPreferences({
        theme: "dark",
        language: "de-DE",
        weekStart: 7,
        hour12: "yes",
        timeZone: "Mars/Olympus",
        voiceEnabled: true,
        sort: { by: "priority" },
      }),
    ).toEqual({
      columns: { theme: "dark", speechLanguage: "de-DE", weekStart: 7 },
      extra: { hour12: "yes", timeZone: "Mars/Olympus", voiceEnabled: true, sort: { by: "priority" } },
    });
  });

  test("a column given twice (name and alias): the first wins, the other is kept in extra", () => {
    expect(mapLegacyPreferences({ speechLanguage: "es-ES", language: "en-US" })).toEqual({
      columns: { speechLanguage: "es-ES" },
      extra: { language: "en-US" },
    });
  });

  test("nothing -> nothing", () => {
    expect(mapLegacyPreferences({})).toEqual({ columns: {}, extra: {} });
  });
});

test("planMigration puts it together", () => {
  const plan = planMigration(
    parseLegacyPayload({ todos: [{ id: 1, text: "x", category: "Work" }], preferences: { theme: "light" } }),
    "alice",
    NOW,
  );
  expect(plan.todos).toHaveLength(1);
  expect(plan.listNames).toEqual(["Work"]);
  expect(plan.preferences.columns).toEqual({ theme: "light" });
});
