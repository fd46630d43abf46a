import { runVoiceCommandOnServer } from "@/lib/commands/run-on-server";
import { voiceRequest } from "@/lib/commands/schemas";
import { requireFlag } from "@/lib/flags";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { announceTodos, announceVoiceCommand } from "@/lib/realtime/announce";

// POST /api/voice - parse and carry out a spoken or typed command (for outside clients: Shortcuts, assistants)
export const POST = authedRoute(
  async ({ request, user, db }) => {
    await requireFlag(db, user, "voice_commands");
    const input = await readJson(request, voiceRequest);
    const result = await runVoiceCommandOnServer(db, user.id, input);
    announceTodos(
      "todo_updated",
      result.todos.map((t) => ({ id: t.id, listId: t.listId, version: 0 })),
    );
    announceVoiceCommand(user.id);
    return result;
  },
  { rateLimit: "voice" },
);
