import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { todos, voiceCommands } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

// One user's own statistics, aggregated by the database. Each query carries
// the user in its WHERE and is served by the per-user indexes, so these are
// computed live rather than from a rollup.

export type TodoStats = {
  total: number;
  completed: number;
  pending: number;
  avgHoursToComplete: number | null;
};

/** The todos the user created (not deleted). A recurring todo counts once, by its current status. */
export async function getTodoStats(db: DbOrTx, params: { userId: string }): Promise<TodoStats> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      completed: sql<number>`(count(*) filter (where ${todos.status} = 'completed'))::int`,
      pending: sql<number>`(count(*) filter (where ${todos.status} = 'pending'))::int`,
      avgHoursToComplete: sql<
        number | null
      >`(avg(extract(epoch from (${todos.completedAt} - ${todos.createdAt})) / 3600)
        filter (where ${todos.status} = 'completed' and ${todos.completedAt} is not null))::float8`,
    })
    .from(todos)
    .where(and(eq(todos.createdBy, params.userId), isNull(todos.deletedAt)));
  return {
    total: Number(row?.total ?? 0),
    completed: Number(row?.completed ?? 0),
    pending: Number(row?.pending ?? 0),
    avgHoursToComplete: row?.avgHoursToComplete == null ? null : Number(row.avgHoursToComplete),
  };
}

export type VoiceBreakdown = { key: string; commands: number; successRate: number };
export type VoiceStats = {
  commands: number;
  successRate: number | null;
  avgConfidence: number | null;
  avgProcessingMs: number | null;
  byLanguage: VoiceBreakdown[];
  byIntent: VoiceBreakdown[];
};

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function breakdown(
  db: DbOrTx,
  userId: string,
  column: typeof voiceCommands.language | typeof voiceCommands.intent,
) {
  const rows = await db
    .select({
      key: column,
      commands: sql<number>`count(*)::int`,
      successRate: sql<number>`avg(${voiceCommands.success}::int)::float8`,
    })
    .from(voiceCommands)
    .where(eq(voiceCommands.userId, userId))
    .groupBy(column)
    .orderBy(desc(sql`count(*)`), column);
  return rows.map((r) => ({ key: r.key, commands: Number(r.commands), successRate: Number(r.successRate) }));
}

export async function getVoiceStats(db: DbOrTx, params: { userId: string }): Promise<VoiceStats> {
  const [totals, byLanguage, byIntent] = await Promise.all([
    db
      .select({
        commands: sql<number>`count(*)::int`,
        successRate: sql<number | null>`avg(${voiceCommands.success}::int)::float8`,
        avgConfidence: sql<number | null>`avg(${voiceCommands.confidence})::float8`,
        avgProcessingMs: sql<number | null>`avg(${voiceCommands.processingMs})::float8`,
      })
      .from(voiceCommands)
      .where(eq(voiceCommands.userId, params.userId)),
    breakdown(db, params.userId, voiceCommands.language),
    breakdown(db, params.userId, voiceCommands.intent),
  ]);
  const t = totals[0];
  return {
    commands: Number(t?.commands ?? 0),
    successRate: num(t?.successRate),
    avgConfidence: num(t?.avgConfidence),
    avgProcessingMs: num(t?.avgProcessingMs),
    byLanguage,
    byIntent,
  };
}
