import { deleteList, updateList } from "@/db/queries/lists";
import { readJson } from "@/lib/http/body";
import { pathId } from "@/lib/http/params";
import { authedRoute } from "@/lib/http/route";
import { updateListInput } from "@/lib/todos/schemas";

type Params = { id: string };

// PATCH /api/lists/:id - rename, recolor or move a list
export const PATCH = authedRoute<Params>(async ({ request, params, user, db }) => {
  const listId = pathId(params, "List");
  const patch = await readJson(request, updateListInput);
  return { list: await updateList(db, { userId: user.id, listId, patch }) };
});

// DELETE /api/lists/:id - delete a list and move its todos to the trash
export const DELETE = authedRoute<Params>(async ({ params, user, db }) => {
  await deleteList(db, { userId: user.id, listId: pathId(params, "List") });
  return new Response(null, { status: 204 });
});
