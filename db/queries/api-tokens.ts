import "server-only";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { apiTokens, users } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

export type ApiTokenSummary = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

export async function insertApiToken(
  db: DbOrTx,
  params: { userId: string; name: string; tokenHash: string },
): Promise<ApiTokenSummary> {
  const [row] = await db.insert(apiTokens).values(params).returning();
  if (!row) throw new Error("insert returned nothing");
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), lastUsedAt: null };
}

export async function listApiTokens(db: DbOrTx, params: { userId: string }): Promise<ApiTokenSummary[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, params.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

export async function revokeApiToken(db: DbOrTx, params: { userId: string; id: string }): Promise<void> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, params.id), eq(apiTokens.userId, params.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) throw notFound("Token");
}

/** The user a live token belongs to; records its use at most once a minute. */
export async function userForApiToken(
  db: DbOrTx,
  params: { tokenHash: string },
): Promise<{ id: string; isAnonymous: boolean } | undefined> {
  const [row] = await db
    .select({ id: users.id, isAnonymous: users.isAnonymous, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, params.tokenHash), isNull(apiTokens.revokedAt)));
  if (!row) return undefined;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(apiTokens.id, row.tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  return { id: row.id, isAnonymous: row.isAnonymous };
}
