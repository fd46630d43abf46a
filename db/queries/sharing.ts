import "server-only";
import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import { listMembers, listShares, lists, teamMembers, teams, users } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { canOnTeam, canRemoveMember, type Role } from "@/lib/permissions";
import type { ListMember, ListPerson, ShareRole } from "@/lib/sharing/types";
import { accessSnapshot, rowsOf, settleAccessChange, userIdsWithAccess } from "./list-access";
import { requireListAccess } from "./lists";

// Who a list is shared with: one person (by their account's email) or a
// team, each with a role. The owner's own row is never changed here. Every
// function checks the caller's role on the list first (404 for strangers,
// 403 for members who may not manage) and returns the users whose access
// changed, for list_changed notices.

export type { ListMember, ListPerson, ShareRole } from "@/lib/sharing/types";

export type AccessChange = { affectedUserIds: string[] };

const displayName = (name: string | null, email: string | null) => name || email?.split("@")[0] || "Guest";

/** The list's member rows (people and teams) and everyone who reaches it. Any member may see them. */
export async function getListMembers(
  db: DbOrTx,
  params: { userId: string; listId: string },
): Promise<{ members: ListMember[]; people: ListPerson[] }> {
  await requireListAccess(db, { ...params, action: "read" });
  const rows = await db
    .select({
      id: listMembers.id,
      userId: listMembers.userId,
      teamId: listMembers.teamId,
      role: listMembers.role,
      userName: users.name,
      email: users.email,
      teamName: teams.name,
    })
    .from(listMembers)
    .leftJoin(users, eq(users.id, listMembers.userId))
    .leftJoin(teams, eq(teams.id, listMembers.teamId))
    .where(eq(listMembers.listId, params.listId))
    .orderBy(asc(listMembers.role), asc(listMembers.createdAt));
  const members: ListMember[] = rows.map((r) => ({
    id: r.id,
    kind: r.teamId ? "team" : "user",
    userId: r.userId,
    teamId: r.teamId,
    name: r.teamId ? (r.teamName ?? "Team") : displayName(r.userName, r.email),
    email: r.teamId ? null : r.email,
    role: r.role,
  }));
  // Each person once, with the strongest role any of their paths gives.
  const people = rowsOf<{ user_id: string; name: string | null; email: string | null; role: Role }>(
    await db.execute(sql`
      select u.id as user_id, u.name, u.email, min(x.r) as role from (
        select lm.user_id as uid, lm.role as r from list_members lm
        where lm.list_id = ${params.listId} and lm.user_id is not null
        union all
        select tm.user_id, greatest(lm.role, tm.role) from list_members lm
        join team_members tm on tm.team_id = lm.team_id where lm.list_id = ${params.listId}
      ) x join users u on u.id = x.uid
      group by u.id, u.name, u.email order by u.name`),
  );
  return {
    members,
    people: people.map((p) => ({ userId: p.user_id, name: displayName(p.name, p.email), role: p.role })),
  };
}

