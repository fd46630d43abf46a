import { checkDatabase } from "@/lib/db/readiness";
import { checkRedis } from "@/lib/redis";

export const dynamic = "force-dynamic";

// GET /api/ready - readiness: database reachable and migrations applied (503 otherwise)
export async function GET() {
  const [database, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  // Redis only speeds things up and limits abuse: without it the app still serves, degraded.
  const ready = database.status !== "failed";
  return Response.json(
    {
      status: ready ? (redis.status === "ok" ? "ready" : "degraded") : "not_ready",
      checks: { database, redis },
    },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
