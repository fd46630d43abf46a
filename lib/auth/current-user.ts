import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { getOrCreateGuestUser } from "@/db/queries/users";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { GUEST_COOKIE, isWellFormedGuestToken } from "./guest-token";

export type CurrentUser = { id: string; isAnonymous: boolean };

// token hash -> user, so that most requests skip the lookup. Small and
// short-lived: a user row does not change identity.
const cache = new Map<string, { user: CurrentUser; expires: number }>();
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX = 5_000;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function userForGuestToken(token: string): Promise<CurrentUser> {
  const hash = sha256(token);
  const hit = cache.get(hash);
  if (hit && hit.expires > Date.now()) return hit.user;
  const user = await getOrCreateGuestUser(await getDb(), hash);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value ?? "");
  cache.set(hash, { user, expires: Date.now() + CACHE_TTL_MS });
  return user;
}

/**
 * The user behind this request, for server components, server actions and
 * route handlers alike. The proxy gives every browser a guest cookie before
 * any of them runs; a request without one (an API client that dropped it) is
 * unauthorized.
 */
export async function requireUser(): Promise<CurrentUser> {
  return userForToken((await cookies()).get(GUEST_COOKIE)?.value);
}

/** The same for a route handler, read from the request itself. */
export async function requireUserFromRequest(request: Request): Promise<CurrentUser> {
  return userForToken(readCookie(request.headers.get("cookie"), GUEST_COOKIE));
}

function userForToken(token: string | undefined): Promise<CurrentUser> {
  if (!isWellFormedGuestToken(token))
    throw new AppError("unauthorized", "Sign in or accept cookies to continue");
  return userForGuestToken(token);
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}
