import { createHash, randomBytes } from "node:crypto";

// Beta invitation tokens: 32 random bytes (base64url) that travel only in
// the emailed link; the database keeps their SHA-256, so a leaked table
// opens nothing. Single use (accepted_at) and expiring (expires_at).

export const INVITATION_TTL_DAYS = 14;
const PREFIX = "b_";
const SHAPE = /^b_[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before any database work: anything else is simply not an invitation. */
export function isWellFormedInvitationToken(token: unknown): token is string {
  return typeof token === "string" && SHAPE.test(token);
}

export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
}

/** The link in the email: sign-up, carrying the token. */
export function invitationLink(origin: string | URL, token: string): string {
  const url = new URL("/signup", origin);
  url.searchParams.set("invite", token);
  return url.toString();
}

export type InvitationState = "pending" | "accepted" | "expired" | "revoked";

export function invitationState(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}
