import { eq } from "drizzle-orm";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountMenu } from "@/components/auth/account-menu";
import { ApiTokensSection } from "@/components/settings/api-tokens-section";
import { BetaSection } from "@/components/settings/beta-section";
import { CalendarSection } from "@/components/settings/calendar-section";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { IdentitiesSection } from "@/components/settings/identities-section";
import { PasswordForm } from "@/components/settings/password-form";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SessionsSection } from "@/components/settings/sessions-section";
import styles from "@/components/settings/settings.module.css";
import { getAccount } from "@/db/queries/accounts";
import { listApiTokens } from "@/db/queries/api-tokens";
import { hasCalendarFeed } from "@/db/queries/calendar";
import { isInCohort } from "@/db/queries/cohorts";
import { getListsForUser } from "@/db/queries/lists";
import { getPreferences } from "@/db/queries/users";
import { accounts } from "@/db/schema";
import { currentAccount, resolveUser } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import {
  readSessionClaims,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_COOKIES,
  SESSION_IDLE_SECONDS,
} from "@/lib/auth/session";
import { type DbOrTx, getDb } from "@/lib/db";
import { BETA_COHORT, BETA_FEATURES, evaluateFlags } from "@/lib/flags";
import { toPreferencesDto } from "@/lib/preferences/schemas";

export const metadata: Metadata = { title: "Settings · Voice Todo" };

const SIGN_IN = "/signin?next=/settings";
const DAY = 24 * 60 * 60;

// Belongs in db/queries/accounts.ts (not this page's file to change): the
// OAuth identities linked to the user, scoped by the user in its WHERE.
async function getLinkedIdentities(db: DbOrTx, params: { userId: string }) {
  return db
    .select({ provider: accounts.provider, providerAccountId: accounts.providerAccountId })
    .from(accounts)
    .where(eq(accounts.userId, params.userId));
}

/** The zones the runtime knows, with the saved one even if it is an alias such as "UTC". */
function timeZoneOptions(saved: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(saved);
  return [...zones].sort();
}

/** For the curl example: the address this page was reached at. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}

/**
 * The session cookie as this render sees it. A server action that re-issues
 * it (new password, signing out elsewhere) re-renders this page in the same
 * request, where the Cookie header is still the old one, whose version was
 * just retired; the cookie jar already holds the new cookie. Without this the
 * page would send its own user to sign in and lose the action's message.
 */
async function sessionCookieHeader(): Promise<string> {
  const jar = await cookies();
  return SESSION_COOKIES.flatMap((name) => {
    const value = jar.get(name)?.value;
    return value ? [`${name}=${encodeURIComponent(value)}`] : [];
  }).join("; ");
}

async function signedInUserId(): Promise<string | null> {
  const user = await currentAccount();
  if (user) return user.id;
  // Only the session cookies: resolveUser must not fall back to (or create) a guest here.
  const fromJar = await resolveUser(new Headers({ cookie: await sessionCookieHeader() }));
  return fromJar?.via === "session" && !fromJar.isAnonymous ? fromJar.id : null;
}

// The proxy already sends people without a session cookie to sign in; this
// also catches a cookie that is valid but was signed out elsewhere.
export default async function SettingsPage() {
  const userId = await signedInUserId();
  if (!userId) redirect(SIGN_IN);
  const db = await getDb();
  const [calendarFeed, lists] = await Promise.all([
    hasCalendarFeed(db, { userId }),
    getListsForUser(db, { userId }),
  ]);
  const [account, prefs, tokens, identities, claims, origin, flags, inBeta] = await Promise.all([
    getAccount(db, { userId }),
    getPreferences(db, { userId }),
    listApiTokens(db, { userId }),
    getLinkedIdentities(db, { userId }),
    sessionCookieHeader().then(readSessionClaims),
    requestOrigin(),
    evaluateFlags(db, { id: userId }),
    isInCohort(db, { userId, cohort: BETA_COHORT }),
  ]);
  if (!account) redirect(SIGN_IN);

  // Dates are formatted here, in the account's zone, so server and browser render the same text.
  const dateTime = new Intl.DateTimeFormat("en-US", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: prefs.timeZone,
    hour12: prefs.hour12,
  });
  const format = (d: Date | string) => dateTime.format(new Date(d));
  const name = account.name ?? account.email ?? "";

  return (
    <div className="app">
      <header className="app-header">
        <Link href="/todos" className="brand">
          Voice Todo
        </Link>
        <AccountMenu account={{ name }} />
      </header>
      <div className={styles.page}>
        <Link href="/todos" className={styles.back}>
          <span aria-hidden="true">←</span> Back to my lists
        </Link>
        <h1 className={styles.title}>Settings</h1>
        <nav aria-label="Settings sections" className={styles.toc}>
          <a href="#profile">Profile</a>
          <a href="#password">Password</a>
          <a href="#preferences">Preferences</a>
          <a href="#identities">Linked identities</a>
          <a href="#tokens">API tokens</a>
          <a href="#calendar">Calendar feed</a>
          <a href="#sessions">Sessions</a>
          <a href="#beta">Beta features</a>
          <a href="#delete">Delete account</a>
        </nav>
        <main className={styles.sections}>
          <ProfileForm
            name={account.name ?? ""}
            email={account.email ?? ""}
            hasPassword={!!account.passwordHash}
          />
          <PasswordForm hasPassword={!!account.passwordHash} />
          <PreferencesForm prefs={toPreferencesDto(prefs)} timeZones={timeZoneOptions(prefs.timeZone)} />
          <IdentitiesSection identities={identities} providers={enabledOAuthProviders()} />
          <ApiTokensSection
            origin={origin}
            tokens={tokens.map((t) => ({
              id: t.id,
              name: t.name,
              created: format(t.createdAt),
              lastUsed: t.lastUsedAt ? format(t.lastUsedAt) : null,
            }))}
          />
          <CalendarSection enabled={calendarFeed} lists={lists.map((l) => ({ id: l.id, name: l.name }))} />
          <SessionsSection
            idleDays={SESSION_IDLE_SECONDS / DAY}
            absoluteDays={SESSION_ABSOLUTE_SECONDS / DAY}
            signedInAt={claims?.authTime ? format(new Date(claims.authTime * 1000)) : null}
            endsBy={
              claims?.authTime ? format(new Date((claims.authTime + SESSION_ABSOLUTE_SECONDS) * 1000)) : null
            }
          />
          <BetaSection
            inBeta={inBeta}
            features={BETA_FEATURES.map((f) => ({ ...f, enabled: flags[f.flag] }))}
          />
          <DeleteAccountForm confirmation={account.email ?? "delete my account"} />
        </main>
      </div>
    </div>
  );
}
