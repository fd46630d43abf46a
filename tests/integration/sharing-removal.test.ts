import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as memberRoute from "@/app/api/lists/[id]/members/[memberId]/route";
import * as membersRoute from "@/app/api/lists/[id]/members/route";
import * as streamRoute from "@/app/api/realtime/stream/route";
import * as tokenRoute from "@/app/api/realtime/token/route";
import * as syncRoute from "@/app/api/sync/route";
import * as todoRoute from "@/app/api/todos/[id]/route";
import * as todosRoute from "@/app/api/todos/route";
import { createList } from "@/db/queries/lists";
import { createTodo } from "@/db/queries/todos";
import { GUEST_COOKIE } from "@/lib/auth/guest-token";
import { getDb } from "@/lib/db";
import { closeRealtime, listChannel, publish, userChannel } from "@/lib/realtime";
import { readUntil } from "@/lib/realtime/testing";
import {
  account,
  call,
  type Person,
  setFlag,
  setUpDatabase,
  tearDownDatabase,
} from "../support/sharing-client";

// Removing a member takes effect at once, everywhere: the next sync pull
// names the list in removedListIds and carries none of its todos, every
// route answers 404, the Ably token no longer names its channel, and an
// open event stream stops delivering its events (the removal itself
// publishes list_changed to the removed user). Stopping sharing does the
// same for everyone; the removed member's offline edit is refused.

const streams: AbortController[] = [];
beforeAll(async () => {
  await setUpDatabase("vt_unshare");
  await setFlag("team_collaboration", true);
  await setFlag("real_time_sync", true);
});
afterAll(async () => {
  for (const c of streams) c.abort();
  await closeRealtime();
  await tearDownDatabase();
});

async function sharedList() {
  const [owner, member] = [await account("Ann"), await account("Ben")];
  const db = await getDb();
  const list = await createList(db, { userId: owner.id, input: { name: "Party" } });
  const shared = await call(membersRoute.POST, "POST", "/x", {
    as: owner,
    params: { id: list.id },
    body: { email: member.email, role: "editor" },
  });
  expect(shared.status).toBe(201);
  const todo = await createTodo(db, {
    userId: owner.id,
    timeZone: "UTC",
    input: { listId: list.id, title: "Napkins" },
  });
  return {
    owner,
    member,
    listId: list.id,
    todoId: todo.id,
    memberRowId: String((shared.body.member as { id: string }).id),
  };
}

async function pull(as: Person, syncToken: string | null = null, commands: unknown[] = []) {
  const res = await call(syncRoute.POST, "POST", "/api/sync", { as, body: { syncToken, commands } });
  expect(res.status).toBe(200);
  return res.body as {
    syncToken: string;
    syncStatus: Record<string, unknown>;
    lists: { id: string }[];
    todos: { id: string; listId: string }[];
    removedListIds: string[];
  };
}

async function ablyChannels(as: Person): Promise<string[]> {
  process.env.ABLY_API_KEY = "appid.keyid:secretsecret";
  try {
    const res = await call(tokenRoute.GET, "GET", "/api/realtime/token", { as });
    return Object.keys(JSON.parse(String(res.body.capability)) as Record<string, unknown>);
  } finally {
    delete process.env.ABLY_API_KEY;
  }
}

async function openStream(as: Person) {
  const controller = new AbortController();
  streams.push(controller);
  const response = await streamRoute.GET(
    new Request("http://localhost:3000/api/realtime/stream", {
      headers: { cookie: `${GUEST_COOKIE}=${as.token}` },
      signal: controller.signal,
    }),
    { params: Promise.resolve({}) } as never,
  );
  expect(response.status).toBe(200);
  if (!response.body) throw new Error("no stream body");
  await readUntil(response.body, (t) => t.includes("event: sync"));
  return response.body;
}

