import { getTeam } from "@/db/queries/teams";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { uuidParam } from "@/lib/sharing/params";

type Params = { id: string };

// GET /api/teams/:id - the team, its members and (owners) its open invitations
export const GET = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  return getTeam(db, { userId: user.id, teamId: uuidParam(params.id, "Team") });
});
