import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAblyPublisher, createAblyTokenRequest, TOKEN_TTL_MS } from "./ably";

// Ably signs token requests locally with the key; publishing is pointed at a
// stand-in REST server on 127.0.0.1. Nothing here reaches the network.
const KEY = "appid.keyid:secretsecret";

describe("createAblyTokenRequest", () => {
  test("signs, without network, a request for exactly the given channels, subscribe only", async () => {
    const request = await createAblyTokenRequest({
      key: KEY,
      userId: "user-1",
      channels: ["user:user-1", "list:l1", "list:l2"],
    });
    expect(request.keyName).toBe("appid.keyid");
    expect(request.clientId).toBe("user-1");
    expect(request.ttl).toBe(TOKEN_TTL_MS);
    expect(typeof request.mac).toBe("string");
    expect(JSON.parse(String(request.capability))).toEqual({
      "user:user-1": ["subscribe"],
      "list:l1": ["subscribe"],
      "list:l2": ["subscribe"],
    });
  });
});

type Received = { method?: string; url?: string; body: unknown };
const received: Received[] = [];
const server = createServer((req: IncomingMessage, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => {
    body += chunk.toString("utf8");
  });
  req.on("end", () => {
    received.push({ method: req.method, url: req.url, body: body ? JSON.parse(body) : null });
    // Ably's POST /messages takes an array of specs and answers one result per spec.
    const specs = (received.at(-1)?.body ?? []) as { channels: string[] }[];
    const answer = specs.map((spec) => ({
      successCount: spec.channels.length,
      failureCount: 0,
      results: spec.channels.map((channel) => ({ channel, messageId: "m1", serials: ["s1"] })),
    }));
    res.writeHead(201, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("createAblyPublisher", () => {
  test("batch-publishes the event, named by its type, in batches of 100 channels", async () => {
    const { port } = server.address() as AddressInfo;
    const publisher = createAblyPublisher(KEY, {
      endpoint: "127.0.0.1",
      port,
      tls: false,
      fallbackHosts: [],
      useBinaryProtocol: false,
    });
    const channels = Array.from({ length: 150 }, (_, i) => `list:l${i}`);
    await publisher.publish(channels, { type: "todo_deleted", id: "t1", listId: "l1" });
    const batches = received.filter((r) => r.url?.startsWith("/messages"));
    expect(batches).toHaveLength(2);
    const specs = batches.map((b) => (b.body as { channels: string[]; messages: unknown[] }[])[0]);
    expect(specs.map((spec) => spec?.channels.length)).toEqual([100, 50]);
    const first = specs[0] as { messages: { name: string; data: unknown }[] };
    expect(first.messages[0]?.name).toBe("todo_deleted");
    expect(first.messages[0]?.data).toEqual({ type: "todo_deleted", id: "t1", listId: "l1" });
  });
});
