import { deleteList, updateList } from "@/db/queries/lists";
import { readJson } from "@/lib/http/body";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { announceListChange } from "@/lib/realtime/announce";
import { updateListInput } from "@/lib/todos/schemas";

type Params = { id: string };

// PATCH /api/lists/:id - rename, recolor or move a list
export const PATCH = authedRoute<Params>(async ({ request, params, user, db }) => {
  const listId = pathId(params, "List");
  const patch = await readJson(request, updateListInput);
  const list = await updateList(db, { userId: user.id, listId, patch });
  announceListChange([user.id], listId);
  return { list };
});

// DELETE /api/lists/:id - delete a list and move its todos to the trash
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  const listId = pathId(params, "List");
  await deleteList(db, { userId: user.id, listId });
  announceListChange([user.id], listId);
  return new Response(null, { status: 204 });
});
