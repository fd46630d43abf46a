import { checkDatabase } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

// GET /api/ready - readiness: database reachable and migrations applied (503 otherwise)
export async function GET() {
  const database = await checkDatabase();
  const ready = database.status !== "failed";
  return Response.json(
    { status: ready ? "ready" : "not_ready", checks: { database } },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
