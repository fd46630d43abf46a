import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { cookies, headers } from "next/headers";
import { getAccount } from "@/db/queries/accounts";
import { userForApiToken } from "@/db/queries/api-tokens";
import { getOrCreateGuestUser } from "@/db/queries/users";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { GUEST_COOKIE, isWellFormedGuestToken } from "./guest-token";
import { readCookie, readSessionClaims } from "./session";

export type CurrentUser = { id: string; isAnonymous: boolean; via: "session" | "token" | "guest" };

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

// Short-lived memory of lookups that every request would otherwise repeat.
// A revoked token or a "sign out everywhere" takes effect within this TTL on
// other processes, at once on this one (forgetSessionVersion).
// Kept on globalThis: Next bundles this module into several server chunks,
// and a "forget" from a server action must reach the copy route handlers use.
type Caches = {
  guests: LRUCache<string, CurrentUser>;
  sessionVersions: LRUCache<string, { version: number; isAnonymous: boolean }>;
  tokens: LRUCache<string, CurrentUser>;
};
const holder = globalThis as typeof globalThis & { __voiceTodoUserCaches?: Caches };
holder.__voiceTodoUserCaches ??= {
  guests: new LRUCache({ max: 5_000, ttl: 5 * 60_000 }),
  sessionVersions: new LRUCache({ max: 5_000, ttl: 15_000 }),
  tokens: new LRUCache({ max: 5_000, ttl: 15_000 }),
};
const { guests, sessionVersions, tokens } = holder.__voiceTodoUserCaches;

export function forgetSessionVersion(userId: string): void {
  sessionVersions.delete(userId);
}

export function forgetApiTokens(): void {
  tokens.clear();
}

async function userFromSession(cookieHeader: string | null): Promise<CurrentUser | null> {
  const claims = await readSessionClaims(cookieHeader);
  if (!claims) return null;
  let known = sessionVersions.get(claims.userId);
  if (!known) {
    const account = await getAccount(await getDb(), { userId: claims.userId });
    if (!account) return null;
    known = { version: account.sessionVersion, isAnonymous: account.isAnonymous };
    sessionVersions.set(claims.userId, known);
  }
  if (claims.sessionVersion !== known.version) return null;
  return { id: claims.userId, isAnonymous: known.isAnonymous, via: "session" };
}

async function userFromApiToken(authorization: string | null): Promise<CurrentUser | null> {
  const match = /^Bearer\s+(vt_[A-Za-z0-9_-]{20,100})$/.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const hash = sha256(match[1]);
  const hit = tokens.get(hash);
  if (hit) return hit;
  const user = await userForApiToken(await getDb(), { tokenHash: hash });
  if (!user) return null;
  const current: CurrentUser = { ...user, via: "token" };
  tokens.set(hash, current);
  return current;
}

async function userFromGuestCookie(cookieHeader: string | null): Promise<CurrentUser | null> {
  const token = readCookie(cookieHeader, GUEST_COOKIE);
  if (!isWellFormedGuestToken(token)) return null;
  const hash = sha256(token);
  const hit = guests.get(hash);
  if (hit) return hit;
  const user = await getOrCreateGuestUser(await getDb(), hash);
  const current: CurrentUser = { ...user, via: "guest" };
  guests.set(hash, current);
  return current;
}

/**
 * Who is asking: a personal API token (Authorization: Bearer), else a
 * signed-in session, else the browser's guest identity. The one way every
 * part of the app finds its user.
 */
export async function resolveUser(requestHeaders: Headers): Promise<CurrentUser | null> {
  const authorization = requestHeaders.get("authorization");
  if (authorization) {
    const user = await userFromApiToken(authorization);
    if (!user) throw new AppError("unauthorized", "This API token is not valid or was revoked");
    return user;
  }
  const cookieHeader = requestHeaders.get("cookie");
  return (await userFromSession(cookieHeader)) ?? (await userFromGuestCookie(cookieHeader));
}

/** For server components and server actions. */
export async function requireUser(): Promise<CurrentUser> {
  return requireUserFromRequest({ headers: await headers() });
}

/** For route handlers. */
export async function requireUserFromRequest(request: { headers: Headers }): Promise<CurrentUser> {
  const user = await resolveUser(request.headers);
  if (!user) throw new AppError("unauthorized", "Sign in, or allow cookies to use the app as a guest");
  return user;
}

/** The signed-in account (not a guest, not a token), or null. */
export async function currentAccount(): Promise<CurrentUser | null> {
  const user = await userFromSession((await headers()).get("cookie"));
  return user && !user.isAnonymous ? user : null;
}

/**
 * After a guest became (or merged into) an account, the browser's guest
 * cookie must not lead anywhere: forget it here and remove it from the browser.
 */
export async function dropGuestCookie(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(GUEST_COOKIE)?.value;
  if (token) guests.delete(sha256(token));
  jar.delete(GUEST_COOKIE);
}
