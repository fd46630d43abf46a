// A guest is identified by a random token in an httpOnly cookie; the server
// stores only its SHA-256, so a database leak does not hand out sessions.

export const GUEST_COOKIE = "vt_guest";
/** Chrome caps cookie lifetimes at 400 days. */
export const GUEST_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

export function newGuestToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function isWellFormedGuestToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
