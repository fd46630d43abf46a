import "server-only";
import { and, asc, count, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, listMembers, teamMembers, teams, users } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { canOnTeam, type Role, type TeamAction } from "@/lib/permissions";
import { INVITATION_TTL_MS } from "@/lib/sharing/links";
import { hashSecret, isWellFormedSecret, newSecret } from "@/lib/sharing/tokens";
import { accessSnapshot, settleAccessChange, touchLists } from "./list-access";

// Teams: a group that lists are shared with. Members join by a single-use,
// expiring email invitation. Each function checks the caller's team role
// (lib/permissions.ts canOnTeam): strangers get 404, members who may not
// act 403. Membership changes report the users whose lists changed.

export type TeamSummary = { id: string; name: string; role: Role; memberCount: number };
export type TeamMember = { userId: string; name: string; email: string | null; role: Role };
export type PendingInvitation = { id: string; email: string; role: Role; expiresAt: string };

async function requireTeamRole(
  db: DbOrTx,
  userId: string,
  teamId: string,
  action: TeamAction,
): Promise<Role> {
  const [row] = await db
    .select({ role: teamMembers.role })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
  if (!row) throw notFound("Team");
  if (!canOnTeam(row.role, action)) throw new AppError("forbidden", "Only a team owner can do that");
  return row.role;
}

export async function createTeam(db: Db, params: { userId: string; name: string }): Promise<TeamSummary> {
  return db.transaction(async (tx) => {
    const [team] = await tx.insert(teams).values({ name: params.name, ownerId: params.userId }).returning();
    if (!team) throw new Error("team insert returned nothing");
    await tx.insert(teamMembers).values({ teamId: team.id, userId: params.userId, role: "owner" });
    return { id: team.id, name: team.name, role: "owner", memberCount: 1 };
  });
}

export async function getTeamsForUser(db: DbOrTx, params: { userId: string }): Promise<TeamSummary[]> {
  const rows = await db
    .select({
      id: teams.id,
      name: teams.name,
      role: teamMembers.role,
      memberCount: sql<number>`(select count(*)::int from team_members m where m.team_id = ${teams.id})`,
    })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, params.userId))
    .orderBy(asc(teams.name));
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

/** A team with its members, and for owners its open invitations. */
export async function getTeam(db: DbOrTx, params: { userId: string; teamId: string }) {
  const role = await requireTeamRole(db, params.userId, params.teamId, "read");
  const [team] = await db.select().from(teams).where(eq(teams.id, params.teamId));
  if (!team) throw notFound("Team");
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, params.teamId))
    .orderBy(asc(teamMembers.role), asc(users.name));
  const pending = canOnTeam(role, "invite")
    ? await db
        .select({
          id: invitations.id,
          email: invitations.email,
          role: invitations.role,
          expiresAt: invitations.expiresAt,
        })
        .from(invitations)
        .where(
          and(
            eq(invitations.teamId, params.teamId),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, new Date()),
          ),
        )
    : [];
  return {
    team: { id: team.id, name: team.name, role },
    members: members.map((m): TeamMember => ({ ...m, name: m.name || m.email?.split("@")[0] || "Guest" })),
    invitations: pending.map(
      (i): PendingInvitation => ({
        id: i.id,
        email: i.email,
        role: i.role ?? "editor",
        expiresAt: i.expiresAt.toISOString(),
      }),
    ),
  };
}

/** A single-use invitation; the token is returned once (for the email) and only its hash kept. */
export async function inviteToTeam(
  db: Db,
  params: { userId: string; teamId: string; email: string; role: Role },
): Promise<{ token: string; teamName: string; expiresAt: Date }> {
  await requireTeamRole(db, params.userId, params.teamId, "invite");
  const [team] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, params.teamId));
  if (!team) throw notFound("Team");
  const token = newSecret("invite");
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  await db.insert(invitations).values({
    kind: "team",
    email: params.email,
    tokenHash: hashSecret(token),
    teamId: params.teamId,
    role: params.role,
    invitedBy: params.userId,
    expiresAt,
  });
  return { token, teamName: team.name, expiresAt };
}

