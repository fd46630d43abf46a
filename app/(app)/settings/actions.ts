"use server";

import { revalidatePath } from "next/cache";

import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { THEME_COOKIE } from "@/components/settings/theme";
import {
  type AccountRow,
  bumpSessionVersion,
  deleteAccount,
  getAccount,
  updateAccount,
} from "@/db/queries/accounts";
import { revokeApiToken } from "@/db/queries/api-tokens";
import { updatePreferences } from "@/db/queries/users";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { signIn, signOut, unstable_update } from "@/lib/auth/config";
import { currentAccount, forgetApiTokens, forgetSessionVersion } from "@/lib/auth/current-user";
import { hashPassword, MAX_PASSWORD_LENGTH, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { createTokenInput } from "@/lib/auth/schemas";
import { invalidateUser } from "@/lib/cache";
import { type Db, getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { updatePreferencesInput } from "@/lib/preferences/schemas";
import { checkRateLimit } from "@/lib/rate-limit";

export type SettingsState = { ok?: string; error?: string; fields?: { name?: string; email?: string } };
export type TokenState = SettingsState & { created?: { id: string; name: string; token: string } };

const SERVER_ERROR = "Something went wrong on our side. Please try again.";
const SIGNED_OUT = "Your session has ended. Sign in again to change your settings.";
/** Never says whether another account holds the address. */
const EMAIL_REFUSED = "That email can't be used.";

type Context = { account: AccountRow; db: Db };

/**
 * Every settings action goes through here: the signed-in account (a guest or
 * an API token cannot change account settings), user mistakes as messages,
 * anything else logged and answered with a generic message instead of a 500.
 */
async function withAccount<S extends SettingsState>(
  work: (ctx: Context) => Promise<S>,
): Promise<S | SettingsState> {
  const user = await currentAccount();
  if (!user) return { error: SIGNED_OUT };
  const db = await getDb();
  const account = await getAccount(db, { userId: user.id });
  if (!account) return { error: SIGNED_OUT };
  try {
    return await work({ account, db });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError && error.status < 500) return { error: error.message };
    log.error("settings action failed", { error, userId: account.id });
    return { error: SERVER_ERROR };
  }
}

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? "Check your input.";
const formValue = (form: FormData, name: string) => form.get(name) ?? undefined;

/**
 * The current password proves it is the owner at the keyboard, not someone
 * at an unlocked device; limited like sign-in so it cannot be guessed here.
 */
async function checkCurrentPassword(
  account: AccountRow,
  password: string | undefined,
): Promise<string | null> {
  if (!account.passwordHash) return null;
  if (!password) return "Enter your current password.";
  const limit = await checkRateLimit("auth", `settings-password:user:${account.id}`);
  if (!limit.allowed)
    return `Too many attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} min.`;
  const ok = await verifyPassword(account.passwordHash, password);
  return ok ? null : "Your current password is not correct.";
}

/**
 * Ends every other session: they carry the old version. This session's cookie
 * is re-issued with the new one (the jwt callback accepts `sv` on update), and
 * the cached version is dropped so the others stop working at once.
 */
async function signOutOtherSessions(db: Db, userId: string): Promise<void> {
  const sv = await bumpSessionVersion(db, { userId });
  // A variable, not a literal: `sv` is not part of next-auth's Session type.
  const update = { user: {}, sv };
  await unstable_update(update);
  forgetSessionVersion(userId);
}

const profileInput = z.strictObject({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z
    .email("Enter a valid email address.")
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  currentPassword: z.string().max(MAX_PASSWORD_LENGTH).optional(),
});

export async function updateProfileAction(_state: SettingsState, form: FormData): Promise<SettingsState> {
  const fields = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  const parsed = profileInput.safeParse({
    name: formValue(form, "name"),
    email: formValue(form, "email"),
    currentPassword: formValue(form, "currentPassword") || undefined,
  });
  if (!parsed.success) return { error: firstIssue(parsed.error), fields };
  const { name, email, currentPassword } = parsed.data;
  const result = await withAccount(async ({ account, db }) => {
    const emailChanged = email !== account.email?.toLowerCase();
    if (emailChanged) {
      // An account that signs in only through GitHub or Google has no password to ask for.
      if (!account.passwordHash) return { error: "Set a password first, then change your email.", fields };
      const problem = await checkCurrentPassword(account, currentPassword);
      if (problem) return { error: problem, fields };
    }
    try {
      await updateAccount(db, { userId: account.id, patch: emailChanged ? { name, email } : { name } });
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") return { error: EMAIL_REFUSED, fields };
      throw error;
    }
    revalidatePath("/settings");
    return { ok: emailChanged ? "Saved. Sign in with your new email from now on." : "Saved." };
  });
  return result.error && !result.fields ? { ...result, fields } : result;
}

const passwordInput = z.strictObject({
  currentPassword: z.string().max(MAX_PASSWORD_LENGTH).optional(),
  newPassword: z
    .string()
    .min(1, "Enter a new password.")
    .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
});

export async function changePasswordAction(_state: SettingsState, form: FormData): Promise<SettingsState> {
  const parsed = passwordInput.safeParse({
    currentPassword: formValue(form, "currentPassword") || undefined,
    newPassword: formValue(form, "newPassword"),
  });
  if (!parsed.success) return { error: firstIssue(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;
  return withAccount(async ({ account, db }) => {
    const wrong = await checkCurrentPassword(account, currentPassword);
    if (wrong) return { error: wrong };
    const problem = passwordProblem(newPassword, {
      email: account.email ?? undefined,
      name: account.name ?? undefined,
    });
    if (problem) return { error: problem };
    await updateAccount(db, { userId: account.id, patch: { passwordHash: await hashPassword(newPassword) } });
    await signOutOtherSessions(db, account.id);
    return { ok: "Password changed. You were signed out on your other devices." };
  });
}

export async function signOutEverywhereElseAction(_state: SettingsState): Promise<SettingsState> {
  return withAccount(async ({ account, db }) => {
    await signOutOtherSessions(db, account.id);
    return { ok: "Signed out everywhere else. This device stays signed in." };
  });
}

export async function updatePreferencesAction(_state: SettingsState, form: FormData): Promise<SettingsState> {
  // Checkboxes and radios arrive as "on" / "12"; numbers as text. The shared schema checks the result.
  const parsed = updatePreferencesInput.safeParse({
    speechLanguage: formValue(form, "speechLanguage"),
    spokenAnswers: form.get("spokenAnswers") === "on",
    theme: formValue(form, "theme"),
    timeZone: formValue(form, "timeZone"),
    weekStart: Number(form.get("weekStart")),
    hour12: form.get("hour12") === "12",
    recurrenceBasis: formValue(form, "recurrenceBasis"),
  });
  if (!parsed.success) return { error: `Could not save: ${firstIssue(parsed.error)}` };
  return withAccount(async ({ account, db }) => {
    await updatePreferences(db, { userId: account.id, patch: parsed.data });
    await invalidateUser(account.id);
    // The theme is applied before first paint by a script in the root layout that reads this cookie,
    // so that static pages stay static and nothing flashes.
    (await cookies()).set(THEME_COOKIE, parsed.data.theme ?? "system", {
      path: "/",
      sameSite: "lax",
      maxAge: 400 * 24 * 60 * 60,
    });
    revalidatePath("/", "layout");
    return { ok: "Preferences saved." };
  });
}

export async function createTokenAction(_state: TokenState, form: FormData): Promise<TokenState> {
  const parsed = createTokenInput.safeParse({ name: formValue(form, "name") });
  if (!parsed.success) return { error: firstIssue(parsed.error) };
  return withAccount<TokenState>(async ({ account, db }) => {
    const issued = await issueApiToken(db, { userId: account.id, name: parsed.data.name });
    revalidatePath("/settings");
    return { created: { id: issued.id, name: issued.name, token: issued.token } };
  });
}

const revokeInput = z.strictObject({ id: z.uuid("This token does not exist.") });

export async function revokeTokenAction(_state: SettingsState, form: FormData): Promise<SettingsState> {
  const parsed = revokeInput.safeParse({ id: formValue(form, "id") });
  if (!parsed.success) return { error: firstIssue(parsed.error) };
  return withAccount(async ({ account, db }) => {
    await revokeApiToken(db, { userId: account.id, id: parsed.data.id });
    // Tokens are cached for a few seconds per process; this one must stop now.
    forgetApiTokens();
    revalidatePath("/settings");
    return { ok: "Token revoked." };
  });
}

const linkInput = z.strictObject({ provider: z.enum(["github", "google"]) });

export async function linkIdentityAction(form: FormData): Promise<void> {
  const parsed = linkInput.safeParse({ provider: formValue(form, "provider") });
  if (!parsed.success) return;
  if (!enabledOAuthProviders().some((p) => p.id === parsed.data.provider)) return;
  if (!(await currentAccount())) return;
  // Signing in with a provider while signed in links it to this account (Auth.js).
  await signIn(parsed.data.provider, { redirectTo: "/settings" });
}

const deleteInput = z.strictObject({ confirmation: z.string().trim().max(320) });

/** What must be typed to delete: the email, or a phrase for accounts that have none. */
export async function deleteAccountAction(_state: SettingsState, form: FormData): Promise<SettingsState> {
  const parsed = deleteInput.safeParse({ confirmation: formValue(form, "confirmation") ?? "" });
  if (!parsed.success) return { error: "Type your email to confirm." };
  const result = await withAccount(async ({ account, db }) => {
    const expected = (account.email ?? "delete my account").toLowerCase();
    if (parsed.data.confirmation.toLowerCase() !== expected)
      return { error: `Type ${account.email ? "your email" : `"${expected}"`} exactly to confirm.` };
    // Lists, todos, tokens, preferences and voice history go with it (ON DELETE CASCADE).
    await deleteAccount(db, { userId: account.id });
    forgetSessionVersion(account.id);
    forgetApiTokens();
    log.info("account deleted", { userId: account.id });
    return { ok: "deleted" };
  });
  if (result.ok !== "deleted") return result;
  // Outside withAccount: signOut ends by throwing Next's redirect.
  await signOut({ redirectTo: "/" });
  return {};
}
