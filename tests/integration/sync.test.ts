import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import * as syncRoute from "@/app/api/sync/route";
import { newGuestToken } from "@/lib/auth/guest-token";
import { getDb } from "@/lib/db";
import type { SyncCommand } from "@/lib/sync/protocol";
import { PULL_OVERLAP, parseSyncToken } from "@/lib/sync/token";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import { guestClient } from "../support/api-client";
import { withAppDatabase } from "../support/app-database";

// POST /api/sync through its route handler and a real database (a fresh
// PostgreSQL database with TEST_DATABASE_URL, the embedded one otherwise):
// exactly-once application, per-command statuses, the conflict policy of
// lib/sync/protocol.ts and incremental pulls.

withAppDatabase("vt_sync");

type SyncBody = {
  syncToken: string;
  fullSync: boolean;
  syncStatus: Record<string, unknown>;
  todos: TodoDto[];
  lists: ListDto[];
  removedListIds: string[];
};

/** One device of a user: a guest cookie (shared between devices of one user) and its own token. */
function device(token?: string) {
  const call = guestClient(token);
  let syncToken: string | null = null;
  const raw = (body: unknown, headers?: Record<string, string>) =>
    call(syncRoute.POST, "POST", "/api/sync", body, headers);
  const sync = async (commands: SyncCommand[] = [], keepToken = false) => {
    const response = await raw({ syncToken, commands });
    expect(response.status).toBe(200);
    const body = response.body as unknown as SyncBody;
    if (!keepToken) syncToken = body.syncToken;
    return body;
  };
  return { raw, sync, token: () => syncToken };
}

const uuid = () => crypto.randomUUID();
type AddCommand = Extract<SyncCommand, { type: "todo_add" }> & { args: { id: string } };
const add = (title: string, id = uuid(), extra: object = {}): AddCommand => ({
  uuid: uuid(),
  type: "todo_add",
  args: { id, title, ...extra },
});
const cmd = (type: SyncCommand["type"], args: object, extra: object = {}) =>
  ({ uuid: uuid(), type, args, ...extra }) as SyncCommand;
/**
 * Other users' writes on a busy server, then one of the device's own: its
 * token moves more than the pull's overlap past its older rows.
 */
async function busyServer(d: ReturnType<typeof device>) {
  await (await getDb()).execute(
    sql`select setval('change_seq', nextval('change_seq') + ${PULL_OVERLAP * 2})`,
  );
  await d.sync([add("meanwhile")]);
}
const live = (body: SyncBody) => body.todos.filter((t) => !t.deletedAt);
const byId = (body: SyncBody, id: string) => body.todos.find((t) => t.id === id);