describe("removing a member", () => {
  test("the sync pull sends removedListIds and stops returning the list and its todos", async () => {
    const s = await sharedList();
    const before = await pull(s.member);
    expect(before.lists.map((l) => l.id)).toContain(s.listId);
    expect(before.todos.map((t) => t.id)).toContain(s.todoId);

    const removed = await call(memberRoute.DELETE, "DELETE", "/x", {
      as: s.owner,
      params: { id: s.listId, memberId: s.memberRowId },
    });
    expect(removed.status).toBe(204);

    const after = await pull(s.member, before.syncToken);
    expect(after.removedListIds).toEqual([s.listId]);
    expect(after.lists.map((l) => l.id)).not.toContain(s.listId);
    expect(after.todos.filter((t) => t.listId === s.listId)).toEqual([]);
    // Later pulls may repeat it within the token's overlap (lib/sync/token.ts); removing twice is harmless.
    // A full sync simply no longer has it.
    expect((await pull(s.member)).lists.map((l) => l.id)).not.toContain(s.listId);
    // The owner's pull is unaffected.
    expect((await pull(s.owner)).lists.map((l) => l.id)).toContain(s.listId);
  });

  test("every route answers 404 and an offline edit made before the removal is refused", async () => {
    const s = await sharedList();
    await call(memberRoute.DELETE, "DELETE", "/x", {
      as: s.owner,
      params: { id: s.listId, memberId: s.memberRowId },
    });
    expect((await call(todoRoute.GET, "GET", "/x", { as: s.member, params: { id: s.todoId } })).status).toBe(
      404,
    );
    expect(
      (
        await call(todosRoute.POST, "POST", "/api/todos", {
          as: s.member,
          body: { listId: s.listId, title: "x" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(membersRoute.GET, "GET", "/x", { as: s.member, params: { id: s.listId } })).status,
    ).toBe(404);
    const uuid = crypto.randomUUID();
    const offline = await pull(s.member, null, [
      { uuid, type: "todo_update", args: { id: s.todoId, patch: { title: "mine now" } } },
    ]);
    expect(offline.syncStatus[uuid]).toMatchObject({ error: { code: "not_found" } });
  });

  test("the Ably token no longer names the list's channel", async () => {
    const s = await sharedList();
    expect(await ablyChannels(s.member)).toContain(listChannel(s.listId));
    await call(memberRoute.DELETE, "DELETE", "/x", {
      as: s.owner,
      params: { id: s.listId, memberId: s.memberRowId },
    });
    const channels = await ablyChannels(s.member);
    expect(channels).not.toContain(listChannel(s.listId));
    expect(channels).toContain(userChannel(s.member.id));
  });

  test("an open event stream stops delivering the list's events at once", async () => {
    const s = await sharedList();
    const body = await openStream(s.member);
    await publish([listChannel(s.listId)], { type: "todo_created", id: "while-member", listId: s.listId });
    await readUntil(body, (t) => t.includes("while-member"));
    // The route publishes list_changed to the removed member; their stream re-checks access.
    await call(memberRoute.DELETE, "DELETE", "/x", {
      as: s.owner,
      params: { id: s.listId, memberId: s.memberRowId },
    });
    const { text: told } = await readUntil(body, (t) => t.includes("list_changed"));
    expect(told).toContain(s.listId);
    await publish([listChannel(s.listId)], { type: "todo_created", id: "after-removal", listId: s.listId });
    await publish([userChannel(s.member.id)], { type: "sync", id: "marker" });
    const { text } = await readUntil(body, (t) => t.includes("marker"));
    expect(text).not.toContain("after-removal");
  });

  test("a member may leave on their own; an editor cannot remove others", async () => {
    const s = await sharedList();
    const other = await account("Cat");
    const added = await call(membersRoute.POST, "POST", "/x", {
      as: s.owner,
      params: { id: s.listId },
      body: { email: other.email, role: "editor" },
    });
    const otherRow = String((added.body.member as { id: string }).id);
    expect(
      (
        await call(memberRoute.DELETE, "DELETE", "/x", {
          as: s.member,
          params: { id: s.listId, memberId: otherRow },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(memberRoute.DELETE, "DELETE", "/x", {
          as: s.member,
          params: { id: s.listId, memberId: s.memberRowId },
        })
      ).status,
    ).toBe(204);
    expect((await pull(s.member)).lists.map((l) => l.id)).not.toContain(s.listId);
  });
});

describe("stopping sharing", () => {
  test("everyone but the owner loses the list; a member added later gets it on an incremental pull", async () => {
    const s = await sharedList();
    const token = (await pull(s.member)).syncToken;
    expect(
      (await call(membersRoute.DELETE, "DELETE", "/x", { as: s.owner, params: { id: s.listId } })).status,
    ).toBe(204);
    const after = await pull(s.member, token);
    expect(after.removedListIds).toEqual([s.listId]);
    const members = await call(membersRoute.GET, "GET", "/x", { as: s.owner, params: { id: s.listId } });
    expect((members.body.members as unknown[]).length).toBe(1);

    // Shared again: the list and its (old) todos come with the next incremental pull.
    await call(membersRoute.POST, "POST", "/x", {
      as: s.owner,
      params: { id: s.listId },
      body: { email: s.member.email, role: "viewer" },
    });
    const again = await pull(s.member, after.syncToken);
    expect(again.lists.map((l) => l.id)).toContain(s.listId);
    expect(again.todos.map((t) => t.id)).toContain(s.todoId);
    expect(again.removedListIds).toEqual([]);
  });
});