/** Shares the list with the account that has this email (guests have none); an existing share changes role. */
export async function shareWithUser(
  db: Db,
  params: { userId: string; listId: string; email: string; role: ShareRole },
): Promise<AccessChange & { member: ListMember }> {
  const list = await requireListAccess(db, { ...params, action: "manage" });
  if (list.isDefault) throw new AppError("conflict", "The Inbox cannot be shared");
  const [target] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${params.email})`, eq(users.isAnonymous, false)));
  if (!target) throw new AppError("not_found", "No account uses that email. Ask them to sign up first.");
  if (target.id === list.ownerId) throw new AppError("conflict", "The owner already has this list");
  return db.transaction(async (tx) => {
    const before = await accessSnapshot(tx, [target.id]);
    const [row] = await tx
      .insert(listMembers)
      .values({ listId: params.listId, userId: target.id, role: params.role })
      .onConflictDoUpdate({
        target: [listMembers.listId, listMembers.userId],
        targetWhere: sql`${listMembers.userId} is not null`,
        set: { role: params.role },
      })
      .returning({ id: listMembers.id });
    if (!row) throw new Error("member upsert returned nothing");
    const affected = await settleAccessChange(tx, before);
    return {
      affectedUserIds: [...new Set([...affected, target.id])],
      member: {
        id: row.id,
        kind: "user",
        userId: target.id,
        teamId: null,
        name: displayName(target.name, target.email),
        email: target.email,
        role: params.role,
      },
    };
  });
}

/** Shares the list with a team the caller belongs to. */
export async function shareWithTeam(
  db: Db,
  params: { userId: string; listId: string; teamId: string; role: ShareRole },
): Promise<AccessChange> {
  const list = await requireListAccess(db, { ...params, action: "manage" });
  if (list.isDefault) throw new AppError("conflict", "The Inbox cannot be shared");
  const [mine] = await db
    .select({ role: teamMembers.role })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, params.teamId), eq(teamMembers.userId, params.userId)));
  if (!canOnTeam(mine?.role, "read")) throw notFound("Team");
  return db.transaction(async (tx) => {
    const memberIds = (
      await tx
        .select({ userId: teamMembers.userId })
        .from(teamMembers)
        .where(eq(teamMembers.teamId, params.teamId))
    ).map((r) => r.userId);
    const before = await accessSnapshot(tx, memberIds);
    await tx
      .insert(listMembers)
      .values({ listId: params.listId, teamId: params.teamId, role: params.role })
      .onConflictDoUpdate({
        target: [listMembers.listId, listMembers.teamId],
        targetWhere: sql`${listMembers.teamId} is not null`,
        set: { role: params.role },
      });
    await settleAccessChange(tx, before);
    return { affectedUserIds: memberIds };
  });
}

/** The member row of this list, never the owner's. */
async function memberRow(db: DbOrTx, listId: string, memberId: string, ownerId: string) {
  const [row] = await db
    .select({ id: listMembers.id, userId: listMembers.userId, teamId: listMembers.teamId })
    .from(listMembers)
    .where(and(eq(listMembers.id, memberId), eq(listMembers.listId, listId)));
  if (!row) throw notFound("Member");
  if (row.userId === ownerId) throw new AppError("conflict", "The owner's access cannot be changed");
  return row;
}

async function usersOfRow(db: DbOrTx, row: { userId: string | null; teamId: string | null }) {
  if (row.userId) return [row.userId];
  if (!row.teamId) return [];
  const rows = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(eq(teamMembers.teamId, row.teamId));
  return rows.map((r) => r.userId);
}

export async function changeMemberRole(
  db: Db,
  params: { userId: string; listId: string; memberId: string; role: ShareRole },
): Promise<AccessChange> {
  const list = await requireListAccess(db, { ...params, action: "manage" });
  const row = await memberRow(db, params.listId, params.memberId, list.ownerId);
  await db.update(listMembers).set({ role: params.role }).where(eq(listMembers.id, row.id));
  // A new role changes what the list's rows allow, not which rows: the
  // list's version moves so members' copies learn the role at the next pull.
  await db.update(lists).set({ version: sql`nextval('change_seq')` }).where(eq(lists.id, params.listId));
  return { affectedUserIds: await usersOfRow(db, row) };
}

/** Removes a person or team (owners), or oneself (any member): access ends with this commit. */
export async function removeMember(
  db: Db,
  params: { userId: string; listId: string; memberId: string },
): Promise<AccessChange> {
  const list = await requireListAccess(db, { ...params, action: "read" });
  const row = await memberRow(db, params.listId, params.memberId, list.ownerId);
  if (!canRemoveMember(list.role, row.userId === params.userId))
    throw new AppError("forbidden", "Only the owner can remove members");
  return db.transaction(async (tx) => {
    const userIds = await usersOfRow(tx, row);
    const before = await accessSnapshot(tx, userIds);
    await tx.delete(listMembers).where(eq(listMembers.id, row.id));
    await settleAccessChange(tx, before);
    return { affectedUserIds: userIds };
  });
}

/** Removes every member but the owner and revokes every link share: the list is private again. */
export async function unshareList(db: Db, params: { userId: string; listId: string }): Promise<AccessChange> {
  const list = await requireListAccess(db, { ...params, action: "manage" });
  return db.transaction(async (tx) => {
    const userIds = (await userIdsWithAccess(tx, params.listId)).filter((id) => id !== list.ownerId);
    const before = await accessSnapshot(tx, userIds);
    await tx
      .delete(listMembers)
      .where(
        and(
          eq(listMembers.listId, params.listId),
          or(isNull(listMembers.userId), ne(listMembers.userId, list.ownerId)),
        ),
      );
    await tx
      .update(listShares)
      .set({ revokedAt: new Date() })
      .where(and(eq(listShares.listId, params.listId), isNull(listShares.revokedAt)));
    await settleAccessChange(tx, before);
    return { affectedUserIds: userIds };
  });
}

/** Whether the user may be assigned todos of the list: they must be able to read it. */
export async function isListPerson(db: DbOrTx, params: { listId: string; userId: string }): Promise<boolean> {
  return (await userIdsWithAccess(db, params.listId)).includes(params.userId);
}
