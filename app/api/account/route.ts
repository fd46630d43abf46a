import { z } from "zod";
import { deleteAccount, getAccount } from "@/db/queries/accounts";
import { forgetApiTokens, forgetSessionVersion } from "@/lib/auth/current-user";
import { SESSION_COOKIES } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { log } from "@/lib/log";

// The JSON twin of the settings page's "Delete account" (same confirmation:
// the account's email typed again). The smoke test cleans up its throw-away
// user with it. Signed-in sessions only: an API token must not be able to
// delete the account that issued it.
const deleteInput = z.strictObject({ confirmation: z.string().trim().max(320) });

// DELETE /api/account - delete the signed-in account and everything it owns
export const DELETE = authedRoute(async ({ request, user, db }) => {
  if (user.via !== "session") throw new AppError("forbidden", "Sign in to delete your account");
  const { confirmation } = await readJson(request, deleteInput);
  const account = await getAccount(db, { userId: user.id });
  if (!account) throw new AppError("not_found", "Account not found");
  const expected = (account.email ?? "delete my account").toLowerCase();
  if (confirmation.toLowerCase() !== expected) {
    throw new AppError("validation_failed", "Type your email exactly to confirm");
  }
  // Lists, todos, tokens, preferences and voice history go with it (ON DELETE CASCADE).
  await deleteAccount(db, { userId: account.id });
  forgetSessionVersion(account.id);
  forgetApiTokens();
  log.info("account deleted", { userId: account.id, via: "api" });
  const response = Response.json({ deleted: true });
  for (const name of SESSION_COOKIES) {
    response.headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  }
  return response;
});
