import { describe, expect, test } from "vitest";
import * as listRoute from "@/app/api/lists/[id]/route";
import * as listsRoute from "@/app/api/lists/route";
import * as openapiRoute from "@/app/api/openapi.json/route";
import * as prefsRoute from "@/app/api/preferences/route";
import * as readyRoute from "@/app/api/ready/route";
import * as restoreRoute from "@/app/api/todos/[id]/restore/route";
import * as todoRoute from "@/app/api/todos/[id]/route";
import * as clearRoute from "@/app/api/todos/clear-completed/route";
import * as reorderRoute from "@/app/api/todos/reorder/route";
import * as todosRoute from "@/app/api/todos/route";
import { newGuestToken } from "@/lib/auth/guest-token";
import { withAppDatabase } from "../support/app-database";

// The JSON API exercised through its real route handlers and database: one
// run on a fresh PostgreSQL database when TEST_DATABASE_URL is set, on the
// embedded database otherwise.

withAppDatabase("vt_api");

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

function client(token = newGuestToken()) {
  const call = async (
    handler: Handler,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const id = path.split("/")[3] ?? "";
    const init: RequestInit = { method, headers: { cookie: `vt_guest=${token}`, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const response = await handler(new Request(`http://localhost:3000${path}`, init), {
      params: Promise.resolve({ id }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  };
  return { token, call };
}

const h = (fn: unknown) => fn as Handler;

describe("todo API", () => {
  test("create, read, update, complete, delete, restore over HTTP", async () => {
    const { call } = client();
    const created = await call(h(todosRoute.POST), "POST", "/api/todos", {
      title: "Buy milk",
      priority: "high",
      tags: ["#Shop"],
    });
    expect(created.status).toBe(201);
    expect(created.body.todo).toMatchObject({
      title: "Buy milk",
      priority: "high",
      tags: ["shop"],
      status: "pending",
    });
    const id = created.body.todo.id;

    expect((await call(h(todoRoute.GET), "GET", `/api/todos/${id}`)).body.todo.title).toBe("Buy milk");
    const patched = await call(h(todoRoute.PATCH), "PATCH", `/api/todos/${id}`, { status: "completed" });
    expect(patched.body.todo.status).toBe("completed");
    const list = await call(h(todosRoute.GET), "GET", "/api/todos?status=completed");
    expect(list.body.todos.map((t: { id: string }) => t.id)).toEqual([id]);

    expect((await call(h(todoRoute.DELETE), "DELETE", `/api/todos/${id}`)).status).toBe(200);
    expect((await call(h(todoRoute.GET), "GET", `/api/todos/${id}`)).status).toBe(404);
    expect(
      (await call(h(restoreRoute.POST), "POST", `/api/todos/${id}/restore`)).body.todo.deletedAt,
    ).toBeNull();
  });

  test.each([
    ["malformed JSON", "{title:", {}, 400, "bad_request"],
    [
      "not JSON at all",
      "title=x",
      { "content-type": "application/x-www-form-urlencoded" },
      415,
      "unsupported_media_type",
    ],
    ["unknown field", { title: "x", owner: "me" }, {}, 422, "validation_failed"],
    ["empty title", { title: "   " }, {}, 422, "validation_failed"],
    ["huge title", { title: "x".repeat(501) }, {}, 422, "validation_failed"],
    ["huge body", { title: "x", notes: "y".repeat(70_000) }, {}, 413, "payload_too_large"],
    ["bad priority", { title: "x", priority: "extreme" }, {}, 422, "validation_failed"],
    ["bad date", { title: "x", dueDate: "2026-13-45" }, {}, 422, "validation_failed"],
    ["time without date", { title: "x", dueTime: "09:00" }, {}, 422, "validation_failed"],
    ["bad time zone", { title: "x", timeZone: "Mars/Olympus" }, {}, 422, "validation_failed"],
    [
      "bad recurrence",
      { title: "x", dueDate: "2026-12-01", recurrence: "FREQ=SOMETIMES" },
      {},
      422,
      "validation_failed",
    ],
    ["bad id", { id: "123", title: "x" }, {}, 422, "validation_failed"],
    ["a list that is not there", { title: "x", listId: crypto.randomUUID() }, {}, 404, "not_found"],
    ["an array", [{ title: "x" }], {}, 422, "validation_failed"],
  ])("POST /api/todos with %s -> %i and nothing written", async (_name, body, headers, status, code) => {
    const { call } = client();
    const response = await call(h(todosRoute.POST), "POST", "/api/todos", body, headers);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toEqual(expect.any(String));
    expect((await call(h(todosRoute.GET), "GET", "/api/todos?status=all")).body.todos).toEqual([]);
  });

  test("wrong ids are 404, never 500", async () => {
    const { call } = client();
    for (const path of ["/api/todos/not-a-uuid", `/api/todos/${crypto.randomUUID()}`, "/api/todos/%00"]) {
      expect((await call(h(todoRoute.GET), "GET", path)).status).toBe(404);
      expect((await call(h(todoRoute.PATCH), "PATCH", path, { title: "x" })).status).toBe(404);
      expect((await call(h(todoRoute.DELETE), "DELETE", path)).status).toBe(404);
    }
    expect((await call(h(listRoute.PATCH), "PATCH", "/api/lists/nope", { name: "x" })).status).toBe(404);
  });

  test("bad query strings are 422", async () => {
    const { call } = client();
    expect((await call(h(todosRoute.GET), "GET", "/api/todos?status=maybe")).status).toBe(422);
    expect((await call(h(todosRoute.GET), "GET", "/api/todos?limit=100000")).status).toBe(422);
    expect((await call(h(todosRoute.GET), "GET", "/api/todos?hack=1")).status).toBe(422);
  });

  test("PATCH with a stale version is 409 and keeps the newer title", async () => {
    const { call } = client();
    const { todo } = (await call(h(todosRoute.POST), "POST", "/api/todos", { title: "v1" })).body;
    await call(h(todoRoute.PATCH), "PATCH", `/api/todos/${todo.id}`, { title: "v2" });
    const stale = await call(h(todoRoute.PATCH), "PATCH", `/api/todos/${todo.id}`, {
      title: "v3",
      expectedVersion: todo.version,
    });
    expect(stale.status).toBe(409);
    expect((await call(h(todoRoute.GET), "GET", `/api/todos/${todo.id}`)).body.todo.title).toBe("v2");
  });

  test("no guest cookie is 401; a cross-site write is refused and changes nothing", async () => {
    const anonymous = await h(todosRoute.GET)(new Request("http://localhost:3000/api/todos"), {
      params: Promise.resolve({ id: "" }),
    });
    expect(anonymous.status).toBe(401);
    const { call } = client();
    const refused = await call(
      h(todosRoute.POST),
      "POST",
      "/api/todos",
      { title: "csrf" },
      { origin: "https://evil.example", host: "localhost:3000" },
    );
    expect(refused.status).toBe(403);
    const fetchSite = await call(
      h(todosRoute.POST),
      "POST",
      "/api/todos",
      { title: "csrf" },
      { "sec-fetch-site": "cross-site" },
    );
    expect(fetchSite.status).toBe(403);
    expect((await call(h(todosRoute.GET), "GET", "/api/todos")).body.todos).toEqual([]);
  });

  test("every route hides another user's data behind 404", async () => {
    const alice = client();
    const bob = client();
    const { todo } = (await alice.call(h(todosRoute.POST), "POST", "/api/todos", { title: "Alice only" }))
      .body;
    const { list } = (await alice.call(h(listsRoute.POST), "POST", "/api/lists", { name: "Private" })).body;
    const attempts: [Handler, string, string, unknown?][] = [
      [h(todoRoute.GET), "GET", `/api/todos/${todo.id}`],
      [h(todoRoute.PATCH), "PATCH", `/api/todos/${todo.id}`, { title: "mine now" }],
      [h(todoRoute.DELETE), "DELETE", `/api/todos/${todo.id}`],
      [h(restoreRoute.POST), "POST", `/api/todos/${todo.id}/restore`],
      [h(todosRoute.POST), "POST", "/api/todos", { title: "sneak in", listId: list.id }],
      [h(reorderRoute.POST), "POST", "/api/todos/reorder", { listId: list.id, ids: [todo.id] }],
      [h(clearRoute.POST), "POST", "/api/todos/clear-completed", { listId: list.id }],
      [h(listRoute.PATCH), "PATCH", `/api/lists/${list.id}`, { name: "mine" }],
      [h(listRoute.DELETE), "DELETE", `/api/lists/${list.id}`],
    ];
    for (const [handler, method, path, body] of attempts) {
      const response = await bob.call(handler, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const listed = await bob.call(h(todosRoute.GET), "GET", `/api/todos?list=${list.id}&status=all`);
    expect(listed.body.todos).toEqual([]);
    expect(
      (await bob.call(h(listsRoute.GET), "GET", "/api/lists")).body.lists.map(
        (l: { name: string }) => l.name,
      ),
    ).toEqual(["Inbox"]);
    const still = await alice.call(h(todoRoute.GET), "GET", `/api/todos/${todo.id}`);
    expect(still.body.todo).toMatchObject({ title: "Alice only", deletedAt: null });
  });
});

describe("lists, preferences, clear and reorder", () => {
  test("list CRUD and the conflicts a person can cause", async () => {
    const { call } = client();
    const created = await call(h(listsRoute.POST), "POST", "/api/lists", { name: "Groceries" });
    expect(created.status).toBe(201);
    expect((await call(h(listsRoute.POST), "POST", "/api/lists", { name: "groceries" })).status).toBe(409);
    const renamed = await call(h(listRoute.PATCH), "PATCH", `/api/lists/${created.body.list.id}`, {
      name: "Food",
    });
    expect(renamed.body.list.name).toBe("Food");
    const lists = (await call(h(listsRoute.GET), "GET", "/api/lists")).body.lists;
    const inbox = lists.find((l: { isDefault: boolean }) => l.isDefault);
    expect((await call(h(listRoute.DELETE), "DELETE", `/api/lists/${inbox.id}`)).status).toBe(409);
    expect((await call(h(listRoute.DELETE), "DELETE", `/api/lists/${created.body.list.id}`)).status).toBe(
      204,
    );
  });

  test("preferences drive the time zone of the due filters", async () => {
    const { call } = client();
    expect(
      (await call(h(prefsRoute.PATCH), "PATCH", "/api/preferences", { timeZone: "Nowhere/City" })).status,
    ).toBe(422);
    const prefs = await call(h(prefsRoute.PATCH), "PATCH", "/api/preferences", {
      timeZone: "Pacific/Kiritimati",
    });
    expect(prefs.body.preferences.timeZone).toBe("Pacific/Kiritimati");
    const todayThere = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Kiritimati" }).format(
      new Date(),
    );
    await call(h(todosRoute.POST), "POST", "/api/todos", { title: "Kiritimati today", dueDate: todayThere });
    const today = await call(h(todosRoute.GET), "GET", "/api/todos?due=today");
    expect(today.body.todos.map((t: { title: string }) => t.title)).toEqual(["Kiritimati today"]);
  });

  test("clear completed and reorder over HTTP", async () => {
    const { call } = client();
    const ids: string[] = [];
    for (const title of ["a", "b", "c"])
      ids.push((await call(h(todosRoute.POST), "POST", "/api/todos", { title })).body.todo.id);
    const listId = (await call(h(todoRoute.GET), "GET", `/api/todos/${ids[0]}`)).body.todo.listId;
    const reordered = await call(h(reorderRoute.POST), "POST", "/api/todos/reorder", {
      listId,
      ids: [ids[2], ids[1], ids[0]],
    });
    expect(reordered.body.reordered).toBe(3);
    const order = (await call(h(todosRoute.GET), "GET", "/api/todos")).body.todos.map(
      (t: { title: string }) => t.title,
    );
    expect(order).toEqual(["c", "b", "a"]);
    await call(h(todoRoute.PATCH), "PATCH", `/api/todos/${ids[1]}`, { status: "completed" });
    const cleared = await call(h(clearRoute.POST), "POST", "/api/todos/clear-completed", {});
    expect(cleared.body.cleared).toEqual([ids[1]]);
  });
});

describe("health, readiness and the API description", () => {
  test("/api/ready reports the database and its migrations", async () => {
    const response = await readyRoute.GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.checks.database.status).toBe("ok");
  });

  test("/api/openapi.json describes every route with its schemas", async () => {
    const doc = await openapiRoute.GET().json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/todos",
        "/api/todos/{id}",
        "/api/lists",
        "/api/lists/{id}",
        "/api/health",
        "/api/ready",
      ]),
    );
    const createSchema = doc.paths["/api/todos"].post.requestBody.content["application/json"].schema;
    expect(createSchema.required).toEqual(["title"]);
    expect(createSchema.additionalProperties).toBe(false);
    expect(createSchema.properties.priority.enum).toEqual(["low", "medium", "high", "urgent"]);
  });
});
