import "server-only";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { flagOverrides, launchReports, users } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { rowsOf } from "./analytics";

// The launch monitor's records: its reports, whom it mails, and the state
// of the kill switch it pulls.

export type LaunchReportRow = typeof launchReports.$inferSelect;

export async function insertLaunchReport(
  db: DbOrTx,
  params: {
    status: LaunchReportRow["status"];
    metrics: Record<string, unknown>;
    actions: string[];
    createdAt?: Date;
  },
): Promise<LaunchReportRow> {
  const [row] = await db.insert(launchReports).values(params).returning();
  if (!row) throw new Error("launch report insert returned nothing");
  return row;
}

export async function getLatestLaunchReports(db: DbOrTx, params: { limit?: number } = {}) {
  return db
    .select()
    .from(launchReports)
    .orderBy(desc(launchReports.createdAt))
    .limit(params.limit ?? 10);
}

/** Where the monitor's mail goes: every admin account with an address. */
export async function getAdminEmails(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.isAnonymous, false), isNotNull(users.email)))
    .orderBy(asc(users.email));
  return rows.flatMap((r) => (r.email ? [r.email] : []));
}

/**
 * Whether the current run of critical reports has already turned the kill
 * switch off. The monitor acts once per critical episode: after an admin
 * turns the switch back on, it stays on until the figures recover and
 * fall to critical again.
 */
export async function killSwitchUsedThisEpisode(db: DbOrTx): Promise<boolean> {
  const result = await db.execute(sql`
    select exists (
      select 1 from ${launchReports} r, jsonb_array_elements_text(r.actions) as a(action)
      where a.action like 'kill_switch_off%'
        and r.created_at > coalesce(
          (select max(created_at) from ${launchReports} where status <> 'critical'), '-infinity'::timestamptz)
    ) as used`);
  return rowsOf<{ used: boolean }>(result)[0]?.used === true;
}

/** The kill switch's override row (no Unleash server), for the admin page: who turned voice off, and why. */
export async function getVoiceOverride(db: DbOrTx) {
  const [row] = await db
    .select({
      enabled: flagOverrides.enabled,
      reason: flagOverrides.reason,
      setBy: flagOverrides.setBy,
      updatedAt: flagOverrides.updatedAt,
    })
    .from(flagOverrides)
    .where(and(eq(flagOverrides.flag, "voice_commands"), eq(flagOverrides.environment, "all")));
  return row;
}
