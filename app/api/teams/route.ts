import { createTeam, getTeamsForUser } from "@/db/queries/teams";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { createTeamInput } from "@/lib/sharing/schemas";

// GET /api/teams - the caller's teams with their role
export const GET = authedRoute(async ({ user, db }) => {
  await requireTeamCollaboration(db, user);
  return { teams: await getTeamsForUser(db, { userId: user.id }) };
});

// POST /api/teams - a new team ({name}); the caller is its owner
export const POST = authedRoute(async ({ request, user, db }) => {
  await requireTeamCollaboration(db, user);
  const { name } = await readJson(request, createTeamInput);
  return Response.json({ team: await createTeam(db, { userId: user.id, name }) }, { status: 201 });
});
