import "server-only";
import { eq, sql } from "drizzle-orm";
import { listMembers, lists, userPreferences, users } from "@/db/schema";
import { recordEvent } from "@/lib/analytics/events";
import type { Db, DbOrTx } from "@/lib/db";

export const DEFAULT_LIST_NAME = "Inbox";

/** A new user starts with preferences and an Inbox they own. */
export async function provisionUser(tx: DbOrTx, userId: string, timeZone?: string): Promise<void> {
  await tx
    .insert(userPreferences)
    .values({ userId, ...(timeZone ? { timeZone } : {}) })
    .onConflictDoNothing();
  const [inbox] = await tx
    .insert(lists)
    .values({ ownerId: userId, name: DEFAULT_LIST_NAME, isDefault: true })
    .onConflictDoNothing()
    .returning({ id: lists.id });
  if (inbox) await tx.insert(listMembers).values({ listId: inbox.id, userId, role: "owner" });
}

/**
 * The guest user behind a guest cookie, created on first sight. Concurrent
 * first requests of one browser race on the unique token hash; the loser
 * reads the winner's row.
 */
export async function getOrCreateGuestUser(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; isAnonymous: boolean }> {
  const [existing] = await db
    .select({ id: users.id, isAnonymous: users.isAnonymous })
    .from(users)
    .where(eq(users.guestTokenHash, tokenHash));
  if (existing) return existing;
  // Recorded after the commit: only a guest that was really created is a new visitor.
  let isNew = false;
  const guest = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ isAnonymous: true, guestTokenHash: tokenHash, name: null })
      .onConflictDoNothing()
      .returning({ id: users.id, isAnonymous: users.isAnonymous });
    if (!created) {
      const [winner] = await tx
        .select({ id: users.id, isAnonymous: users.isAnonymous })
        .from(users)
        .where(eq(users.guestTokenHash, tokenHash));
      if (!winner) throw new Error("guest user vanished during creation");
      return winner;
    }
    await provisionUser(tx, created.id);
    isNew = true;
    return created;
  });
  if (isNew) await recordEvent(db, { userId: guest.id, name: "visitor_created" });
  return guest;
}

export type Preferences = typeof userPreferences.$inferSelect;

export async function getPreferences(db: DbOrTx, params: { userId: string }): Promise<Preferences> {
  const [prefs] = await db.select().from(userPreferences).where(eq(userPreferences.userId, params.userId));
  if (prefs) return prefs;
  const [created] = await db
    .insert(userPreferences)
    .values({ userId: params.userId })
    .onConflictDoUpdate({
      target: userPreferences.userId,
      set: { updatedAt: sql`${userPreferences.updatedAt}` },
    })
    .returning();
  if (!created) throw new Error("could not create preferences");
  return created;
}

export type PreferencesPatch = Partial<
  Pick<
    Preferences,
    "speechLanguage" | "spokenAnswers" | "theme" | "timeZone" | "weekStart" | "hour12" | "recurrenceBasis"
  >
>;

export async function updatePreferences(
  db: DbOrTx,
  params: { userId: string; patch: PreferencesPatch },
): Promise<Preferences> {
  await getPreferences(db, params);
  const [updated] = await db
    .update(userPreferences)
    .set({ ...params.patch, updatedAt: new Date() })
    .where(eq(userPreferences.userId, params.userId))
    .returning();
  if (!updated) throw new Error("preferences vanished");
  return updated;
}
