import { getVoiceCommandsForUser, recordVoiceCommand } from "@/db/queries/voice";
import { voiceLogRequest } from "@/lib/commands/schemas";
import { requireFlag } from "@/lib/flags";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";

// GET /api/voice/commands - the caller's recent voice commands
export const GET = authedRoute(async ({ user, db }) => {
  await requireFlag(db, user, "voice_commands");
  const rows = await getVoiceCommandsForUser(db, { userId: user.id, limit: 50 });
  return {
    commands: rows.map((r) => ({
      id: r.id,
      transcript: r.transcript,
      language: r.language,
      intent: r.intent,
      success: r.success,
      processingMs: r.processingMs,
      confidence: r.confidence,
      source: r.source,
      sessionId: r.sessionId,
      createdAt: r.createdAt.toISOString(),
    })),
  };
});

// POST /api/voice/commands - record a command the app parsed and applied itself
export const POST = authedRoute(async ({ request, user, db }) => {
  await requireFlag(db, user, "voice_commands");
  const input = await readJson(request, voiceLogRequest);
  const { id } = await recordVoiceCommand(db, {
    userId: user.id,
    sessionId: input.sessionId,
    transcript: input.transcript,
    language: input.lang,
    intent: input.intent,
    success: input.success,
    processingMs: input.processingMs,
    confidence: input.confidence,
    todoIds: input.todoIds,
    source: "app",
    undo: null,
    deviceInfo: input.deviceInfo,
  });
  return Response.json({ id }, { status: 201 });
});
