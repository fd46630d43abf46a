import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { formatIssuePath, MAX_LEGACY_TODOS, parseLegacyPayload } from "./legacy-payload";

const todo = (over: Record<string, unknown> = {}) => ({ id: 1, text: "Buy milk", ...over });

function problem(data: unknown): string {
  try {
    parseLegacyPayload(data);
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request") return error.message;
    throw error;
  }
  throw new Error("expected a 400");
}

describe("parseLegacyPayload accepts what old clients stored", () => {
  test("the documented shape", () => {
    const payload = parseLegacyPayload({
      todos: [
        {
          id: "a1",
          text: " Call mum ",
          description: "about Sunday",
          priority: "high",
          completed: true,
          createdAt: "2024-03-01T10:00:00.000Z",
          completedAt: 1709290800000,
          category: "Family",
        },
      ],
      preferences: { theme: "dark" },
    });
    expect(payload.todos[0]).toEqual({
      id: "a1",
      text: "Call mum",
      description: "about Sunday",
      priority: "high",
      completed: true,
      createdAt: new Date("2024-03-01T10:00:00.000Z"),
      completedAt: new Date(1709290800000),
      category: "Family",
    });
    expect(payload.preferences).toEqual({ theme: "dark" });
  });

  test.each([
    ["numeric id", { id: 1712345678901 }, { id: 1712345678901 }],
    ["priority missing (medium, see map.test.ts)", { priority: undefined }, { text: "Buy milk" }],
    ["priority null", { priority: null }, { priority: null }],
    ["priority empty", { priority: "" }, { priority: undefined }],
    ["priority in capitals", { priority: "Urgent" }, { priority: "urgent" }],
    ["createdAt as millis", { createdAt: 0 }, { createdAt: new Date(0) }],
    ["createdAt as digits", { createdAt: "1709290800000" }, { createdAt: new Date(1709290800000) }],
    ["createdAt null", { createdAt: null }, { createdAt: null }],
    ["createdAt missing", {}, { createdAt: null }],
    ["completedAt empty", { completedAt: "" }, { completedAt: null }],
    ["category missing", {}, { category: null }],
    ["category blank", { category: "  " }, { category: null }],
    ["category null", { category: null }, { category: null }],
    ["unknown fields dropped", { dueDate: "2024-01-01" }, { text: "Buy milk" }],
  ])("%s", (_name, over, expected) => {
    const [parsed] = parseLegacyPayload({ todos: [todo(over)] }).todos;
    expect(parsed).toMatchObject(expected);
    expect(parsed).not.toHaveProperty("dueDate");
  });

  test("missing todos or preferences are empty", () => {
    expect(parseLegacyPayload({})).toEqual({ todos: [], preferences: {} });
    expect(parseLegacyPayload({ todos: null, preferences: null })).toEqual({ todos: [], preferences: {} });
  });
});

describe("parseLegacyPayload rejects with a 400 naming the field", () => {
  test.each([
    ["not an object", [], "body: must be an object"],
    ["todos not an array", { todos: {} }, "todos: must be an array"],
    [
      "empty text",
      { todos: [todo(), todo(), todo(), todo({ text: "  " })] },
      "todos[3].text: must be a non-empty string",
    ],
    ["missing text", { todos: [{ id: 1 }] }, "todos[0].text: must be a non-empty string"],
    ["missing id", { todos: [{ text: "x" }] }, "todos[0].id: must be a string or a number"],
    ["object id", { todos: [todo({ id: {} })] }, "todos[0].id: must be a string or a number"],
    [
      "bad priority",
      { todos: [todo({ priority: "extreme" })] },
      "todos[0].priority: must be low, medium, high or urgent",
    ],
    [
      "bad date",
      { todos: [todo({ createdAt: "yesterday" })] },
      "todos[0].createdAt: must be an ISO date-time",
    ],
    [
      "date out of range",
      { todos: [todo({ completedAt: 1e20 })] },
      "todos[0].completedAt: must be an ISO date-time",
    ],
    [
      "completed as string",
      { todos: [todo({ completed: "yes" })] },
      "todos[0].completed: must be true or false",
    ],
    ["category a number", { todos: [todo({ category: 5 })] }, "todos[0].category: must be a string"],
    ["preferences an array", { preferences: [] }, "preferences: must be an object"],
  ])("%s", (_name, data, message) => {
    expect(problem(data)).toContain(message);
  });

  test("too many todos", () => {
    const todos = Array.from({ length: MAX_LEGACY_TODOS + 1 }, (_, i) => todo({ id: i }));
    expect(problem({ todos })).toBe(`todos: at most ${MAX_LEGACY_TODOS} todos in one migration`);
  });

  test("every problem is listed in details", () => {
    try {
      parseLegacyPayload({ todos: [todo({ text: "" }), todo({ priority: 7 })] });
    } catch (error) {
      expect(error instanceof AppError && error.details).toEqual({
        issues: [
          { path: "todos[0].text", message: "must be a non-empty string" },
          { path: "todos[1].priority", message: "must be low, medium, high or urgent" },
        ],
      });
    }
    expect.assertions(1);
  });
});

test.each([
  [[], "body"],
  [["todos"], "todos"],
  [["todos", 3, "text"], "todos[3].text"],
  [["preferences", "theme"], "preferences.theme"],
])("formatIssuePath(%j) = %s", (path, expected) => {
  expect(formatIssuePath(path)).toBe(expected);
});
