import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as memberRoute from "@/app/api/lists/[id]/members/[memberId]/route";
import * as membersRoute from "@/app/api/lists/[id]/members/route";
import * as listRoute from "@/app/api/lists/[id]/route";
import * as sharesRoute from "@/app/api/lists/[id]/shares/route";
import * as tokenRoute from "@/app/api/realtime/token/route";
import * as syncRoute from "@/app/api/sync/route";
import * as todoRoute from "@/app/api/todos/[id]/route";
import * as todosRoute from "@/app/api/todos/route";
import { createList } from "@/db/queries/lists";
import { createTodo } from "@/db/queries/todos";
import { getDb } from "@/lib/db";
import { listChannel } from "@/lib/realtime";
import {
  account,
  call,
  type Person,
  setFlag,
  setTeamCollaboration,
  setUpDatabase,
  tearDownDatabase,
} from "../support/sharing-client";

// Permissions as a matrix: each role (owner, editor, viewer, stranger) x
// each operation, through the route handlers, the sync endpoint and the
// Ably token. Viewers get 403 "You can only view this list" on writes;
// strangers get 404 everywhere, as if the list did not exist.

beforeAll(async () => {
  await setUpDatabase("vt_share");
  await setTeamCollaboration(true);
  await setFlag("real_time_sync", true);
});
afterAll(() => tearDownDatabase());

type Role = "owner" | "editor" | "viewer" | "stranger";
type World = Record<Role, Person & { email: string }> & { listId: string; todoId: string };

async function world(): Promise<World> {
  const [owner, editor, viewer, stranger] = [
    await account("Olga"),
    await account("Ed"),
    await account("Vi"),
    await account("Stan"),
  ];
  const db = await getDb();
  const list = await createList(db, { userId: owner.id, input: { name: "Party" } });
  for (const [who, role] of [
    [editor, "editor"],
    [viewer, "viewer"],
  ] as const) {
    const shared = await call(membersRoute.POST, "POST", `/api/lists/${list.id}/members`, {
      as: owner,
      params: { id: list.id },
      body: { email: who.email, role },
    });
    expect(shared.status).toBe(201);
  }
  const todo = await createTodo(db, {
    userId: owner.id,
    timeZone: "UTC",
    input: { listId: list.id, title: "Balloons" },
  });
  return { owner, editor, viewer, stranger, listId: list.id, todoId: todo.id };
}

