import "server-only";
import { createAccount } from "@/db/queries/accounts";
import { recordEvent } from "@/lib/analytics/events";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type CurrentUser, dropGuestCookie } from "./current-user";
import { hashPassword, passwordProblem } from "./password";
import type { SignUpInput } from "./schemas";

/** The one answer for an email that cannot be used: it never says whether an account exists. */
export const SIGN_UP_REFUSED =
  "We couldn't create an account with these details. If you already have one, sign in instead.";

/**
 * Creates an account. A guest signing up keeps all their todos: the guest
 * becomes the account. Signing in afterwards is the caller's job.
 */
export async function signUp(
  db: Db,
  input: SignUpInput,
  current: CurrentUser | null,
): Promise<{ id: string }> {
  const problem = passwordProblem(input.password, input);
  if (problem)
    throw new AppError("validation_failed", problem, { issues: [{ path: "password", message: problem }] });
  const passwordHash = await hashPassword(input.password);
  try {
    const account = await createAccount(db, {
      email: input.email,
      name: input.name,
      passwordHash,
      guestId: current?.via === "guest" ? current.id : null,
      // The operator names the first admins (ADMIN_EMAILS); later ones are granted with npm run admin:grant.
      ...(env().ADMIN_EMAILS.includes(input.email) ? { role: "admin" as const } : {}),
    });
    if (account.upgradedGuest) await dropGuestCookie();
    await recordEvent(db, {
      userId: account.id,
      name: "account_created",
      properties: { upgradedGuest: account.upgradedGuest, via: "password" },
    });
    return account;
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict")
      throw new AppError("conflict", SIGN_UP_REFUSED);
    throw error;
  }
}
