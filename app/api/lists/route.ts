import { createList, getListsForUser } from "@/db/queries/lists";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { announceListChange } from "@/lib/realtime/announce";
import { createListInput } from "@/lib/todos/schemas";

// GET /api/lists - the lists the caller can see, with open counts
export const GET = authedRoute(async ({ user, db }) => ({
  lists: await getListsForUser(db, { userId: user.id }),
}));

// POST /api/lists - create a list
export const POST = authedRoute(async ({ request, user, db }) => {
  const input = await readJson(request, createListInput);
  const list = await createList(db, { userId: user.id, input });
  announceListChange([user.id], list.id);
  return Response.json({ list }, { status: 201 });
});
