import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as invitationRoute from "@/app/api/invitations/[token]/route";
import * as membersRoute from "@/app/api/lists/[id]/members/route";
import * as shareRoute from "@/app/api/lists/[id]/shares/[shareId]/route";
import * as sharesRoute from "@/app/api/lists/[id]/shares/route";
import * as acceptShareRoute from "@/app/api/shares/[token]/route";
import * as syncRoute from "@/app/api/sync/route";
import * as teamInvitationsRoute from "@/app/api/teams/[id]/invitations/route";
import * as teamMemberRoute from "@/app/api/teams/[id]/members/[userId]/route";
import * as teamRoute from "@/app/api/teams/[id]/route";
import * as teamsRoute from "@/app/api/teams/route";
import * as todosRoute from "@/app/api/todos/route";
import { createList } from "@/db/queries/lists";
import { mailOutbox } from "@/db/schema";
import { getDb } from "@/lib/db";
import {
  account,
  call,
  guest,
  type Person,
  setFlag,
  setUpDatabase,
  tearDownDatabase,
} from "../support/sharing-client";

// Teams (email invitations, roles, removal) and link shares (password,
// read-only / read-write, revocation), through the route handlers.

beforeAll(async () => {
  await setUpDatabase("vt_teams");
  await setFlag("team_collaboration", true);
});
afterAll(() => tearDownDatabase());

async function pull(as: Person, syncToken: string | null = null) {
  const res = await call(syncRoute.POST, "POST", "/api/sync", { as, body: { syncToken, commands: [] } });
  return res.body as { syncToken: string; lists: { id: string; role: string }[]; removedListIds: string[] };
}