async function sync(as: Person, commands: unknown[] = [], syncToken: string | null = null) {
  const res = await call(syncRoute.POST, "POST", "/api/sync", { as, body: { syncToken, commands } });
  expect(res.status).toBe(200);
  return res.body as {
    syncToken: string;
    syncStatus: Record<string, unknown>;
    lists: { id: string; role: string }[];
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

const FORBIDDEN = 403;
const MISSING = 404;
type Op = { name: string; run: (w: World, as: Person) => Promise<number>; expect: Record<Role, number> };

const OPS: Op[] = [
  {
    name: "read the member list",
    run: async (w, as) =>
      (
        await call(membersRoute.GET, "GET", `/api/lists/${w.listId}/members`, {
          as,
          params: { id: w.listId },
        })
      ).status,
    expect: { owner: 200, editor: 200, viewer: 200, stranger: MISSING },
  },
  {
    name: "read a todo",
    run: async (w, as) =>
      (await call(todoRoute.GET, "GET", `/api/todos/${w.todoId}`, { as, params: { id: w.todoId } })).status,
    expect: { owner: 200, editor: 200, viewer: 200, stranger: MISSING },
  },
  {
    name: "add a todo",
    run: async (w, as) =>
      (
        await call(todosRoute.POST, "POST", "/api/todos", {
          as,
          body: { listId: w.listId, title: "Napkins" },
        })
      ).status,
    expect: { owner: 201, editor: 201, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "rename a todo",
    run: async (w, as) =>
      (
        await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
          as,
          params: { id: w.todoId },
          body: { title: "Big balloons" },
        })
      ).status,
    expect: { owner: 200, editor: 200, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "complete a todo",
    run: async (w, as) =>
      (
        await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
          as,
          params: { id: w.todoId },
          body: { status: "completed" },
        })
      ).status,
    expect: { owner: 200, editor: 200, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "assign a todo to a member",
    run: async (w, as) =>
      (
        await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
          as,
          params: { id: w.todoId },
          body: { assigneeId: w.editor.id },
        })
      ).status,
    expect: { owner: 200, editor: 200, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "delete a todo",
    run: async (w, as) =>
      (await call(todoRoute.DELETE, "DELETE", `/api/todos/${w.todoId}`, { as, params: { id: w.todoId } }))
        .status,
    expect: { owner: 200, editor: 200, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "rename the list",
    run: async (w, as) =>
      (
        await call(listRoute.PATCH, "PATCH", `/api/lists/${w.listId}`, {
          as,
          params: { id: w.listId },
          body: { name: "Fiesta" },
        })
      ).status,
    expect: { owner: 200, editor: FORBIDDEN, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "share the list",
    run: async (w, as) =>
      (
        await call(membersRoute.POST, "POST", `/api/lists/${w.listId}/members`, {
          as,
          params: { id: w.listId },
          body: { email: w.stranger.email, role: "viewer" },
        })
      ).status,
    expect: { owner: 201, editor: FORBIDDEN, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "create a link share",
    run: async (w, as) =>
      (
        await call(sharesRoute.POST, "POST", `/api/lists/${w.listId}/shares`, {
          as,
          params: { id: w.listId },
          body: { role: "viewer" },
        })
      ).status,
    expect: { owner: 201, editor: FORBIDDEN, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "add through the sync endpoint",
    run: async (w, as) => {
      const uuid = crypto.randomUUID();
      const status = (await sync(as, [{ uuid, type: "todo_add", args: { listId: w.listId, title: "Cups" } }]))
        .syncStatus[uuid];
      if (status === "ok") return 200;
      const code = (status as { error: { code: string } }).error.code;
      return code === "forbidden" ? FORBIDDEN : code === "not_found" ? MISSING : 500;
    },
    expect: { owner: 200, editor: 200, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "complete through the sync endpoint",
    run: async (w, as) => {
      const uuid = crypto.randomUUID();
      const status = (await sync(as, [{ uuid, type: "todo_complete", args: { id: w.todoId } }])).syncStatus[
        uuid
      ];
      if (status === "ok") return 200;
      const code = (status as { error: { code: string } }).error.code;
      return code === "forbidden" ? FORBIDDEN : code === "not_found" ? MISSING : 500;
    },
    expect: { owner: 200, editor: 200, viewer: FORBIDDEN, stranger: MISSING },
  },
  {
    name: "see the list and its todos in a sync pull",
    run: async (w, as) => {
      const pull = await sync(as);
      const sees = pull.lists.some((l) => l.id === w.listId) && pull.todos.some((t) => t.id === w.todoId);
      const seesAny =
        pull.lists.some((l) => l.id === w.listId) || pull.todos.some((t) => t.listId === w.listId);
      return sees ? 200 : seesAny ? 500 : MISSING;
    },
    expect: { owner: 200, editor: 200, viewer: 200, stranger: MISSING },
  },
  {
    name: "subscribe to the list's channel (Ably capability)",
    run: async (w, as) => ((await ablyChannels(as)).includes(listChannel(w.listId)) ? 200 : MISSING),
    expect: { owner: 200, editor: 200, viewer: 200, stranger: MISSING },
  },
];

const ROLES: Role[] = ["owner", "editor", "viewer", "stranger"];
const CASES = OPS.flatMap((op) => ROLES.map((role) => [op.name, role, op.expect[role], op] as const));

describe("permissions matrix (role x operation)", () => {
  test.each(CASES)("%s as %s -> %i", async (_name, role, expected, op) => {
    const w = await world();
    const status = await op.run(w, w[role]);
    expect(status).toBe(expected);
  });

  test("a viewer's write says why; a stranger learns nothing", async () => {
    const w = await world();
    const viewer = await call(todosRoute.POST, "POST", "/api/todos", {
      as: w.viewer,
      body: { listId: w.listId, title: "x" },
    });
    expect(viewer.body.error).toMatchObject({ code: "forbidden" });
    const patch = await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
      as: w.viewer,
      params: { id: w.todoId },
      body: { title: "x" },
    });
    expect(patch.body.error?.message).toBe("You can only view this list");
    const stranger = await call(todoRoute.GET, "GET", `/api/todos/${w.todoId}`, {
      as: w.stranger,
      params: { id: w.todoId },
    });
    expect(stranger.body.error).toMatchObject({ code: "not_found" });
  });

  test("the sync pull carries each member's role", async () => {
    const w = await world();
    for (const role of ["owner", "editor", "viewer"] as const) {
      expect((await sync(w[role])).lists.find((l) => l.id === w.listId)?.role).toBe(role);
    }
  });

  test("only members can be assigned; members see who created, completed and is assigned", async () => {
    const w = await world();
    const bad = await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
      as: w.owner,
      params: { id: w.todoId },
      body: { assigneeId: w.stranger.id },
    });
    expect(bad.status).toBe(422);
    await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
      as: w.owner,
      params: { id: w.todoId },
      body: { assigneeId: w.editor.id },
    });
    await call(todoRoute.PATCH, "PATCH", `/api/todos/${w.todoId}`, {
      as: w.editor,
      params: { id: w.todoId },
      body: { status: "completed" },
    });
    const seen = await call(todoRoute.GET, "GET", `/api/todos/${w.todoId}`, {
      as: w.viewer,
      params: { id: w.todoId },
    });
    expect(seen.body.todo).toMatchObject({
      createdBy: w.owner.id,
      assigneeId: w.editor.id,
      completedBy: w.editor.id,
    });
    const members = await call(membersRoute.GET, "GET", `/api/lists/${w.listId}/members`, {
      as: w.viewer,
      params: { id: w.listId },
    });
    const people = members.body.people as { userId: string; name: string; role: string }[];
    expect(people.map((p) => [p.name, p.role]).sort()).toEqual([
      ["Ed", "editor"],
      ["Olga", "owner"],
      ["Vi", "viewer"],
    ]);
  });
});

