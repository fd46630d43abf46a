import { createHash, randomBytes } from "node:crypto";

// Secrets that travel in URLs (link shares, team invitations, calendar
// feeds): 32 random bytes, base64url. Only their SHA-256 is stored, so a
// database leak opens nothing; a lookup hashes what the URL carries.

export type SecretKind = "share" | "invite" | "calendar";

const PREFIX: Record<SecretKind, string> = { share: "s_", invite: "i_", calendar: "c_" };
const SHAPE = /^[sic]_[A-Za-z0-9_-]{43}$/;

export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Cheap shape check before any database work: a malformed secret is simply unknown. */
export function isWellFormedSecret(secret: string, kind: SecretKind): boolean {
  return SHAPE.test(secret) && secret.startsWith(PREFIX[kind]);
}
