import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import * as migrationRoute from "@/app/api/migrations/local-storage/route";
import * as todosRoute from "@/app/api/todos/route";
import { createList, getListsForUser } from "@/db/queries/lists";
import { countMigratedTodos, migrateLocalStorage } from "@/db/queries/migration";
import { getOrCreateGuestUser, getPreferences } from "@/db/queries/users";
import { lists, todos, userPreferences } from "@/db/schema";
import { newGuestToken } from "@/lib/auth/guest-token";
import { type Db, getDbHandle } from "@/lib/db";
import { serverTodoId } from "@/lib/migration/legacy-id";
import { parseLegacyPayload } from "@/lib/migration/legacy-payload";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// POST/GET /api/migrations/local-storage and the query behind it, on the
// embedded database and (with TEST_DATABASE_URL) a fresh PostgreSQL database.

/** A legacy payload; its one uuid id is fresh unless given (ids are global across users). */
function legacyPayload(n = 3, uuid: string = crypto.randomUUID()) {
  const todos: Record<string, unknown>[] = [
    {
      id: uuid,
      text: "Call mum",
      priority: "high",
      createdAt: "2024-03-01T10:00:00.000Z",
      category: "Family",
    },
    {
      id: 1712345678901,
      text: "Buy milk",
      completed: true,
      createdAt: 1709290800000,
      completedAt: 1709377200000,
      category: "groceries",
    },
    { id: "legacy-3", text: "Water the plants", description: "the big ones", category: "" },
  ];
  for (let i = 3; i < n; i++)
    todos.push({ id: i * 1000, text: `Todo ${i}`, category: i % 2 ? "Work" : null });
  return { todos: todos.slice(0, Math.max(n, 0)), preferences: { theme: "dark", voiceEnabled: true } };
}

function bigPayload(n: number) {
  const categories = ["Work", "Home", "Groceries", "", "Errands"];
  return {
    todos: Array.from({ length: n }, (_, i) => ({
      id: 1_700_000_000_000 + i,
      text: `Legacy todo number ${i} with a realistic amount of text`,
      description: i % 3 ? "" : "Some notes the user once wrote about this todo.",
      priority: ["low", "medium", "high", "urgent"][i % 4],
      completed: i % 5 === 0,
      createdAt: 1_700_000_000_000 + i * 1000,
      completedAt: i % 5 === 0 ? 1_700_100_000_000 + i : null,
      category: categories[i % categories.length],
    })),
    preferences: { theme: "light" },
  };
}

