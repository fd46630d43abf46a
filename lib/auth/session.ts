import { decode } from "next-auth/jwt";
import { authSecret } from "./secret";

// Sessions are signed, encrypted JWT cookies issued by Auth.js. Every part of
// the app (server components, actions, route handlers, the proxy) reads them
// here, from the request's Cookie header, the same way.

/** Idle timeout: a session unused for 30 days ends. Each use renews it (at most once a day). */
export const SESSION_IDLE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_RENEW_SECONDS = 24 * 60 * 60;
/** Absolute lifetime: however active, a session ends 90 days after sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 90 * 24 * 60 * 60;

export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type SessionClaims = { userId: string; sessionVersion: number; authTime: number };

export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function hasSessionCookie(header: string | null | undefined): boolean {
  return SESSION_COOKIES.some((name) => readCookie(header, name) !== undefined);
}

/** The claims of a valid, unexpired session cookie, or null. Database checks (version) come after. */
export async function readSessionClaims(
  cookieHeader: string | null | undefined,
): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIES) {
    const token = readCookie(cookieHeader, name);
    if (!token) continue;
    try {
      const claims = await decode({ token, secret: authSecret(), salt: name });
      const userId = claims?.sub;
      const authTime = Number(claims?.authTime ?? 0);
      if (!userId || Date.now() / 1000 - authTime > SESSION_ABSOLUTE_SECONDS) return null;
      return { userId, sessionVersion: Number(claims?.sv ?? 0), authTime };
    } catch {
      return null;
    }
  }
  return null;
}