export async function revokeInvitation(
  db: Db,
  params: { userId: string; teamId: string; invitationId: string },
): Promise<void> {
  await requireTeamRole(db, params.userId, params.teamId, "invite");
  const rows = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, params.invitationId), eq(invitations.teamId, params.teamId)))
    .returning({ id: invitations.id });
  if (rows.length === 0) throw notFound("Invitation");
}

/** The team an open invitation leads to (for the page that offers to accept it); 404 otherwise. */
export async function peekInvitation(db: DbOrTx, params: { token: string }) {
  if (!isWellFormedSecret(params.token, "invite")) throw notFound("Invitation");
  const [row] = await db
    .select({ invitation: invitations, teamName: teams.name })
    .from(invitations)
    .innerJoin(teams, eq(teams.id, invitations.teamId))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(params.token)),
        eq(invitations.kind, "team"),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (!row?.invitation.teamId) throw notFound("Invitation");
  return { invitation: row.invitation, teamId: row.invitation.teamId, teamName: row.teamName };
}

/** Uses the invitation (once): the user joins the team; an existing member keeps the stronger role. */
export async function acceptInvitation(
  db: Db,
  params: { userId: string; token: string },
): Promise<{ teamId: string; affectedUserIds: string[] }> {
  const { invitation, teamId } = await peekInvitation(db, params);
  return db.transaction(async (tx) => {
    // Claimed with a condition, so two concurrent accepts cannot both use it.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: params.userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw notFound("Invitation");
    const before = await accessSnapshot(tx, [params.userId]);
    await tx
      .insert(teamMembers)
      .values({ teamId, userId: params.userId, role: invitation.role ?? "editor" })
      .onConflictDoNothing();
    return { teamId, affectedUserIds: await settleAccessChange(tx, before) };
  });
}

async function ownerCount(db: DbOrTx, teamId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.role, "owner")));
  return Number(row?.n ?? 0);
}

async function memberRole(db: DbOrTx, teamId: string, userId: string): Promise<Role> {
  const [row] = await db
    .select({ role: teamMembers.role })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
  if (!row) throw notFound("Member");
  return row.role;
}

export async function changeTeamRole(
  db: Db,
  params: { userId: string; teamId: string; memberUserId: string; role: Role },
): Promise<{ affectedUserIds: string[] }> {
  await requireTeamRole(db, params.userId, params.teamId, "manage");
  const current = await memberRole(db, params.teamId, params.memberUserId);
  if (current === "owner" && params.role !== "owner" && (await ownerCount(db, params.teamId)) <= 1)
    throw new AppError("conflict", "A team needs at least one owner");
  await db
    .update(teamMembers)
    .set({ role: params.role })
    .where(and(eq(teamMembers.teamId, params.teamId), eq(teamMembers.userId, params.memberUserId)));
  // Their role on the team's lists changed: the lists move on so their copies learn it.
  await touchLists(
    db,
    (
      await db
        .select({ listId: listMembers.listId })
        .from(listMembers)
        .where(eq(listMembers.teamId, params.teamId))
    ).map((r) => r.listId),
  );
  return { affectedUserIds: [params.memberUserId] };
}

/** Removes a member (owners) or leaves (anyone): every list shared with the team is gone for them at once. */
export async function removeTeamMember(
  db: Db,
  params: { userId: string; teamId: string; memberUserId: string },
): Promise<{ affectedUserIds: string[] }> {
  const self = params.memberUserId === params.userId;
  await requireTeamRole(db, params.userId, params.teamId, self ? "read" : "manage");
  const current = await memberRole(db, params.teamId, params.memberUserId);
  if (current === "owner" && (await ownerCount(db, params.teamId)) <= 1)
    throw new AppError("conflict", "A team needs at least one owner");
  return db.transaction(async (tx) => {
    const before = await accessSnapshot(tx, [params.memberUserId]);
    await tx
      .delete(teamMembers)
      .where(and(eq(teamMembers.teamId, params.teamId), eq(teamMembers.userId, params.memberUserId)));
    await settleAccessChange(tx, before);
    return { affectedUserIds: [params.memberUserId] };
  });
}
