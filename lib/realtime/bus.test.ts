import { describe, expect, test } from "vitest";
import { createMemoryBus, decodeMessage, encodeMessages, MAX_PAYLOAD_BYTES } from "./bus";
import type { RealtimeEvent } from "./events";

const event: RealtimeEvent = { type: "todo_updated", id: "t1", listId: "l1", version: 7, origin: "tab-1" };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("wire format", () => {
  test("round-trips one event for several channels", () => {
    const [payload, ...rest] = encodeMessages(["user:a", "list:b"], event);
    expect(rest).toEqual([]);
    expect(decodeMessage(payload ?? "")).toEqual({ channels: ["user:a", "list:b"], event });
  });

  test("splits many channels into payloads under PostgreSQL's NOTIFY limit", () => {
    const channels = Array.from({ length: 600 }, (_, i) => `list:${crypto.randomUUID()}-${i}`);
    const payloads = encodeMessages(channels, event);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const decoded = payloads.flatMap((p) => {
      const m = decodeMessage(p);
      return m && "channels" in m ? m.channels : [];
    });
    expect(decoded).toEqual(channels);
  });

  test.each(["not json", "{}", JSON.stringify({ channels: ["user:a"], event: { type: "nope" } })])(
    "drops a malformed message %j",
    (payload) => {
      expect(decodeMessage(payload)).toBeNull();
    },
  );
});

describe("memory bus", () => {
  test("delivers to subscribers of the channel only, until they unsubscribe", async () => {
    const bus = createMemoryBus();
    const a: string[] = [];
    const b: string[] = [];
    const stopA = await bus.subscribe(["user:a"], (channel, e) => a.push(`${channel} ${e.type}`));
    await bus.subscribe(["user:b"], (channel, e) => b.push(`${channel} ${e.type}`));
    await bus.publish(["user:a"], event);
    await tick();
    expect(a).toEqual(["user:a todo_updated"]);
    expect(b).toEqual([]);
    await stopA();
    await bus.publish(["user:a"], event);
    await tick();
    expect(a).toHaveLength(1);
  });

  test("a failing listener does not stop the others", async () => {
    const bus = createMemoryBus();
    const got: string[] = [];
    await bus.subscribe(["list:x"], () => {
      throw new Error("listener bug");
    });
    await bus.subscribe(["list:x"], (channel) => got.push(channel));
    await bus.publish(["list:x"], event);
    await tick();
    expect(got).toEqual(["list:x"]);
  });
});
