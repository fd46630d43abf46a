import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { toErrorResponse } from "@/lib/http/errors";
import { authorizeCron } from "@/lib/launch-monitor/cron-auth";
import { runLaunchMonitor } from "@/lib/launch-monitor/monitor";

// A scheduled job, not a page: never cached or prerendered.
export const dynamic = "force-dynamic";

// GET /api/cron/launch-monitor - Vercel Cron: refresh the rollups, rate the launch metrics, act
export async function GET(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    authorizeCron(request.headers.get("authorization"), env().CRON_SECRET);
    const { report, status, actions } = await runLaunchMonitor(await getDb());
    return Response.json({ reportId: report.id, status, actions });
  } catch (error) {
    return toErrorResponse(error, requestId);
  }
}
