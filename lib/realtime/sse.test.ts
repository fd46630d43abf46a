import { describe, expect, test } from "vitest";
import { createMemoryBus } from "./bus";
import { formatSseEvent, openEventStream } from "./sse";
import { eventNames, readUntil } from "./testing";

function setup(initial: string[]) {
  const bus = createMemoryBus();
  let channels = initial;
  let loads = 0;
  const controller = new AbortController();
  const open = (extra: Partial<Parameters<typeof openEventStream>[0]> = {}) =>
    openEventStream({
      loadChannels: async () => {
        loads += 1;
        return channels;
      },
      subscribe: (c, l) => bus.subscribe(c, l),
      signal: controller.signal,
      ...extra,
    });
  return {
    bus,
    open,
    controller,
    setChannels: (next: string[]) => {
      channels = next;
    },
    loads: () => loads,
  };
}

describe("formatSseEvent", () => {
  test("event name and one JSON data line", () => {
    expect(formatSseEvent({ type: "todo_deleted", id: "t1" })).toBe(
      'event: todo_deleted\ndata: {"type":"todo_deleted","id":"t1"}\n\n',
    );
  });
});

describe("openEventStream", () => {
  test("starts with a retry hint and a sync, then streams events of its channels only", async () => {
    const s = setup(["user:a", "list:l1"]);
    const stream = await s.open({ retryMs: 1500 });
    await s.bus.publish(["user:b"], { type: "todo_created", id: "other" });
    await s.bus.publish(["list:l1"], { type: "todo_created", id: "t1", listId: "l1" });
    const { text } = await readUntil(stream, (t) => t.includes("todo_created"));
    expect(text.startsWith("retry: 1500\n\n")).toBe(true);
    expect(eventNames(text)).toEqual(["sync", "todo_created"]);
    expect(text).not.toContain("other");
    s.controller.abort();
  });

  test("sends heartbeat comments", async () => {
    const s = setup(["user:a"]);
    const stream = await s.open({ heartbeatMs: 20 });
    const { text } = await readUntil(stream, (t) => t.includes(": ping\n\n"));
    expect(text).toContain(": ping");
    s.controller.abort();
  });

  test("list_changed re-reads access and drops a list the user lost before its next event", async () => {
    const s = setup(["user:a", "list:shared"]);
    const stream = await s.open();
    s.setChannels(["user:a"]);
    await s.bus.publish(["user:a"], { type: "list_changed", listId: "shared" });
    await s.bus.publish(["list:shared"], { type: "todo_updated", id: "secret" });
    await s.bus.publish(["user:a"], { type: "todo_updated", id: "mine" });
    const { text } = await readUntil(stream, (t) => t.includes("mine"));
    expect(eventNames(text)).toEqual(["sync", "list_changed", "todo_updated"]);
    expect(text).not.toContain("secret");
    expect(s.loads()).toBe(2);
    s.controller.abort();
  });

  test("list_changed also picks up a list newly shared with the user", async () => {
    const s = setup(["user:a"]);
    const stream = await s.open();
    s.setChannels(["user:a", "list:new"]);
    await s.bus.publish(["user:a"], { type: "list_changed", listId: "new" });
    // Wait until the stream has re-read its channels before publishing to the new one.
    const first = await readUntil(stream, (t) => t.includes("list_changed"));
    await s.bus.publish(["list:new"], { type: "todo_created", id: "t9" });
    const { text } = await readUntil(stream, (t) => t.includes("t9"));
    expect(first.text + text).toContain('"id":"t9"');
    s.controller.abort();
  });

  test("a failed access check closes the stream (fail closed)", async () => {
    const bus = createMemoryBus();
    let calls = 0;
    const stream = await openEventStream({
      loadChannels: async () => {
        calls += 1;
        if (calls > 1) throw new Error("database down");
        return ["user:a"];
      },
      subscribe: (c, l) => bus.subscribe(c, l),
    });
    await bus.publish(["user:a"], { type: "list_changed" });
    await expect(readUntil(stream, () => false)).rejects.toThrow(/ended/);
  });

  test("abort ends the stream and unsubscribes", async () => {
    const s = setup(["user:a"]);
    let unsubscribed = 0;
    const stream = await s.open({
      subscribe: async (c, l) => {
        const stop = await s.bus.subscribe(c, l);
        return async () => {
          unsubscribed += 1;
          await stop();
        };
      },
    });
    s.controller.abort();
    await expect(readUntil(stream, () => false)).rejects.toThrow(/ended/);
    expect(unsubscribed).toBe(1);
  });

  test("a failure to load channels at open rejects, so the route can answer with an error", async () => {
    await expect(
      openEventStream({
        loadChannels: async () => {
          throw new Error("no database");
        },
        subscribe: createMemoryBus().subscribe,
      }),
    ).rejects.toThrow("no database");
  });
});
