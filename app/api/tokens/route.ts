import { listApiTokens } from "@/db/queries/api-tokens";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { createTokenInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";

const requireAccount = (isAnonymous: boolean) => {
  if (isAnonymous) throw new AppError("forbidden", "Create an account to use API tokens");
};

// GET /api/tokens - the caller's personal API tokens (never the tokens themselves)
export const GET = authedRoute(async ({ user, db }) => {
  requireAccount(user.isAnonymous);
  return { tokens: await listApiTokens(db, { userId: user.id }) };
});

// POST /api/tokens - a new token, shown this once
export const POST = authedRoute(async ({ request, user, db }) => {
  requireAccount(user.isAnonymous);
  const { name } = await readJson(request, createTokenInput);
  return Response.json({ token: await issueApiToken(db, { userId: user.id, name }) }, { status: 201 });
});
