import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { flagOverrides } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

// Overrides are global settings (not owned by a user): the kill switch and
// per-environment switches for preview deploys. Only server code that has
// already checked who is asking (an admin, the launch monitor) writes them.

export const ALL_ENVIRONMENTS = "all";

export type FlagOverrideRow = { flag: string; environment: string; enabled: boolean };

/** The rows that apply to one deploy environment: its own and the "all" ones. */
export async function getFlagOverrides(
  db: DbOrTx,
  params: { environment: string },
): Promise<FlagOverrideRow[]> {
  return db
    .select({
      flag: flagOverrides.flag,
      environment: flagOverrides.environment,
      enabled: flagOverrides.enabled,
    })
    .from(flagOverrides)
    .where(inArray(flagOverrides.environment, [ALL_ENVIRONMENTS, params.environment]));
}

export async function setFlagOverride(
  db: DbOrTx,
  params: {
    flag: string;
    environment: string;
    enabled: boolean;
    reason: string | null;
    setBy: string | null;
  },
): Promise<void> {
  const { flag, environment, ...rest } = params;
  await db
    .insert(flagOverrides)
    .values(params)
    .onConflictDoUpdate({
      target: [flagOverrides.flag, flagOverrides.environment],
      set: { ...rest, updatedAt: new Date() },
    });
}

export async function clearFlagOverride(
  db: DbOrTx,
  params: { flag: string; environment: string },
): Promise<void> {
  await db
    .delete(flagOverrides)
    .where(and(eq(flagOverrides.flag, params.flag), eq(flagOverrides.environment, params.environment)));
}
