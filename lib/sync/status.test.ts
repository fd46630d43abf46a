import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { answerFor, deletedError, INTERNAL_STATUS, statusOfError } from "./status";

describe("command statuses", () => {
  test.each([
    ["not_found", new AppError("not_found", "Todo not found")],
    ["forbidden", new AppError("forbidden", "You can only view this list")],
    ["validation_failed", new AppError("validation_failed", "dueTime needs a dueDate")],
    ["conflict", new AppError("conflict", "A todo with this id already exists")],
  ] as const)("an AppError %s keeps its code and message", (code, error) => {
    expect(statusOfError(error)).toEqual({ error: { code, message: error.message } });
  });

  test("a deleted target is its own code", () => {
    expect(statusOfError(deletedError("todo"))).toEqual({
      error: { code: "deleted", message: expect.stringContaining("deleted") },
    });
  });

  test.each([
    ["a plain Error", new Error("connection reset")],
    ["a string", "boom"],
    ["an unavailable AppError", new AppError("unavailable", "database down")],
    ["an internal AppError", new AppError("internal", "x")],
  ])("%s is unexpected: no recorded status, and nothing leaks", (_name, error) => {
    expect(statusOfError(error)).toBeUndefined();
    expect(JSON.stringify(INTERNAL_STATUS)).not.toContain("connection");
  });
});

test("a recorded answer is the user's own; another user's uuid is a conflict that reveals nothing", () => {
  const stored = { userId: "alice", status: { error: { code: "not_found", message: "Todo not found" } } };
  expect(answerFor(stored, "alice")).toEqual(stored.status);
  expect(answerFor(stored, "bob")).toEqual({ error: { code: "conflict", message: "duplicate command id" } });
});
