import { runVoiceCommandOnServer } from "@/lib/commands/run-on-server";
import { voiceRequest } from "@/lib/commands/schemas";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";

// POST /api/voice - parse and carry out a spoken or typed command (for outside clients: Shortcuts, assistants)
export const POST = authedRoute(
  async ({ request, user, db }) => {
    const input = await readJson(request, voiceRequest);
    return runVoiceCommandOnServer(db, user.id, input);
  },
  { rateLimit: "voice" },
);
