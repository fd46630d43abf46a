import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as listsRoute from "@/app/api/lists/route";
import * as todosRoute from "@/app/api/todos/route";
import { getDbHandle } from "@/lib/db";
import { getRedis } from "@/lib/redis";
import { guestClient } from "../support/api-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The todo API's writes under a small limit, against the real Redis when
// REDIS_URL is set (CI) and the in-memory limiter otherwise.

let database: TestDatabase | undefined;

beforeAll(async () => {
  process.env.RATE_LIMIT_WRITES = "5/1m";
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase(process.env.TEST_DATABASE_URL, "vt_rl");
    process.env.DATABASE_URL = database.url;
    const { migrateServerDatabase } = await import("@/scripts/db-migrate");
    await migrateServerDatabase();
  } else {
    process.env.DATA_DIR = "memory://";
  }
});

afterAll(async () => {
  await (await getDbHandle()).close();
  await getRedis().close();
  await database?.drop();
});

describe("rate limits on the todo API", () => {
  test("N parallel writes at a limit of L: exactly L land, the rest get 429 with Retry-After and RateLimit headers", async () => {
    const call = guestClient();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(todosRoute.POST, "POST", "/api/todos", { title: `todo ${i}` }),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 429);
    expect(created).toHaveLength(5);
    expect(refused).toHaveLength(15);
    const first = refused[0];
    expect(first?.body.error?.message).toMatch(/wait \d+ seconds/);
    expect(Number(first?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(first?.headers.get("ratelimit-limit")).toBe("5");
    expect(first?.headers.get("ratelimit-remaining")).toBe("0");
    expect(created[0]?.headers.get("ratelimit-limit")).toBe("5");
    // Refused writes wrote nothing; reads are not limited.
    const list = await call(todosRoute.GET, "GET", "/api/todos");
    expect(list.status).toBe(200);
    expect(list.body.todos).toHaveLength(5);
  });

  test("limits are per user: another browser is not affected", async () => {
    const a = guestClient();
    const b = guestClient();
    for (let i = 0; i < 5; i++) await a(todosRoute.POST, "POST", "/api/todos", { title: `a${i}` });
    expect((await a(todosRoute.POST, "POST", "/api/todos", { title: "a over" })).status).toBe(429);
    expect((await b(todosRoute.POST, "POST", "/api/todos", { title: "b fine" })).status).toBe(201);
  });

  test("cached reads are invalidated by the user's own writes", async () => {
    const call = guestClient();
    const before = await call(listsRoute.GET, "GET", "/api/lists");
    expect((before.body.lists as unknown[]).length).toBe(1);
    await call(listsRoute.POST, "POST", "/api/lists", { name: "Garden" });
    const after = await call(listsRoute.GET, "GET", "/api/lists");
    expect((after.body.lists as { name: string }[]).map((l) => l.name)).toEqual(["Inbox", "Garden"]);
    const empty = await call(todosRoute.GET, "GET", "/api/todos");
    expect(empty.body.todos).toEqual([]);
    await call(todosRoute.POST, "POST", "/api/todos", { title: "fresh" });
    const fresh = await call(todosRoute.GET, "GET", "/api/todos");
    expect((fresh.body.todos as { title: string }[]).map((t) => t.title)).toEqual(["fresh"]);
  });
});
