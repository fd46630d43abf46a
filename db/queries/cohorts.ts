import "server-only";
import { and, eq } from "drizzle-orm";
import { userCohorts } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { type Cohort, cohortSchema } from "@/lib/flags/registry";

/** The user's cohorts that the app knows; a stale name left in the table is ignored (fail closed). */
export async function getCohortsForUser(db: DbOrTx, params: { userId: string }): Promise<Cohort[]> {
  const rows = await db
    .select({ cohort: userCohorts.cohort })
    .from(userCohorts)
    .where(eq(userCohorts.userId, params.userId));
  return rows.flatMap((r) => {
    const parsed = cohortSchema.safeParse(r.cohort);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function isInCohort(db: DbOrTx, params: { userId: string; cohort: Cohort }): Promise<boolean> {
  const [row] = await db
    .select({ cohort: userCohorts.cohort })
    .from(userCohorts)
    .where(and(eq(userCohorts.userId, params.userId), eq(userCohorts.cohort, params.cohort)));
  return Boolean(row);
}

/** Idempotent: joining twice keeps the first joined_at. */
export async function joinCohort(db: DbOrTx, params: { userId: string; cohort: Cohort }): Promise<void> {
  await db.insert(userCohorts).values({ userId: params.userId, cohort: params.cohort }).onConflictDoNothing();
}

export async function leaveCohort(db: DbOrTx, params: { userId: string; cohort: Cohort }): Promise<void> {
  await db
    .delete(userCohorts)
    .where(and(eq(userCohorts.userId, params.userId), eq(userCohorts.cohort, params.cohort)));
}
