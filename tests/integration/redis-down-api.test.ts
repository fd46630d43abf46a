import { afterAll, beforeAll, expect, test } from "vitest";
import * as readyRoute from "@/app/api/ready/route";
import * as todosRoute from "@/app/api/todos/route";
import { getDbHandle } from "@/lib/db";
import { getRedis } from "@/lib/redis";
import { guestClient } from "../support/api-client";

// Redis configured but not there (a closed port): the app keeps serving from
// the database; limits and caching step aside; readiness says degraded.

beforeAll(() => {
  process.env.REDIS_URL = "redis://127.0.0.1:1";
  process.env.DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
});

afterAll(async () => {
  await (await getDbHandle()).close();
  await getRedis().close();
});

test("todos are served and written with Redis down", async () => {
  const call = guestClient();
  const created = await call(todosRoute.POST, "POST", "/api/todos", { title: "still works" });
  expect(created.status).toBe(201);
  expect(created.headers.get("ratelimit-limit")).toBeNull();
  const listed = await call(todosRoute.GET, "GET", "/api/todos");
  expect((listed.body.todos as { title: string }[]).map((t) => t.title)).toEqual(["still works"]);
});

test("/api/ready reports Redis as degraded, not failed", async () => {
  const response = await readyRoute.GET();
  const body = await response.json();
  expect(response.status).toBe(200);
  expect(body.status).toBe("degraded");
  expect(body.checks.redis.status).toBe("degraded");
  expect(body.checks.database.status).toBe("ok");
});