async function invite(owner: Person, teamId: string, email: string, role = "editor"): Promise<string> {
  const res = await call(teamInvitationsRoute.POST, "POST", "/x", {
    as: owner,
    params: { id: teamId },
    body: { email, role },
  });
  expect(res.status).toBe(201);
  const [mail] = await (await getDb())
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, email))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const token = /\/invitations\/(i_[A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no invitation link in ${mail?.text}`);
  return token;
}

describe("teams", () => {
  test("invite by email, accept once, share a list with the team, team roles cap list roles, removal ends access", async () => {
    const [ann, bea] = [await account("Ann"), await account("Bea")];
    const created = await call(teamsRoute.POST, "POST", "/api/teams", {
      as: ann,
      body: { name: "Household" },
    });
    expect(created.status).toBe(201);
    const teamId = String((created.body.team as { id: string }).id);
    const token = await invite(ann, teamId, bea.email, "viewer");

    // A guest is sent to sign up first.
    const visitor = await guest();
    const asGuest = await call(invitationRoute.POST, "POST", "/x", { as: visitor, params: { token } });
    expect(asGuest.status).toBe(401);
    expect((asGuest.body.error as { details: { signUp: string } }).details.signUp).toContain("/signup?next=");

    expect((await call(invitationRoute.GET, "GET", "/x", { as: bea, params: { token } })).body.teamName).toBe(
      "Household",
    );
    expect((await call(invitationRoute.POST, "POST", "/x", { as: bea, params: { token } })).status).toBe(200);
    // Single use.
    expect((await call(invitationRoute.POST, "POST", "/x", { as: bea, params: { token } })).status).toBe(404);
    const team = await call(teamRoute.GET, "GET", "/x", { as: bea, params: { id: teamId } });
    expect((team.body.members as { name: string; role: string }[]).map((m) => [m.name, m.role])).toEqual([
      ["Ann", "owner"],
      ["Bea", "viewer"],
    ]);

    const list = await createList(await getDb(), { userId: ann.id, input: { name: "Groceries" } });
    const before = await pull(bea);
    const shared = await call(membersRoute.POST, "POST", "/x", {
      as: ann,
      params: { id: list.id },
      body: { teamId, role: "editor" },
    });
    expect(shared.status).toBe(201);
    const gained = await pull(bea, before.syncToken);
    // Shared as editor, but Bea is a team viewer: she gets the weaker role.
    expect(gained.lists.find((l) => l.id === list.id)?.role).toBe("viewer");
    expect(
      (await call(todosRoute.POST, "POST", "/api/todos", { as: bea, body: { listId: list.id, title: "x" } }))
        .status,
    ).toBe(403);

    expect(
      (
        await call(teamMemberRoute.PATCH, "PATCH", "/x", {
          as: ann,
          params: { id: teamId, userId: bea.id },
          body: { role: "editor" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(todosRoute.POST, "POST", "/api/todos", {
          as: bea,
          body: { listId: list.id, title: "Eggs" },
        })
      ).status,
    ).toBe(201);
    // Bea (not an owner) cannot change roles or invite.
    expect(
      (
        await call(teamMemberRoute.PATCH, "PATCH", "/x", {
          as: bea,
          params: { id: teamId, userId: ann.id },
          body: { role: "viewer" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(teamInvitationsRoute.POST, "POST", "/x", {
          as: bea,
          params: { id: teamId },
          body: { email: "x@example.com" },
        })
      ).status,
    ).toBe(403);

    const token2 = (await pull(bea)).syncToken;
    expect(
      (
        await call(teamMemberRoute.DELETE, "DELETE", "/x", {
          as: ann,
          params: { id: teamId, userId: bea.id },
        })
      ).status,
    ).toBe(204);
    const after = await pull(bea, token2);
    expect(after.removedListIds).toEqual([list.id]);
    expect((await call(teamRoute.GET, "GET", "/x", { as: bea, params: { id: teamId } })).status).toBe(404);
    // The last owner cannot leave.
    expect(
      (
        await call(teamMemberRoute.DELETE, "DELETE", "/x", {
          as: ann,
          params: { id: teamId, userId: ann.id },
        })
      ).status,
    ).toBe(409);
  });

  test("strangers get 404 for a team; expired or unknown invitations are 404", async () => {
    const [ann, eve] = [await account("Ann"), await account("Eve")];
    const created = await call(teamsRoute.POST, "POST", "/api/teams", { as: ann, body: { name: "Private" } });
    const teamId = String((created.body.team as { id: string }).id);
    expect((await call(teamRoute.GET, "GET", "/x", { as: eve, params: { id: teamId } })).status).toBe(404);
    expect(
      (await call(invitationRoute.POST, "POST", "/x", { as: eve, params: { token: "i_nope" } })).status,
    ).toBe(404);
  });
});

describe("link shares", () => {
  test("password protected, read-only; revoking stops new visitors", async () => {
    const [ann, cy, dee] = [await account("Ann"), await account("Cy"), await guest()];
    const list = await createList(await getDb(), { userId: ann.id, input: { name: "Trip" } });
    const made = await call(sharesRoute.POST, "POST", "/x", {
      as: ann,
      params: { id: list.id },
      body: { role: "viewer", password: "open sesame" },
    });
    expect(made.status).toBe(201);
    const token = String(made.body.token);
    expect(String(made.body.url)).toContain(`/shared/${token}`);

    expect((await call(acceptShareRoute.GET, "GET", "/x", { as: cy, params: { token } })).body).toMatchObject(
      { listName: "Trip", needsPassword: true, role: "viewer" },
    );
    expect(
      (await call(acceptShareRoute.POST, "POST", "/x", { as: cy, params: { token }, body: {} })).status,
    ).toBe(401);
    expect(
      (
        await call(acceptShareRoute.POST, "POST", "/x", {
          as: cy,
          params: { token },
          body: { password: "wrong" },
        })
      ).status,
    ).toBe(403);
    const joined = await call(acceptShareRoute.POST, "POST", "/x", {
      as: cy,
      params: { token },
      body: { password: "open sesame" },
    });
    expect(joined.body).toEqual({ listId: list.id, role: "viewer" });
    expect((await pull(cy)).lists.find((l) => l.id === list.id)?.role).toBe("viewer");
    expect(
      (await call(todosRoute.POST, "POST", "/api/todos", { as: cy, body: { listId: list.id, title: "x" } }))
        .status,
    ).toBe(403);

    const shareId = String((made.body.share as { id: string }).id);
    expect(
      (await call(shareRoute.DELETE, "DELETE", "/x", { as: ann, params: { id: list.id, shareId } })).status,
    ).toBe(204);
    expect(
      (
        await call(acceptShareRoute.POST, "POST", "/x", {
          as: dee,
          params: { token },
          body: { password: "open sesame" },
        })
      ).status,
    ).toBe(404);
  });

  test("a read-write link makes an editor (guests too)", async () => {
    const [ann, visitor] = [await account("Ann"), await guest()];
    const list = await createList(await getDb(), { userId: ann.id, input: { name: "Shared board" } });
    const made = await call(sharesRoute.POST, "POST", "/x", {
      as: ann,
      params: { id: list.id },
      body: { role: "editor" },
    });
    const token = String(made.body.token);
    expect(
      (await call(acceptShareRoute.POST, "POST", "/x", { as: visitor, params: { token }, body: {} })).body,
    ).toEqual({ listId: list.id, role: "editor" });
    expect(
      (
        await call(todosRoute.POST, "POST", "/api/todos", {
          as: visitor,
          body: { listId: list.id, title: "Hello" },
        })
      ).status,
    ).toBe(201);
  });
});
