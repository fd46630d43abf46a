import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { listMembers, listShares, lists } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { hashSecret, isWellFormedSecret, newSecret } from "@/lib/sharing/tokens";
import { accessSnapshot, settleAccessChange } from "./list-access";
import { requireListAccess } from "./lists";
import type { ShareRole } from "./sharing";

// A link that opens a list to whoever has it: read-only (viewer) or
// read-write (editor), optionally behind a password, revocable. Opening the
// link while signed in (or as a guest) makes the visitor a member with the
// link's role, so from then on the list reaches them like any other shared
// list (sidebar, sync, real time) and an owner can remove them. Revoking
// stops new visitors; members who joined stay until removed.

export type LinkShare = {
  id: string;
  role: ShareRole;
  hasPassword: boolean;
  createdAt: string;
  revokedAt: string | null;
};

const toLinkShare = (r: typeof listShares.$inferSelect): LinkShare => ({
  id: r.id,
  role: r.role === "viewer" ? "viewer" : "editor",
  hasPassword: r.passwordHash !== null,
  createdAt: r.createdAt.toISOString(),
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

export async function getLinkShares(
  db: Db,
  params: { userId: string; listId: string },
): Promise<LinkShare[]> {
  await requireListAccess(db, { ...params, action: "manage" });
  const rows = await db
    .select()
    .from(listShares)
    .where(eq(listShares.listId, params.listId))
    .orderBy(desc(listShares.createdAt));
  return rows.map(toLinkShare);
}

/** A new link; the token is in the answer once and never stored. */
export async function createLinkShare(
  db: Db,
  params: { userId: string; listId: string; role: ShareRole; password?: string },
): Promise<{ share: LinkShare; token: string }> {
  const list = await requireListAccess(db, { ...params, action: "manage" });
  if (list.isDefault) throw new AppError("conflict", "The Inbox cannot be shared");
  const token = newSecret("share");
  const [row] = await db
    .insert(listShares)
    .values({
      listId: params.listId,
      tokenHash: hashSecret(token),
      role: params.role,
      passwordHash: params.password ? await hashPassword(params.password) : null,
      createdBy: params.userId,
    })
    .returning();
  if (!row) throw new Error("share insert returned nothing");
  return { share: toLinkShare(row), token };
}

export async function revokeLinkShare(
  db: Db,
  params: { userId: string; listId: string; shareId: string },
): Promise<void> {
  await requireListAccess(db, { ...params, action: "manage" });
  const rows = await db
    .update(listShares)
    .set({ revokedAt: new Date() })
    .where(and(eq(listShares.id, params.shareId), eq(listShares.listId, params.listId)))
    .returning({ id: listShares.id });
  if (rows.length === 0) throw notFound("Share");
}

/** The list behind a live link, for the page that asks for the password. Unknown or revoked: 404. */
export async function peekLinkShare(db: Db, params: { token: string }) {
  if (!isWellFormedSecret(params.token, "share")) throw notFound("Share");
  const [row] = await db
    .select({ share: listShares, listName: lists.name })
    .from(listShares)
    .innerJoin(lists, eq(lists.id, listShares.listId))
    .where(
      and(
        eq(listShares.tokenHash, hashSecret(params.token)),
        isNull(listShares.revokedAt),
        isNull(lists.deletedAt),
      ),
    );
  if (!row) throw notFound("Share");
  return { share: row.share, listName: row.listName, needsPassword: row.share.passwordHash !== null };
}

/** Joins the list through a link. A member with a stronger role keeps it. */
export async function acceptLinkShare(
  db: Db,
  params: { userId: string; token: string; password?: string },
): Promise<{ listId: string; role: ShareRole; affectedUserIds: string[] }> {
  const { share } = await peekLinkShare(db, params);
  if (share.passwordHash) {
    if (!params.password) throw new AppError("unauthorized", "This link needs a password");
    if (!(await verifyPassword(share.passwordHash, params.password)))
      throw new AppError("forbidden", "Wrong password");
  }
  const role: ShareRole = share.role === "viewer" ? "viewer" : "editor";
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ role: listMembers.role })
      .from(listMembers)
      .where(and(eq(listMembers.listId, share.listId), eq(listMembers.userId, params.userId)));
    const before = await accessSnapshot(tx, [params.userId]);
    if (!existing) {
      await tx.insert(listMembers).values({ listId: share.listId, userId: params.userId, role });
    } else if (existing.role === "viewer" && role === "editor") {
      await tx
        .update(listMembers)
        .set({ role })
        .where(and(eq(listMembers.listId, share.listId), eq(listMembers.userId, params.userId)));
    }
    const affectedUserIds = await settleAccessChange(tx, before);
    return { listId: share.listId, role, affectedUserIds };
  });
}
