import { evaluateFlags } from "@/lib/flags";
import { authedRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/flags - the caller's evaluated flags (for outside clients; the web app gets them with the page)
export const GET = authedRoute(async ({ user, db }) => {
  const flags = await evaluateFlags(db, user);
  // Per user and liable to change at any refresh: never cached on the way.
  return Response.json({ flags }, { headers: { "cache-control": "private, no-store" } });
});
