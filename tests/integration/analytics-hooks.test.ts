import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addRequestStats, computeLaunchMetrics } from "@/db/queries/analytics";
import { createTodo } from "@/db/queries/todos";
import { getOrCreateGuestUser } from "@/db/queries/users";
import { recordVoiceCommand } from "@/db/queries/voice";
import { events, requestStats } from "@/db/schema";
import { recordDailyActivity } from "@/lib/analytics/activity";
import { recordEvent } from "@/lib/analytics/events";
import { emptyBuckets } from "@/lib/analytics/histogram";
import { RequestStatsAggregator } from "@/lib/analytics/request-stats";
import type { Db } from "@/lib/db";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";

// The events the metrics read are recorded where things happen, and the
// request counts of several flushes add up.

describe.each(testDatabaseKinds())("analytics hooks on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());

  const namesOf = async (userId: string) =>
    (await db.select().from(events).where(eq(events.userId, userId))).map((e) => e.name).sort();

  test("a new guest is a visitor (once); a todo and a voice command are recorded with it", async () => {
    const token = `guest-${crypto.randomUUID()}`;
    const { id } = await getOrCreateGuestUser(db, token);
    await getOrCreateGuestUser(db, token);
    await createTodo(db, { userId: id, input: { title: "Milk" }, timeZone: "UTC" });
    await recordVoiceCommand(db, {
      userId: id,
      transcript: "add milk",
      language: "en-US",
      intent: "add",
      success: true,
      processingMs: 12,
      confidence: 0.9,
      todoIds: [],
      source: "app",
      undo: null,
    });
    expect(await namesOf(id)).toEqual(["todo_created", "visitor_created", "voice_command"]);
    const [voice] = await db.select().from(events).where(eq(events.name, "voice_command"));
    expect(voice?.properties).toEqual({ success: true, intent: "add", language: "en-US", source: "app" });
  });

  test("an event inside a rolled-back transaction goes with it; a failing insert never throws", async () => {
    const { id } = await getOrCreateGuestUser(db, `guest-${crypto.randomUUID()}`);
    await db
      .transaction(async (tx) => {
        await recordEvent(tx, { userId: id, name: "active" });
        // A failed event (unknown user) must not abort the caller's transaction.
        await recordEvent(tx, { userId: "no-such-user", name: "active" });
        await recordEvent(tx, { userId: id, name: "todo_created" });
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await namesOf(id)).toEqual(["visitor_created"]);
    await expect(recordEvent(db, { userId: "no-such-user", name: "active" })).resolves.toBeUndefined();
  });

  test("activity is recorded at most once per user and UTC day", async () => {
    const { id } = await getOrCreateGuestUser(db, `guest-${crypto.randomUUID()}`);
    await recordDailyActivity(db, { userId: id, at: new Date("2026-03-16T01:00:00Z") });
    await recordDailyActivity(db, { userId: id, at: new Date("2026-03-16T23:00:00Z") });
    await recordDailyActivity(db, { userId: id, at: new Date("2026-03-17T00:00:00Z") });
    const active = (await db.select().from(events).where(eq(events.userId, id))).filter(
      (e) => e.name === "active",
    );
    expect(active.map((e) => e.createdAt.toISOString()).sort()).toEqual([
      "2026-03-16T01:00:00.000Z",
      "2026-03-17T00:00:00.000Z",
    ]);
  });

  test("flushes of several processes add up, bucket by bucket", async () => {
    await db.delete(requestStats);
    const at = new Date("2026-04-01T10:00:10Z");
    const a = new RequestStatsAggregator();
    const b = new RequestStatsAggregator();
    for (let i = 0; i < 60; i++) a.record({ method: "GET", path: "/api/todos", status: 200, ms: 30, at });
    for (let i = 0; i < 39; i++) b.record({ method: "GET", path: "/api/todos", status: 200, ms: 450, at });
    b.record({ method: "GET", path: "/api/todos", status: 503, ms: 9000, at });
    await addRequestStats(db, { rows: a.drain() });
    await addRequestStats(db, { rows: b.drain() });
    const rows = await db.select().from(requestStats);
    const ok = rows.find((r) => r.status === 200);
    expect(ok).toMatchObject({ count: 99, totalMs: 60 * 30 + 39 * 450, maxMs: 450 });
    const expected = emptyBuckets();
    expected[1] = 60;
    expected[6] = 39;
    expect(ok?.buckets).toEqual(expected);
    const figures = await computeLaunchMetrics(db, {
      from: new Date("2026-04-01T00:00:00Z"),
      to: new Date("2026-04-02T00:00:00Z"),
    });
    expect(figures.find((f) => f.metric === "error_rate")).toMatchObject({
      numerator: 1,
      denominator: 100,
      value: 0.01,
    });
    // Rank 95 of 100: in [400, 500) holding 39 after 60 -> 400 + 100 * 35 / 39.
    expect(figures.find((f) => f.metric === "p95_response_ms")?.value).toBeCloseTo(400 + (100 * 35) / 39, 9);
  });
});
