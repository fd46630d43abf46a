"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { SIGN_UP_REFUSED, signUp } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth/config";
import { resolveUser } from "@/lib/auth/current-user";
import { signInInput, signUpInput } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/http/route";
import { acceptInvitationToken } from "@/lib/invitations/send";
import { log } from "@/lib/log";
import { clientIp, rateLimitIdentifier } from "@/lib/rate-limit";

export type AuthFormState = { error?: string; fields?: { email?: string; name?: string } };

/** Only same-site paths: a `next` parameter must not send people elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/todos";
}

async function limitPerAddress(policy: "auth" | "signup") {
  await enforceRateLimit(policy, rateLimitIdentifier({ ip: clientIp(await headers()) }));
}

export async function signInAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = signInInput.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = String(form.get("email") ?? "");
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? "Check your input", fields: { email } };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin)
      return { error: "Email or password is incorrect.", fields: { email } };
    log.error("sign-in failed", { error });
    return { error: "Something went wrong on our side. Please try again.", fields: { email } };
  }
  redirect(safeNext(form.get("next")));
}

export async function signUpAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const fields = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? "") };
  const parsed = signUpInput.safeParse({
    email: form.get("email"),
    password: form.get("password"),
    name: form.get("name"),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your input", fields };
  try {
    await limitPerAddress("signup");
    const db = await getDb();
    const { id } = await signUp(db, parsed.data, await resolveUser(await headers()));
    // A beta invitation link: the account exists now; joining the cohort is consumed in one transaction.
    const invite = form.get("invite");
    if (invite && !(await acceptInvitationToken(db, { token: invite, userId: id })))
      log.warn("sign-up with an invitation that could not be used", { userId: id });
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AppError)
      return { error: error.code === "conflict" ? SIGN_UP_REFUSED : error.message, fields };
    log.error("sign-up failed", { error });
    return { error: "Something went wrong on our side. Please try again.", fields };
  }
  redirect(safeNext(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = String(form.get("provider") ?? "");
  if (!/^(github|google)$/.test(provider)) return;
  await signIn(provider, { redirectTo: safeNext(form.get("next")) });
}
