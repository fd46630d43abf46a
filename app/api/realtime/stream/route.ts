import { AppError } from "@/lib/errors";
import { requireFlag } from "@/lib/flags";
import { authedRoute } from "@/lib/http/route";
import { log } from "@/lib/log";
import { realtimeConfigFromEnv, subscribe } from "@/lib/realtime";
import { readableChannels } from "@/lib/realtime/channels";
import { openEventStream, SSE_HEADERS } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";
// The built-in buses hold TCP connections (postgres.js, ioredis): Node only.
export const runtime = "nodejs";

// GET /api/realtime/stream - Server-Sent Events on the caller's channels (built-in transport; 404 with Ably)
export const GET = authedRoute(async ({ request, user, db }) => {
  await requireFlag(db, user, "real_time_sync");
  if (realtimeConfigFromEnv().transport === "ably") {
    throw new AppError("not_found", "Real-time events are delivered by Ably on this server");
  }
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = await openEventStream({
      loadChannels: () => readableChannels(db, { userId: user.id }),
      subscribe,
      signal: request.signal,
    });
  } catch (error) {
    log.error("realtime stream could not start", { userId: user.id, error });
    throw new AppError("unavailable", "Live updates are unavailable right now; changes still sync");
  }
  return new Response(stream, { headers: SSE_HEADERS });
});
