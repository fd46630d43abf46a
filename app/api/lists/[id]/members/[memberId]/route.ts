import { changeMemberRole, removeMember } from "@/db/queries/sharing";
import { readJson } from "@/lib/http/body";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { announceAccessChange } from "@/lib/sharing/notify";
import { uuidParam } from "@/lib/sharing/params";
import { changeRoleInput } from "@/lib/sharing/schemas";

type Params = { id: string; memberId: string };

// PATCH /api/lists/:id/members/:memberId - change a member's role (owner)
export const PATCH = authedRoute<Params>(async ({ request, params, user, db }) => {
  await requireTeamCollaboration(db, user);
  const listId = pathId(params, "List");
  const memberId = uuidParam(params.memberId, "Member");
  const { role } = await readJson(request, changeRoleInput);
  const { affectedUserIds } = await changeMemberRole(db, { userId: user.id, listId, memberId, role });
  announceAccessChange([user.id, ...affectedUserIds], listId);
  return { ok: true };
});

// DELETE /api/lists/:id/members/:memberId - remove a member (owner) or leave (the member); access ends at once
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  const listId = pathId(params, "List");
  const memberId = uuidParam(params.memberId, "Member");
  const { affectedUserIds } = await removeMember(db, { userId: user.id, listId, memberId });
  announceAccessChange([user.id, ...affectedUserIds], listId);
  return new Response(null, { status: 204 });
});
