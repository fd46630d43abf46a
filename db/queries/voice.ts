import "server-only";
import { and, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { voiceCommands, voiceSessions } from "@/db/schema";
import { recordEvent } from "@/lib/analytics/events";
import type { DbOrTx } from "@/lib/db";
import { recordVoiceOutcome } from "@/lib/telemetry/metrics";

export type VoiceCommandRecord = {
  userId: string;
  sessionId?: string | null;
  transcript: string;
  language: string;
  intent: string;
  success: boolean;
  processingMs: number;
  confidence: number | null;
  error?: string | null;
  todoIds: string[];
  source: "app" | "api";
  undo: unknown[] | null;
  deviceInfo?: Record<string, unknown>;
};

/**
 * Records one command and folds it into its voice session (created on first
 * use). A session id that belongs to someone else is not attached.
 */
export async function recordVoiceCommand(db: DbOrTx, record: VoiceCommandRecord): Promise<{ id: string }> {
  let sessionId: string | null = null;
  if (record.sessionId) {
    const ok = record.success ? 1 : 0;
    const confidence = record.confidence;
    const [session] = await db
      .insert(voiceSessions)
      .values({
        id: record.sessionId,
        userId: record.userId,
        commandCount: 1,
        successCount: ok,
        failureCount: 1 - ok,
        averageConfidence: confidence,
        deviceInfo: record.deviceInfo ?? {},
        endedAt: new Date(),
      })
      .onConflictDoUpdate({
        target: voiceSessions.id,
        set: {
          commandCount: sql`${voiceSessions.commandCount} + 1`,
          successCount: sql`${voiceSessions.successCount} + ${ok}`,
          failureCount: sql`${voiceSessions.failureCount} + ${1 - ok}`,
          averageConfidence:
            confidence === null
              ? sql`${voiceSessions.averageConfidence}`
              : sql`(coalesce(${voiceSessions.averageConfidence}, ${confidence}) * ${voiceSessions.commandCount} + ${confidence}) / (${voiceSessions.commandCount} + 1)`,
          endedAt: new Date(),
        },
        setWhere: eq(voiceSessions.userId, record.userId),
      })
      .returning({ id: voiceSessions.id });
    sessionId = session?.id ?? null;
  }
  const [row] = await db
    .insert(voiceCommands)
    .values({
      userId: record.userId,
      sessionId,
      transcript: record.transcript,
      language: record.language,
      intent: record.intent,
      success: record.success,
      processingMs: record.processingMs,
      confidence: record.confidence,
      error: record.error ?? null,
      todoIds: record.todoIds,
      source: record.source,
      undo: record.undo,
    })
    .returning({ id: voiceCommands.id });
  if (!row) throw new Error("insert returned nothing");
  recordVoiceOutcome(record);
  await recordEvent(db, {
    userId: record.userId,
    name: "voice_command",
    properties: {
      success: record.success,
      intent: record.intent,
      language: record.language,
      source: record.source,
    },
  });
  return row;
}

const UNDO_WINDOW_MS = 30 * 60_000;

/** Takes the inverse of the user's latest undoable command off the stack (marks it undone). */
export async function popLatestUndo(db: DbOrTx, params: { userId: string }): Promise<unknown[] | null> {
  const [latest] = await db
    .select({ id: voiceCommands.id, undo: voiceCommands.undo })
    .from(voiceCommands)
    .where(
      and(
        eq(voiceCommands.userId, params.userId),
        isNotNull(voiceCommands.undo),
        isNull(voiceCommands.undoneAt),
        gt(voiceCommands.createdAt, new Date(Date.now() - UNDO_WINDOW_MS)),
      ),
    )
    .orderBy(desc(voiceCommands.createdAt))
    .limit(1)
    .for("update");
  if (!latest?.undo) return null;
  await db.update(voiceCommands).set({ undoneAt: new Date() }).where(eq(voiceCommands.id, latest.id));
  return latest.undo;
}

export async function getVoiceCommandsForUser(db: DbOrTx, params: { userId: string; limit?: number }) {
  return db
    .select()
    .from(voiceCommands)
    .where(eq(voiceCommands.userId, params.userId))
    .orderBy(desc(voiceCommands.createdAt))
    .limit(params.limit ?? 50);
}