describe.each(testDatabaseKinds())("migrateLocalStorage on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  let alice: string;
  let bob: string;
  let uuidA: string;
  const migrate = (
    userId: string,
    data: unknown,
    extra: Partial<Parameters<typeof migrateLocalStorage>[1]> = {},
  ) => migrateLocalStorage(db, { userId, payload: parseLegacyPayload(data), ...extra });
  const rowsOf = (userId: string) =>
    db.select().from(todos).where(eq(todos.createdBy, userId)).orderBy(todos.id);
  const listsOf = (userId: string) =>
    db.select().from(lists).where(eq(lists.ownerId, userId)).orderBy(lists.id);
  const prefsOf = async (userId: string) =>
    (await db.select().from(userPreferences).where(eq(userPreferences.userId, userId)))[0];

  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());
  beforeEach(async () => {
    alice = (await getOrCreateGuestUser(db, `alice-${crypto.randomUUID()}`)).id;
    bob = (await getOrCreateGuestUser(db, `bob-${crypto.randomUUID()}`)).id;
    uuidA = crypto.randomUUID();
  });

  test("maps todos, lists and preferences", async () => {
    const groceries = await createList(db, { userId: alice, input: { name: "Groceries" } });
    const result = await migrate(alice, legacyPayload(3, uuidA));
    expect(result).toEqual({
      migratedTodos: 3,
      alreadyMigrated: 0,
      failedTodos: 0,
      errors: [],
      totalMigrated: 3,
    });

    const byName = new Map((await getListsForUser(db, { userId: alice })).map((l) => [l.name, l]));
    expect([...byName.keys()].sort()).toEqual(["Family", "Groceries", "Inbox"]);
    expect(byName.get("Family")?.role).toBe("owner");
    const rows = await rowsOf(alice);
    const find = (id: string) => rows.find((r) => r.id === id);
    expect(find(uuidA)).toMatchObject({
      title: "Call mum",
      priority: "high",
      status: "pending",
      createdVia: "migration",
      createdAt: new Date("2024-03-01T10:00:00.000Z"),
      listId: byName.get("Family")?.id,
    });
    expect(find(serverTodoId(alice, 1712345678901))).toMatchObject({
      title: "Buy milk",
      status: "completed",
      completedBy: alice,
      createdAt: new Date(1709290800000),
      completedAt: new Date(1709377200000),
      listId: groceries.id,
    });
    expect(find(serverTodoId(alice, "legacy-3"))).toMatchObject({
      notes: "the big ones",
      priority: "medium",
      listId: byName.get("Inbox")?.id,
    });
    const prefs = await getPreferences(db, { userId: alice });
    expect(prefs.theme).toBe("dark");
    expect(prefs.extra).toEqual({ voiceEnabled: true });
  });

  test("the same payload twice: the second changes nothing and answers the same counts", async () => {
    const first = await migrate(alice, legacyPayload(8, uuidA));
    const snapshot = { todos: await rowsOf(alice), lists: await listsOf(alice), prefs: await prefsOf(alice) };
    const second = await migrate(alice, legacyPayload(8, uuidA));
    expect(second).toEqual({ ...first, alreadyMigrated: 8 });
    expect(first.migratedTodos).toBe(8);
    expect({ todos: await rowsOf(alice), lists: await listsOf(alice), prefs: await prefsOf(alice) }).toEqual(
      snapshot,
    );
  });

  test("two sends at once (a double click) still give one copy", async () => {
    const [a, b] = await Promise.all([
      migrate(alice, legacyPayload(20, uuidA)),
      migrate(alice, legacyPayload(20, uuidA)),
    ]);
    expect(a.migratedTodos).toBe(20);
    expect(b.migratedTodos).toBe(20);
    expect(a.alreadyMigrated + b.alreadyMigrated).toBe(20);
    expect(await countMigratedTodos(db, { userId: alice })).toBe(20);
    expect((await listsOf(alice)).map((l) => l.name).sort()).toEqual([
      "Family",
      "Inbox",
      "Work",
      "groceries",
    ]);
  });

  test("a todo id that belongs to another user is reported, not taken over", async () => {
    await migrate(bob, { todos: [{ id: uuidA, text: "Bob's own" }] });
    const result = await migrate(alice, legacyPayload(3, uuidA));
    expect(result).toMatchObject({ migratedTodos: 2, failedTodos: 1, totalMigrated: 2 });
    expect(result.errors).toEqual([
      { index: 0, id: uuidA, message: expect.stringContaining("another account") },
    ]);
    const [bobs] = await db.select().from(todos).where(eq(todos.id, uuidA));
    expect(bobs).toMatchObject({ createdBy: bob, title: "Bob's own" });
    // And again: the same answer.
    expect(await migrate(alice, legacyPayload(3, uuidA))).toEqual({ ...result, alreadyMigrated: 2 });
  });

  test("derived ids are per user: the same legacy ids migrate for two people", async () => {
    const payload = {
      todos: [
        { id: 1, text: "a" },
        { id: "legacy-3", text: "b" },
      ],
    };
    expect((await migrate(alice, payload)).migratedTodos).toBe(2);
    expect((await migrate(bob, payload)).migratedTodos).toBe(2);
  });

  test("a crash between insert and commit leaves nothing half-written", async () => {
    const before = { lists: await listsOf(alice), prefs: await prefsOf(alice) };
    let insideTx = -1;
    const crash = migrate(alice, legacyPayload(50, uuidA), {
      beforeCommit: async (tx) => {
        insideTx = (await tx.select({ id: todos.id }).from(todos).where(eq(todos.createdBy, alice))).length;
        throw new Error("simulated crash before COMMIT");
      },
    });
    await expect(crash).rejects.toThrow("simulated crash");
    expect(insideTx).toBe(50); // the rows were written inside the transaction...
    expect(await rowsOf(alice)).toEqual([]); // ...and none survived it
    expect({ lists: await listsOf(alice), prefs: await prefsOf(alice) }).toEqual(before);
    // A retry after the crash moves everything.
    expect((await migrate(alice, legacyPayload(50, uuidA))).migratedTodos).toBe(50);
  });

  test("10,000 todos migrate in under 5 s", async () => {
    const payload = bigPayload(10_000);
    const started = performance.now();
    const result = await migrate(alice, payload);
    const ms = performance.now() - started;
    console.info(`[${kind.name}] 10,000 todos migrated in ${Math.round(ms)} ms`);
    expect(result).toMatchObject({ migratedTodos: 10_000, failedTodos: 0, totalMigrated: 10_000 });
    expect(ms).toBeLessThan(5_000);
    const retryStarted = performance.now();
    expect((await migrate(alice, payload)).alreadyMigrated).toBe(10_000);
    console.info(
      `[${kind.name}] the same 10,000 again in ${Math.round(performance.now() - retryStarted)} ms`,
    );
    const work = (await listsOf(alice)).find((l) => l.name === "Work");
    const inWork = await db
      .select({ id: todos.id })
      .from(todos)
      .where(and(eq(todos.listId, work?.id ?? "")));
    expect(inWork).toHaveLength(2_000);
  }, 60_000);
});