describe("the team_collaboration flag", () => {
  test("off: sharing routes answer 404", async () => {
    const w = await world();
    await setTeamCollaboration(false);
    try {
      const res = await call(membersRoute.GET, "GET", `/api/lists/${w.listId}/members`, {
        as: w.owner,
        params: { id: w.listId },
      });
      expect(res.status).toBe(404);
      const share = await call(membersRoute.POST, "POST", `/api/lists/${w.listId}/members`, {
        as: w.owner,
        params: { id: w.listId },
        body: { email: w.stranger.email },
      });
      expect(share.status).toBe(404);
    } finally {
      await setTeamCollaboration(true);
    }
  });
});

describe("sharing with a person", () => {
  test("an email without an account, the Inbox, and sharing with oneself are refused", async () => {
    const w = await world();
    const nobody = await call(membersRoute.POST, "POST", `/api/lists/${w.listId}/members`, {
      as: w.owner,
      params: { id: w.listId },
      body: { email: "nobody@example.com" },
    });
    expect(nobody.status).toBe(404);
    const inbox = await call(membersRoute.POST, "POST", `/api/lists/${w.owner.inbox}/members`, {
      as: w.owner,
      params: { id: w.owner.inbox },
      body: { email: w.editor.email },
    });
    expect(inbox.status).toBe(409);
    const self = await call(membersRoute.POST, "POST", `/api/lists/${w.listId}/members`, {
      as: w.owner,
      params: { id: w.listId },
      body: { email: w.owner.email },
    });
    expect(self.status).toBe(409);
  });

  test("the owner changes a role: the viewer can write from then on", async () => {
    const w = await world();
    const members = await call(membersRoute.GET, "GET", `/api/lists/${w.listId}/members`, {
      as: w.owner,
      params: { id: w.listId },
    });
    const row = (members.body.members as { id: string; userId: string }[]).find(
      (m) => m.userId === w.viewer.id,
    );
    if (!row) throw new Error("viewer row missing");
    const changed = await call(memberRoute.PATCH, "PATCH", "/x", {
      as: w.owner,
      params: { id: w.listId, memberId: row.id },
      body: { role: "editor" },
    });
    expect(changed.status).toBe(200);
    expect(
      (
        await call(todosRoute.POST, "POST", "/api/todos", {
          as: w.viewer,
          body: { listId: w.listId, title: "Now I can" },
        })
      ).status,
    ).toBe(201);
    // An editor cannot do the same.
    const byEditor = await call(memberRoute.PATCH, "PATCH", "/x", {
      as: w.editor,
      params: { id: w.listId, memberId: row.id },
      body: { role: "viewer" },
    });
    expect(byEditor.status).toBe(403);
  });
});
