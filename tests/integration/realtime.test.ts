import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import IORedis from "ioredis";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as streamRoute from "@/app/api/realtime/stream/route";
import * as tokenRoute from "@/app/api/realtime/token/route";
import { getDefaultListId } from "@/db/queries/lists";
import { getOrCreateGuestUser } from "@/db/queries/users";
import { listMembers } from "@/db/schema";
import { GUEST_COOKIE, newGuestToken } from "@/lib/auth/guest-token";
import { getDb, getDbHandle } from "@/lib/db";
import {
  type Bus,
  closeRealtime,
  createBus,
  listChannel,
  publish,
  type RealtimeEvent,
  userChannel,
} from "@/lib/realtime";
import { eventNames, readUntil } from "@/lib/realtime/testing";
import { localRedisUrl } from "@/lib/redis/testing";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The real-time layer end to end: the built-in buses across two instances (as
// two server processes would hold them), the SSE route with a guest, and the
// Ably token route with a fake key (signed locally, no network). The route
// tests run on a fresh PostgreSQL database when TEST_DATABASE_URL is set
// (LISTEN/NOTIFY bus), on the embedded database otherwise (in-process bus).

const base = process.env.TEST_DATABASE_URL;
let database: TestDatabase | undefined;
const buses: Bus[] = [];
const streams: AbortController[] = [];

beforeAll(async () => {
  delete process.env.ABLY_API_KEY;
  // real_time_sync reaches half of the users outside the beta: these tests are about the transport.
  process.env.FLAG_OVERRIDES = "real_time_sync=on";
  if (base) {
    database = await createTestDatabase(base, "vt_rt");
    process.env.DATABASE_URL = database.url;
    const { migrateServerDatabase } = await import("@/scripts/db-migrate");
    await migrateServerDatabase();
  } else {
    process.env.DATA_DIR = "memory://";
  }
});

afterAll(async () => {
  for (const c of streams) c.abort();
  await Promise.all(buses.map((b) => b.close()));
  await closeRealtime();
  await (await getDbHandle()).close();
  await database?.drop();
});

type Received = { channel: string; event: RealtimeEvent };

function collector() {
  const got: Received[] = [];
  const waitFor = async (predicate: (r: Received) => boolean, timeoutMs = 1_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!got.some(predicate)) {
      if (Date.now() > deadline)
        throw new Error(`not delivered within ${timeoutMs} ms: ${JSON.stringify(got)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { got, listener: (channel: string, event: RealtimeEvent) => got.push({ channel, event }), waitFor };
}

async function twoProcesses(config: Parameters<typeof createBus>[0]): Promise<[Bus, Bus]> {
  const a = await createBus(config);
  const b = await createBus(config);
  buses.push(a, b);
  return [a, b];
}

async function crossProcessSuite(config: Parameters<typeof createBus>[0]) {
  const [publisher, subscriber] = await twoProcesses(config);
  const { got, listener, waitFor } = collector();
  await subscriber.subscribe(["user:A"], listener);
  // user:B first: if filtering failed it would arrive before user:A's.
  await publisher.publish(["user:B"], { type: "todo_created", id: "for-b" });
  await publisher.publish(["user:A"], { type: "todo_created", id: "for-a", origin: "tab-1" });
  await waitFor((r) => r.event.id === "for-a");
  expect(got).toEqual([{ channel: "user:A", event: { type: "todo_created", id: "for-a", origin: "tab-1" } }]);
}

describe.skipIf(!base)("PostgreSQL LISTEN/NOTIFY bus", () => {
  test("a publish in one process reaches a subscriber in another within a second, on its channel only", async () => {
    await crossProcessSuite({ kind: "postgres", url: database?.url ?? "" });
  });

  test("after the LISTEN connection drops, subscribers are told to pull and keep receiving", async () => {
    const url = database?.url ?? "";
    const [publisher, subscriber] = await twoProcesses({ kind: "postgres", url });
    const { listener, waitFor } = collector();
    await subscriber.subscribe(["user:R"], listener);
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await admin`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query ilike 'listen%' and pid <> pg_backend_pid()`;
    } finally {
      await admin.end();
    }
    await waitFor((r) => r.event.type === "sync", 5_000);
    await publisher.publish(["user:R"], { type: "todo_updated", id: "after-reconnect" });
    await waitFor((r) => r.event.id === "after-reconnect");
  });
});

async function redisAvailable(): Promise<boolean> {
  const probe = new IORedis(localRedisUrl(), {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 500,
  });
  probe.on("error", () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

describe.skipIf(!(await redisAvailable()))("Redis pub/sub bus", () => {
  test("a publish in one process reaches a subscriber in another, on its channel only", async () => {
    await crossProcessSuite({ kind: "redis", url: localRedisUrl(), topic: `vt_test_${crypto.randomUUID()}` });
  });
});

// ---------------------------------------------------------------- routes

type Handler = (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
const h = (fn: unknown) => fn as Handler;

async function call(handler: unknown, path: string, token?: string, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = token ? { cookie: `${GUEST_COOKIE}=${token}` } : {};
  return h(handler)(new Request(`http://localhost:3000${path}`, { headers, signal }), {
    params: Promise.resolve({}),
  });
}

async function guest() {
  const token = newGuestToken();
  const db = await getDb();
  const user = await getOrCreateGuestUser(db, createHash("sha256").update(token).digest("hex"));
  const inbox = await getDefaultListId(db, { userId: user.id });
  return { token, id: user.id, inbox };
}

async function openStream(token: string) {
  const controller = new AbortController();
  streams.push(controller);
  const response = await call(streamRoute.GET, "/api/realtime/stream", token, controller.signal);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  if (!response.body) throw new Error("no body");
  const body = response.body;
  await readUntil(body, (t) => t.includes("event: sync"));
  return { body, close: () => controller.abort() };
}

describe("GET /api/realtime/stream", () => {
  test("refuses an unauthenticated request", async () => {
    expect((await call(streamRoute.GET, "/api/realtime/stream")).status).toBe(401);
  });

  test("streams events on the guest's own channel and lists", async () => {
    const a = await guest();
    const stream = await openStream(a.token);
    await publish([userChannel(a.id)], { type: "list_changed" });
    await publish([listChannel(a.inbox)], { type: "todo_created", id: "t1", listId: a.inbox });
    const { text } = await readUntil(stream.body, (t) => t.includes('"id":"t1"'));
    expect(eventNames(text)).toEqual(["list_changed", "todo_created"]);
    stream.close();
  });

  test.skipIf(!base)("an event published by another process reaches the stream", async () => {
    const a = await guest();
    const stream = await openStream(a.token);
    const [other] = await twoProcesses({ kind: "postgres", url: database?.url ?? "" });
    await other.publish([listChannel(a.inbox)], { type: "todo_updated", id: "from-elsewhere" });
    await readUntil(stream.body, (t) => t.includes("from-elsewhere"), 1_000);
    stream.close();
  });

  test("a member removed from a shared list stops receiving its events at once", async () => {
    const [a, b] = [await guest(), await guest()];
    const db = await getDb();
    await db.insert(listMembers).values({ listId: b.inbox, userId: a.id, role: "viewer" });
    const stream = await openStream(a.token);
    await publish([listChannel(b.inbox)], { type: "todo_created", id: "while-member" });
    await readUntil(stream.body, (t) => t.includes("while-member"));

    await db.delete(listMembers).where(and(eq(listMembers.listId, b.inbox), eq(listMembers.userId, a.id)));
    await publish([userChannel(a.id)], { type: "list_changed", listId: b.inbox });
    await publish([listChannel(b.inbox)], { type: "todo_created", id: "after-removal" });
    await publish([userChannel(a.id)], { type: "sync", id: "marker" });
    const { text } = await readUntil(stream.body, (t) => t.includes("marker"));
    expect(text).not.toContain("after-removal");
    stream.close();
  });
});

describe("GET /api/realtime/token", () => {
  test("without an Ably key, points to the built-in stream", async () => {
    const a = await guest();
    const response = await call(tokenRoute.GET, "/api/realtime/token", a.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ transport: "sse", url: "/api/realtime/stream" });
  });

  test("refuses an unauthenticated request", async () => {
    expect((await call(tokenRoute.GET, "/api/realtime/token")).status).toBe(401);
  });

  test("with an Ably key, signs (offline) a token request for exactly the user's channels", async () => {
    const [a, b, stranger] = [await guest(), await guest(), await guest()];
    await (await getDb()).insert(listMembers).values({ listId: b.inbox, userId: a.id, role: "editor" });
    process.env.ABLY_API_KEY = "appid.keyid:secretsecret";
    try {
      const response = await call(tokenRoute.GET, "/api/realtime/token", a.token);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { keyName: string; clientId: string; capability: string };
      expect(body.keyName).toBe("appid.keyid");
      expect(body.clientId).toBe(a.id);
      const capability = JSON.parse(body.capability) as Record<string, string[]>;
      expect(Object.keys(capability).sort()).toEqual(
        [userChannel(a.id), listChannel(a.inbox), listChannel(b.inbox)].sort(),
      );
      expect(Object.values(capability).every((ops) => ops.join() === "subscribe")).toBe(true);
      expect(capability).not.toHaveProperty(listChannel(stranger.inbox));
      // The client uses Ably then: the built-in stream is not served.
      expect((await call(streamRoute.GET, "/api/realtime/stream", a.token)).status).toBe(404);
    } finally {
      delete process.env.ABLY_API_KEY;
    }
  });
});
