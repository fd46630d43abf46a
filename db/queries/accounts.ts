import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { listMembers, lists, todos, users, voiceCommands, voiceSessions } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextVersion } from "./access";
import { isUniqueViolation } from "./pg-errors";
import { provisionUser } from "./users";

export type AccountRow = {
  id: string;
  email: string | null;
  name: string | null;
  passwordHash: string | null;
  isAnonymous: boolean;
  sessionVersion: number;
  role: "user" | "admin";
};

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  passwordHash: users.passwordHash,
  isAnonymous: users.isAnonymous,
  sessionVersion: users.sessionVersion,
  role: users.role,
};

export async function findUserByEmail(
  db: DbOrTx,
  params: { email: string },
): Promise<AccountRow | undefined> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(sql`lower(${users.email}) = lower(${params.email})`);
  return row;
}

export async function getAccount(db: DbOrTx, params: { userId: string }): Promise<AccountRow | undefined> {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, params.userId));
  return row;
}

/**
 * A new account. A guest who signs up keeps everything: their anonymous user
 * becomes the account (same id, same todos). Anyone else gets a new user.
 */
export async function createAccount(
  db: Db,
  params: {
    email: string;
    name: string;
    passwordHash: string;
    guestId?: string | null;
    role?: "user" | "admin";
  },
): Promise<{ id: string; upgradedGuest: boolean }> {
  const { email, name, passwordHash, guestId } = params;
  const role = params.role ?? "user";
  try {
    return await db.transaction(async (tx) => {
      if (guestId) {
        const [upgraded] = await tx
          .update(users)
          .set({
            email,
            name,
            passwordHash,
            role,
            isAnonymous: false,
            guestTokenHash: null,
            updatedAt: new Date(),
          })
          .where(and(eq(users.id, guestId), eq(users.isAnonymous, true)))
          .returning({ id: users.id });
        if (upgraded) return { id: upgraded.id, upgradedGuest: true };
      }
      const [created] = await tx
        .insert(users)
        .values({ email, name, passwordHash, role })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned nothing");
      await provisionUser(tx, created.id);
      return { id: created.id, upgradedGuest: false };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "email_taken");
    throw error;
  }
}

/**
 * Moves everything a guest made into an account they signed into: todos keep
 * their ids (no duplicates), lists merge by name, the Inbox into the Inbox.
 * The guest user is then removed. One transaction: all or nothing.
 */
export async function mergeGuestInto(
  db: Db,
  params: { guestId: string; userId: string },
): Promise<{ movedTodos: number }> {
  const { guestId, userId } = params;
  if (guestId === userId) return { movedTodos: 0 };
  return db.transaction(async (tx) => {
    const [guest] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, guestId), eq(users.isAnonymous, true)))
      .for("update");
    if (!guest) return { movedTodos: 0 };
    const guestLists = await tx
      .select()
      .from(lists)
      .where(and(eq(lists.ownerId, guestId), isNull(lists.deletedAt)));
    const accountLists = await tx
      .select()
      .from(lists)
      .where(and(eq(lists.ownerId, userId), isNull(lists.deletedAt)));
    let movedTodos = 0;
    for (const list of guestLists) {
      const twin = list.isDefault
        ? accountLists.find((l) => l.isDefault)
        : accountLists.find((l) => l.name.toLowerCase() === list.name.toLowerCase());
      if (twin) {
        const moved = await tx
          .update(todos)
          .set({ listId: twin.id, updatedAt: new Date(), version: nextVersion })
          .where(eq(todos.listId, list.id))
          .returning({ id: todos.id });
        movedTodos += moved.length;
        await tx.delete(lists).where(eq(lists.id, list.id));
      } else {
        await tx
          .update(lists)
          .set({ ownerId: userId, updatedAt: new Date(), version: nextVersion })
          .where(eq(lists.id, list.id));
        await tx
          .update(listMembers)
          .set({ userId })
          .where(and(eq(listMembers.listId, list.id), eq(listMembers.userId, guestId)));
        const [{ n } = { n: 0 }] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(todos)
          .where(eq(todos.listId, list.id));
        movedTodos += n;
      }
    }
    await tx.update(todos).set({ createdBy: userId }).where(eq(todos.createdBy, guestId));
    await tx.update(todos).set({ completedBy: userId }).where(eq(todos.completedBy, guestId));
    await tx.update(voiceSessions).set({ userId }).where(eq(voiceSessions.userId, guestId));
    await tx.update(voiceCommands).set({ userId }).where(eq(voiceCommands.userId, guestId));
    await tx.delete(users).where(eq(users.id, guestId));
    return { movedTodos };
  });
}

/** Ends every session of the user: tokens issued before carry an older version. */
export async function bumpSessionVersion(db: DbOrTx, params: { userId: string }): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, params.userId))
    .returning({ v: users.sessionVersion });
  return row?.v ?? 0;
}

export async function deleteAccount(db: DbOrTx, params: { userId: string }): Promise<void> {
  // Lists, todos, tokens, preferences and voice history go with the user (ON DELETE CASCADE).
  await db.delete(users).where(eq(users.id, params.userId));
}

export async function updateAccount(
  db: DbOrTx,
  params: { userId: string; patch: { name?: string; email?: string; passwordHash?: string } },
): Promise<void> {
  try {
    await db
      .update(users)
      .set({ ...params.patch, updatedAt: new Date() })
      .where(eq(users.id, params.userId));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "email_taken");
    throw error;
  }
}
