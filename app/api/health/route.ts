// GET /api/health - liveness: the process answers (no dependencies checked)
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
