import { z } from "zod";
import { revokeApiToken } from "@/db/queries/api-tokens";
import { forgetApiTokens } from "@/lib/auth/current-user";
import { notFound } from "@/lib/errors";
import { authedRoute } from "@/lib/http/route";

// DELETE /api/tokens/:id - revoke a token
export const DELETE = authedRoute<{ id: string }>(async ({ params, user, db }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw notFound("Token");
  await revokeApiToken(db, { userId: user.id, id: id.data });
  forgetApiTokens();
  return new Response(null, { status: 204 });
});
