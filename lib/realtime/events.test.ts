import { describe, expect, test } from "vitest";
import { isChannelName, listChannel, realtimeEventSchema, userChannel } from "./events";

describe("channel names", () => {
  test("user and list channels", () => {
    expect(userChannel("3f1c2a9e-1b2c-4d5e-8f90-123456789abc")).toBe(
      "user:3f1c2a9e-1b2c-4d5e-8f90-123456789abc",
    );
    expect(listChannel("abc_123")).toBe("list:abc_123");
  });

  // "*" is a wildcard in Ably capabilities: an id must never widen a token.
  test.each(["*", "a*", "a:b", "", "a b", "x".repeat(101)])("refuses id %j", (id) => {
    expect(() => userChannel(id)).toThrow();
    expect(() => listChannel(id)).toThrow();
  });

  test.each([
    ["user:abc", true],
    ["list:abc-1", true],
    ["team:abc", false],
    ["user:*", false],
    ["user:", false],
  ])("isChannelName(%j) is %s", (name, expected) => {
    expect(isChannelName(name)).toBe(expected);
  });
});

describe("event schema", () => {
  test("accepts the event types and rejects others", () => {
    expect(
      realtimeEventSchema.safeParse({ type: "todo_created", id: "t1", listId: "l1", version: 3 }).success,
    ).toBe(true);
    expect(realtimeEventSchema.safeParse({ type: "todo_exploded" }).success).toBe(false);
    expect(realtimeEventSchema.safeParse({ type: "sync", origin: "x".repeat(201) }).success).toBe(false);
  });
});
