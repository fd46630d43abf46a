import { createLinkShare, getLinkShares } from "@/db/queries/link-shares";
import { readJson } from "@/lib/http/body";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { absoluteUrl, shareLinkPath } from "@/lib/sharing/links";
import { createLinkShareInput } from "@/lib/sharing/schemas";

type Params = { id: string };

// GET /api/lists/:id/shares - the list's link shares, live and revoked (owner)
export const GET = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  return { shares: await getLinkShares(db, { userId: user.id, listId: pathId(params, "List") }) };
});

// POST /api/lists/:id/shares - a new link ({role: viewer|editor, password?}); the URL is shown once (owner)
export const POST = authedRoute<Params>(
  async ({ request, params, user, db }) => {
    await requireTeamCollaboration(db, user);
    const input = await readJson(request, createLinkShareInput);
    const { share, token } = await createLinkShare(db, {
      userId: user.id,
      listId: pathId(params, "List"),
      ...input,
    });
    return Response.json({ share, token, url: absoluteUrl(request, shareLinkPath(token)) }, { status: 201 });
  },
  { rateLimit: "invites" },
);