describe("exactly once", () => {
  test("a retried batch answers the same and changes nothing twice", async () => {
    const phone = device();
    const first = add("Buy milk");
    const listId = uuid();
    const batch = [
      first,
      cmd("list_add", { id: listId, name: "Errands" }),
      add("Post letter", uuid(), { listId }),
      cmd("todo_update", { id: first.args.id, patch: { title: "Buy oat milk" } }),
      cmd("todo_complete", { id: first.args.id }),
    ];
    const once = await phone.sync(batch, true);
    expect(Object.values(once.syncStatus)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    const twice = await phone.sync(batch, true);
    expect(twice.syncStatus).toEqual(once.syncStatus);
    // Duplicates inside one batch, too.
    expect((await phone.sync([first, first])).syncStatus).toEqual({ [first.uuid]: "ok" });

    const everything = await phone.raw({ syncToken: "*" });
    const todos = (everything.body as unknown as SyncBody).todos;
    expect(todos.map((t) => t.title).sort()).toEqual(["Buy oat milk", "Post letter"]);
    expect(todos.find((t) => t.title === "Buy oat milk")?.status).toBe("completed");
  });

  test("a failed command does not stop the batch, and a retry gives the same error", async () => {
    const phone = device();
    const batch = [
      cmd("todo_update", { id: uuid(), patch: { title: "ghost" } }),
      add("first"),
      cmd("todo_update", { id: uuid(), patch: { status: "completed" } }),
      add("in a missing list", uuid(), { listId: uuid() }),
      cmd("list_delete", { id: uuid() }),
      add("second"),
    ];
    const body = await phone.sync(batch);
    const codes = batch.map((c) => body.syncStatus[c.uuid]);
    expect(codes).toEqual([
      { error: { code: "not_found", message: "Todo not found" } },
      "ok",
      { error: { code: "validation_failed", message: expect.stringContaining("todo_complete") } },
      { error: { code: "not_found", message: "List not found" } },
      { error: { code: "not_found", message: "List not found" } },
      "ok",
    ]);
    expect((await phone.sync(batch)).syncStatus).toEqual(body.syncStatus);
    expect(live(await device().sync()).length).toBe(0); // another guest sees nothing
  });

  test("a known todo id under a new command uuid is a conflict, not a second todo", async () => {
    const phone = device();
    const first = add("once");
    await phone.sync([first]);
    const again = { ...first, uuid: uuid() };
    const body = await phone.sync([again]);
    expect(body.syncStatus[again.uuid]).toMatchObject({ error: { code: "conflict" } });
  });

  test("two deliveries of one batch at the same moment apply it once", async () => {
    const token = newGuestToken();
    const phone = device(token);
    await phone.sync(); // the guest exists before the race
    const todo = add("raced");
    const batch = [
      todo,
      cmd("todo_update", { id: todo.args.id, patch: { title: "raced twice?" } }),
      cmd("todo_complete", { id: todo.args.id }),
    ];
    const [a, b] = await Promise.all([device(token).sync(batch), device(token).sync(batch)]);
    expect(a?.syncStatus).toEqual(b?.syncStatus);
    expect(Object.values(a?.syncStatus ?? {})).toEqual(["ok", "ok", "ok"]);
    const todos = live(await device(token).sync());
    expect(todos).toHaveLength(1);
    expect(todos[0]).toMatchObject({ title: "raced twice?", status: "completed" });
  });
});

describe("between users", () => {
  test("another user's todo id is not found and stays untouched", async () => {
    const alice = device();
    const mallory = device();
    const todo = add("Alice's secret");
    await alice.sync([todo]);
    const attacks = [
      cmd("todo_update", { id: todo.args.id, patch: { title: "pwned" } }),
      cmd("todo_complete", { id: todo.args.id }),
      cmd("todo_delete", { id: todo.args.id }),
      cmd("todo_restore", { id: todo.args.id }),
    ];
    const body = await mallory.sync(attacks);
    for (const attack of attacks) {
      expect(body.syncStatus[attack.uuid]).toEqual({
        error: { code: "not_found", message: "Todo not found" },
      });
    }
    expect(body.todos).toEqual([]);
    const mine = byId(await alice.sync(), todo.args.id);
    expect(mine).toMatchObject({ title: "Alice's secret", status: "pending", deletedAt: null });
  });

  test("a command uuid another user already used is refused and nothing is applied", async () => {
    const alice = device();
    const bob = device();
    const shared = uuid();
    await alice.sync([{ ...add("Alice's"), uuid: shared }]);
    const body = await bob.sync([{ ...add("Bob's"), uuid: shared }]);
    expect(body.syncStatus[shared]).toEqual({ error: { code: "conflict", message: "duplicate command id" } });
    expect(live(body)).toEqual([]);
  });
});

describe("conflict policy", () => {
  test("offline edits of different fields both survive; the same field ends with the last applied", async () => {
    const token = newGuestToken();
    const phone = device(token);
    const laptop = device(token);
    const todo = add("Call mum");
    await phone.sync([todo]);
    await laptop.sync();
    await phone.sync([cmd("todo_update", { id: todo.args.id, patch: { title: "Call mum tonight" } })]);
    await laptop.sync([
      cmd("todo_update", { id: todo.args.id, patch: { priority: "high" } }),
      cmd("todo_update", { id: todo.args.id, patch: { notes: "laptop" } }),
    ]);
    await phone.sync([cmd("todo_update", { id: todo.args.id, patch: { notes: "phone" } })]);
    const merged = byId(await laptop.sync(), todo.args.id);
    expect(merged).toMatchObject({ title: "Call mum tonight", priority: "high", notes: "phone" });
  });

  test("an edit of a deleted todo fails with deleted and revives nothing; restore brings it back", async () => {
    const phone = device();
    const todo = add("Old plan");
    const id = todo.args.id;
    await phone.sync([todo, cmd("todo_delete", { id })]);
    await busyServer(phone);
    const stale = [
      cmd("todo_update", { id, patch: { title: "Revived?" } }),
      cmd("todo_complete", { id }),
      cmd("todo_uncomplete", { id }),
      cmd("todo_delete", { id }),
    ];
    const body = await phone.sync(stale);
    expect(stale.map((c) => body.syncStatus[c.uuid])).toEqual([
      { error: { code: "deleted", message: expect.any(String) } },
      { error: { code: "deleted", message: expect.any(String) } },
      { error: { code: "deleted", message: expect.any(String) } },
      "ok", // deleting twice is what the client wanted anyway
    ]);
    // The refused todo comes back as the server has it, so the client can undo its own copy.
    expect(byId(body, id)).toMatchObject({
      title: "Old plan",
      status: "pending",
      deletedAt: expect.any(String),
    });

    const listId = uuid();
    await phone.sync([cmd("list_add", { id: listId, name: "Gone" }), cmd("list_delete", { id: listId })]);
    const intoDeleted = [
      add("into a deleted list", uuid(), { listId }),
      cmd("list_update", { id: listId, patch: { name: "Back?" } }),
      cmd("list_delete", { id: listId }),
    ];
    const lists = await phone.sync(intoDeleted);
    expect(intoDeleted.map((c) => lists.syncStatus[c.uuid])).toEqual([
      { error: { code: "deleted", message: expect.any(String) } },
      { error: { code: "deleted", message: expect.any(String) } },
      "ok",
    ]);
    expect(lists.removedListIds).toEqual([listId]);

    const restored = await phone.sync([cmd("todo_restore", { id })]);
    expect(byId(restored, id)).toMatchObject({ title: "Old plan", deletedAt: null });
    const edited = await phone.sync([cmd("todo_update", { id, patch: { title: "New plan" } })]);
    expect(byId(edited, id)).toMatchObject({ title: "New plan", deletedAt: null });
  });

  test("an uncomplete made before the latest completion is accepted and ignored", async () => {
    const phone = device();
    const todo = add("Water plants");
    const id = todo.args.id;
    const before = new Date(Date.now() - 60_000).toISOString();
    await phone.sync([todo, cmd("todo_complete", { id })]);
    await busyServer(phone);
    const older = cmd("todo_uncomplete", { id }, { clientTime: before });
    const body = await phone.sync([older]);
    expect(body.syncStatus[older.uuid]).toBe("ok");
    expect(byId(body, id)).toMatchObject({ status: "completed" }); // named, so sent even though unchanged

    const newer = cmd("todo_uncomplete", { id }, { clientTime: new Date(Date.now() + 1000).toISOString() });
    expect(byId(await phone.sync([newer]), id)).toMatchObject({ status: "pending", completedAt: null });
    await phone.sync([cmd("todo_complete", { id })]);
    expect(byId(await phone.sync([cmd("todo_uncomplete", { id })]), id)).toMatchObject({ status: "pending" });
    // Completing twice is one completion.
    const twice = await phone.sync([cmd("todo_complete", { id }), cmd("todo_complete", { id })]);
    expect(Object.values(twice.syncStatus)).toEqual(["ok", "ok"]);
  });
});

describe("pull", () => {
  test("an incremental pull carries changes since the token, deletes included", async () => {
    const token = newGuestToken();
    const phone = device(token);
    const laptop = device(token);
    const keep = add("keep");
    const drop = add("drop");
    const listId = uuid();
    const inList = add("in list", uuid(), { listId });
    const first = await phone.sync([keep, drop, cmd("list_add", { id: listId, name: "Trip" }), inList]);
    expect(first.fullSync).toBe(true);
    await laptop.sync();
    const quiet = await phone.sync();
    expect(quiet.fullSync).toBe(false);

    await laptop.sync([cmd("todo_delete", { id: drop.args.id }), cmd("list_delete", { id: listId })]);
    const pulled = await phone.sync();
    expect(pulled.fullSync).toBe(false);
    expect(byId(pulled, drop.args.id)?.deletedAt).toEqual(expect.any(String));
    expect(byId(pulled, inList.args.id)?.deletedAt).toEqual(expect.any(String));
    expect(pulled.removedListIds).toEqual([listId]);
    expect(pulled.lists.map((l) => l.id)).not.toContain(listId);
    expect(live(await device(token).sync()).map((t) => t.id)).toEqual([keep.args.id]);
  });

  test("a row whose version was drawn before the token but committed after it is still sent", async () => {
    const phone = device();
    const todo = add("late");
    const second = add("later");
    await phone.sync([todo, second]);
    const body = await phone.sync();
    const parsed = parseSyncToken(body.syncToken);
    if (parsed.kind !== "since") throw new Error("expected an incremental token");
    // As if the transaction that drew this version committed only now.
    const db = await getDb();
    await db.execute(
      sql`update todos set title = 'committed late', version = ${parsed.version - 1} where id = ${todo.args.id}`,
    );
    expect(byId(await phone.sync(), todo.args.id)?.title).toBe("committed late");
  });

  test("the response has exactly the documented shape; a bad token means a full sync", async () => {
    const phone = device();
    const response = await phone.raw({ syncToken: "not-a-token", commands: [add("x")] });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(
      ["fullSync", "lists", "removedListIds", "syncStatus", "syncToken", "todos"].sort(),
    );
    expect(response.body.fullSync).toBe(true);
    expect(response.body.syncToken).toMatch(/^v1:\d+$/);
  });
});

describe("bad requests", () => {
  test.each([
    ["malformed JSON", "{commands:", {}, 400],
    ["another media type", "syncToken=*", { "content-type": "text/plain" }, 415],
    ["an unknown command", { commands: [{ uuid: uuid(), type: "todo_explode", args: {} }] }, {}, 422],
    ["an unknown field", { syncToken: null, commands: [], extra: 1 }, {}, 422],
    ["a command without uuid", { commands: [{ type: "todo_add", args: { title: "x" } }] }, {}, 422],
    ["too many commands", { commands: Array.from({ length: 501 }, () => add("x")) }, {}, 422],
    ["a body over 1 MB", { commands: [add("x", uuid(), { notes: "y".repeat(1_100_000) })] }, {}, 413],
  ])("%s -> %i and nothing applied", async (_name, body, headers, status) => {
    const phone = device();
    const response = await phone.raw(body, headers);
    expect(response.status).toBe(status);
    expect(response.body.error?.code).toEqual(expect.any(String));
    expect(live(await phone.sync())).toEqual([]);
  });
});
