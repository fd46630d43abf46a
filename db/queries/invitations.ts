import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, userCohorts, users } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { BETA_COHORT, cohortSchema } from "@/lib/flags/registry";

// Beta invitations (kind "beta"); team invitations share the table and live
// in teams.ts. Every query here names the kind in its WHERE.

export type InvitationRow = typeof invitations.$inferSelect;

/**
 * A new pending invitation for the address. Earlier pending ones for the
 * same address are revoked in the same transaction, so only the newest
 * link works.
 */
export async function createBetaInvitation(
  db: Db,
  params: { email: string; invitedBy: string; tokenHash: string; expiresAt: Date; now?: Date },
): Promise<InvitationRow> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.kind, "beta"),
          sql`lower(${invitations.email}) = lower(${params.email})`,
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(invitations)
      .values({
        kind: "beta",
        email: params.email,
        tokenHash: params.tokenHash,
        cohort: BETA_COHORT,
        invitedBy: params.invitedBy,
        createdAt: now,
        expiresAt: params.expiresAt,
      })
      .returning();
    if (!row) throw new Error("invitation insert returned nothing");
    return row;
  });
}

export async function revokeBetaInvitation(db: DbOrTx, params: { id: string; now?: Date }): Promise<void> {
  await db
    .update(invitations)
    .set({ revokedAt: params.now ?? new Date() })
    .where(and(eq(invitations.id, params.id), eq(invitations.kind, "beta"), isNull(invitations.acceptedAt)));
}

export async function listBetaInvitations(
  db: DbOrTx,
  params: { limit?: number } = {},
): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(eq(invitations.kind, "beta"))
    .orderBy(desc(invitations.createdAt))
    .limit(params.limit ?? 100);
}

/** Whether an account with this address is already in the beta cohort. */
export async function isBetaMemberByEmail(db: DbOrTx, params: { email: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userCohorts, and(eq(userCohorts.userId, users.id), eq(userCohorts.cohort, BETA_COHORT)))
    .where(sql`lower(${users.email}) = lower(${params.email})`)
    .limit(1);
  return Boolean(row);
}

const usable = (tokenHash: string, now: Date) =>
  and(
    eq(invitations.tokenHash, tokenHash),
    eq(invitations.kind, "beta"),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, now),
  );

/** The invitation a link carries, if it can still be used (for the sign-up page's notice). */
export async function peekBetaInvitation(
  db: DbOrTx,
  params: { tokenHash: string; now?: Date },
): Promise<{ email: string; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ email: invitations.email, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(usable(params.tokenHash, params.now ?? new Date()));
  return row;
}

/**
 * Verifies and consumes the invitation and puts the user in its cohort, in
 * one transaction: the conditional UPDATE is the check, so of two sign-ups
 * racing with one link exactly one wins. Null when the link is unknown,
 * used, revoked or expired.
 */
export async function acceptBetaInvitation(
  db: Db,
  params: { tokenHash: string; userId: string; now?: Date },
): Promise<{ invitationId: string; cohort: string } | null> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: params.userId })
      .where(usable(params.tokenHash, now))
      .returning({ id: invitations.id, cohort: invitations.cohort });
    if (!row) return null;
    const cohort = cohortSchema.parse(row.cohort ?? BETA_COHORT);
    await tx.insert(userCohorts).values({ userId: params.userId, cohort }).onConflictDoNothing();
    return { invitationId: row.id, cohort };
  });
}
