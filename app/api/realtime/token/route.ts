import { requireFlag } from "@/lib/flags";
import { authedRoute } from "@/lib/http/route";
import { realtimeConfigFromEnv } from "@/lib/realtime";
import { createAblyTokenRequest } from "@/lib/realtime/ably";
import { readableChannels } from "@/lib/realtime/channels";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

// GET /api/realtime/token - an Ably TokenRequest for the caller's channels (usable as Ably's authUrl),
// or, without Ably, where the built-in event stream is
export const GET = authedRoute(async ({ user, db }) => {
  await requireFlag(db, user, "real_time_sync");
  const config = realtimeConfigFromEnv();
  if (config.transport !== "ably") {
    return Response.json({ transport: "sse", url: "/api/realtime/stream" }, { headers: NO_STORE });
  }
  // Asked of the database on every request: a member removed from a list gets
  // no new token for it, and clients re-authorize when told list_changed.
  const channels = await readableChannels(db, { userId: user.id });
  const tokenRequest = await createAblyTokenRequest({ key: config.ablyKey, userId: user.id, channels });
  return Response.json(tokenRequest, { headers: NO_STORE });
});