describe("POST and GET /api/migrations/local-storage", () => {
  let database: TestDatabase | undefined;
  type Handler = (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
  const post = migrationRoute.POST as unknown as Handler;
  const get = migrationRoute.GET as unknown as Handler;

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      database = await createTestDatabase(process.env.TEST_DATABASE_URL, "vt_migration_api");
      process.env.DATABASE_URL = database.url;
      const { migrateServerDatabase } = await import("@/scripts/db-migrate");
      await migrateServerDatabase();
    } else {
      process.env.DATA_DIR = "memory://";
    }
  });
  afterAll(async () => {
    await (await getDbHandle()).close();
    await database?.drop();
  });

  async function call(handler: Handler, token: string, body?: string, headers: Record<string, string> = {}) {
    const init: RequestInit = {
      method: body === undefined ? "GET" : "POST",
      headers: { cookie: `vt_guest=${token}`, "content-type": "application/json", ...headers },
      body,
    };
    const response = await handler(new Request("http://localhost:3000/api/migrations/local-storage", init), {
      params: Promise.resolve({}),
    });
    return { status: response.status, body: await response.json() };
  }
  const send = (token: string, data: unknown) => call(post, token, JSON.stringify(data));
  const todosOf = async (token: string) => {
    const response = await (todosRoute.GET as unknown as Handler)(
      new Request("http://localhost:3000/api/todos?status=all", { headers: { cookie: `vt_guest=${token}` } }),
      { params: Promise.resolve({}) },
    );
    return ((await response.json()) as { todos: unknown[] }).todos;
  };

  test("migrates, reads back the count, and a retry answers the same", async () => {
    const token = newGuestToken();
    expect(await call(get, token)).toEqual({ status: 200, body: { count: 0 } });
    const payload = legacyPayload();
    const first = await send(token, payload);
    expect(first).toEqual({
      status: 200,
      body: { migratedTodos: 3, alreadyMigrated: 0, failedTodos: 0, errors: [], totalMigrated: 3 },
    });
    expect(await call(get, token)).toEqual({ status: 200, body: { count: 3 } });
    expect((await send(token, payload)).body).toEqual({ ...first.body, alreadyMigrated: 3 });
    expect(await todosOf(token)).toHaveLength(3);
  });

  test.each([
    [
      "empty text",
      {
        todos: [
          { id: 1, text: "a" },
          { id: 2, text: " " },
        ],
      },
      "todos[1].text: must be a non-empty string",
    ],
    ["todos not a list", { todos: "all of them" }, "todos: must be an array"],
    [
      "a bad date",
      { todos: [{ id: 1, text: "a", createdAt: "soon" }] },
      "todos[0].createdAt: must be an ISO date-time",
    ],
    ["a bare array", [{ id: 1, text: "a" }], "body: must be an object"],
  ])("%s -> 400 naming the problem, nothing written", async (_name, data, message) => {
    const token = newGuestToken();
    const response = await send(token, data);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("bad_request");
    expect(response.body.error.message).toContain(message);
    expect(await todosOf(token)).toEqual([]);
  });

  test("malformed JSON is 400, another media type 415, over 8 MB 413", async () => {
    const token = newGuestToken();
    expect((await call(post, token, "{todos:")).status).toBe(400);
    expect((await call(post, token, "todos=1", { "content-type": "text/plain" })).status).toBe(415);
    const huge = JSON.stringify({ todos: [{ id: 1, text: "x".repeat(9 * 1024 * 1024) }] });
    expect((await call(post, token, huge)).status).toBe(413);
  });

  test("a cross-site POST is refused", async () => {
    const response = await call(post, newGuestToken(), JSON.stringify(legacyPayload()), {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(response.status).toBe(403);
  });

  test("10,000 todos over HTTP (JSON parse included) in under 5 s", async () => {
    const token = newGuestToken();
    const body = JSON.stringify(bigPayload(10_000));
    const started = performance.now();
    const response = await call(post, token, body);
    const ms = performance.now() - started;
    console.info(
      `[route, ${database ? "postgres" : "pglite"}] 10,000 todos (${(body.length / 1e6).toFixed(1)} MB) in ${Math.round(ms)} ms`,
    );
    expect(response.body).toMatchObject({ migratedTodos: 10_000, failedTodos: 0 });
    expect(ms).toBeLessThan(5_000);
    expect((await call(get, token)).body).toEqual({ count: 10_000 });
  }, 60_000);
});
