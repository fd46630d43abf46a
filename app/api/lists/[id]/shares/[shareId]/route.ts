import { revokeLinkShare } from "@/db/queries/link-shares";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { uuidParam } from "@/lib/sharing/params";

type Params = { id: string; shareId: string };

// DELETE /api/lists/:id/shares/:shareId - revoke a link: nobody new can join through it (owner)
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  await revokeLinkShare(db, {
    userId: user.id,
    listId: pathId(params, "List"),
    shareId: uuidParam(params.shareId, "Share"),
  });
  return new Response(null, { status: 204 });
});
