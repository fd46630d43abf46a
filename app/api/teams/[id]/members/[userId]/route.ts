import { changeTeamRole, removeTeamMember } from "@/db/queries/teams";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { announceAccessChange } from "@/lib/sharing/notify";
import { userIdParam, uuidParam } from "@/lib/sharing/params";
import { teamRoleInput } from "@/lib/sharing/schemas";

type Params = { id: string; userId: string };

// PATCH /api/teams/:id/members/:userId - change a member's team role (team owner)
export const PATCH = authedRoute<Params>(async ({ request, params, user, db }) => {
  await requireTeamCollaboration(db, user);
  const { role } = await readJson(request, teamRoleInput);
  const { affectedUserIds } = await changeTeamRole(db, {
    userId: user.id,
    teamId: uuidParam(params.id, "Team"),
    memberUserId: userIdParam(params.userId),
    role,
  });
  announceAccessChange(affectedUserIds);
  return { ok: true };
});

// DELETE /api/teams/:id/members/:userId - remove a member (team owner) or leave (oneself); team lists go at once
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  const { affectedUserIds } = await removeTeamMember(db, {
    userId: user.id,
    teamId: uuidParam(params.id, "Team"),
    memberUserId: userIdParam(params.userId),
  });
  announceAccessChange(affectedUserIds);
  return new Response(null, { status: 204 });
});
