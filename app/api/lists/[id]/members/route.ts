import { getListMembers, shareWithTeam, shareWithUser, unshareList } from "@/db/queries/sharing";
import { readJson } from "@/lib/http/body";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { announceAccessChange } from "@/lib/sharing/notify";
import { addMemberInput } from "@/lib/sharing/schemas";

type Params = { id: string };

// GET /api/lists/:id/members - who the list is shared with, and everyone who can see it (any member)
export const GET = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  return getListMembers(db, { userId: user.id, listId: pathId(params, "List") });
});

// POST /api/lists/:id/members - share with a person ({email, role}) or a team ({teamId, role}) (owner)
export const POST = authedRoute<Params>(
  async ({ request, params, user, db }) => {
    await requireTeamCollaboration(db, user);
    const listId = pathId(params, "List");
    const input = await readJson(request, addMemberInput);
    if ("email" in input) {
      const { member, affectedUserIds } = await shareWithUser(db, { userId: user.id, listId, ...input });
      announceAccessChange([user.id, ...affectedUserIds], listId);
      return Response.json({ member }, { status: 201 });
    }
    const { affectedUserIds } = await shareWithTeam(db, { userId: user.id, listId, ...input });
    announceAccessChange([user.id, ...affectedUserIds], listId);
    return Response.json(await getListMembers(db, { userId: user.id, listId }), { status: 201 });
  },
  { rateLimit: "invites" },
);

// DELETE /api/lists/:id/members - stop sharing: every member but the owner loses the list, links are revoked
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  const listId = pathId(params, "List");
  const { affectedUserIds } = await unshareList(db, { userId: user.id, listId });
  announceAccessChange([user.id, ...affectedUserIds], listId);
  return new Response(null, { status: 204 });
});
