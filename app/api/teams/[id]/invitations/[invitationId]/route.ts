import { revokeInvitation } from "@/db/queries/teams";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { uuidParam } from "@/lib/sharing/params";

type Params = { id: string; invitationId: string };

// DELETE /api/teams/:id/invitations/:invitationId - revoke an open invitation (team owner)
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  await revokeInvitation(db, {
    userId: user.id,
    teamId: uuidParam(params.id, "Team"),
    invitationId: uuidParam(params.invitationId, "Invitation"),
  });
  return new Response(null, { status: 204 });
});
