import { z } from "zod";
import {
  acceptBetaInvitation,
  createBetaInvitation,
  isBetaMemberByEmail,
  peekBetaInvitation,
  revokeBetaInvitation,
} from "@/db/queries/invitations";
import { recordEvent } from "@/lib/analytics/events";
import type { Db } from "@/lib/db";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail";
import { checkRateLimit, rateLimitIdentifier } from "@/lib/rate-limit";
import {
  hashInvitationToken,
  INVITATION_TTL_DAYS,
  invitationExpiry,
  invitationLink,
  isWellFormedInvitationToken,
  newInvitationToken,
} from "./token";

/** Addresses per submission: more is a mailing, not an invitation. */
export const MAX_ADDRESSES = 50;

/** One or many addresses, separated by commas, semicolons, spaces or new lines. */
export const inviteInputSchema = z.object({
  emails: z
    .string()
    .max(20_000)
    .transform((s) => s.split(/[\s,;]+/).filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .min(1, "Enter at least one email address.")
        .max(MAX_ADDRESSES, `At most ${MAX_ADDRESSES} addresses at a time.`),
    ),
});

export type InviteStatus =
  | "sent"
  | "queued"
  | "failed"
  | "rate_limited"
  | "invalid"
  | "already_member"
  | "duplicate";
export type InviteOutcome = { email: string; status: InviteStatus; detail?: string };

const emailSchema = z.email().max(320);

function invitationMail(link: string): { subject: string; text: string; html: string } {
  const text = [
    "You're invited to the Voice Todo beta.",
    "",
    `Create your account with this link to join: ${link}`,
    "",
    `The link works once and expires in ${INVITATION_TTL_DAYS} days.`,
  ].join("\n");
  const safe = link.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const html = `<p>You're invited to the Voice Todo beta.</p><p><a href="${safe}">Create your account and join</a></p><p>The link works once and expires in ${INVITATION_TTL_DAYS} days.</p>`;
  return { subject: "Your invitation to the Voice Todo beta", text, html };
}

/**
 * Invites each address into the beta cohort and reports what happened to
 * each one: nothing is dropped silently. The "invites" rate limit counts
 * per address (each is a mail sent on the admin's behalf), keyed by the
 * admin: a batch larger than what is left of the limit sends what it may
 * and reports the rest as rate_limited. A mail that fails revokes its
 * invitation, so the list shows no pending invitation nobody received.
 */
export async function sendBetaInvitations(
  db: Db,
  params: { adminId: string; emails: readonly string[]; origin: string | URL; now?: Date },
): Promise<InviteOutcome[]> {
  const seen = new Set<string>();
  const outcomes: InviteOutcome[] = [];
  for (const raw of params.emails) {
    const email = raw.trim();
    const key = email.toLowerCase();
    if (!emailSchema.safeParse(email).success) {
      outcomes.push({ email, status: "invalid", detail: "not an email address" });
      continue;
    }
    if (seen.has(key)) {
      outcomes.push({ email, status: "duplicate", detail: "listed twice; invited once" });
      continue;
    }
    seen.add(key);
    outcomes.push(await inviteOne(db, { ...params, email }));
  }
  return outcomes;
}

async function inviteOne(
  db: Db,
  params: { adminId: string; email: string; origin: string | URL; now?: Date },
): Promise<InviteOutcome> {
  const { email } = params;
  try {
    if (await isBetaMemberByEmail(db, { email }))
      return { email, status: "already_member", detail: "already in the beta" };
    const limit = await checkRateLimit("invites", rateLimitIdentifier({ userId: params.adminId }));
    if (!limit.allowed)
      return { email, status: "rate_limited", detail: `try again in ${limit.retryAfterSeconds} s` };
    const token = newInvitationToken();
    const invitation = await createBetaInvitation(db, {
      email,
      invitedBy: params.adminId,
      tokenHash: hashInvitationToken(token),
      expiresAt: invitationExpiry(params.now),
      ...(params.now ? { now: params.now } : {}),
    });
    const result = await sendMail(db, { to: email, ...invitationMail(invitationLink(params.origin, token)) });
    if (result.status === "failed") {
      await revokeBetaInvitation(db, { id: invitation.id });
      return { email, status: "failed", detail: result.error ?? "the mail server refused the message" };
    }
    return { email, status: result.status };
  } catch (error) {
    log.error("invitation failed", { email, error });
    return { email, status: "failed", detail: "could not be invited; see the server log" };
  }
}

/**
 * For sign-up with ?invite=: consumes the invitation and joins its cohort.
 * Never fails the sign-up that already created the account; an unusable
 * link is reported as false.
 */
export async function acceptInvitationToken(
  db: Db,
  params: { token: unknown; userId: string; now?: Date },
): Promise<boolean> {
  if (!isWellFormedInvitationToken(params.token)) return false;
  try {
    const accepted = await acceptBetaInvitation(db, {
      tokenHash: hashInvitationToken(params.token),
      userId: params.userId,
      ...(params.now ? { now: params.now } : {}),
    });
    if (!accepted) return false;
    await recordEvent(db, { userId: params.userId, name: "invitation_accepted", properties: accepted });
    return true;
  } catch (error) {
    log.error("invitation not accepted", { userId: params.userId, error });
    return false;
  }
}

/** What the sign-up page says about a link: usable (the form carries it) or not (sign up without). */
export async function invitationForLink(db: Db, token: string): Promise<{ token: string; usable: boolean }> {
  if (!isWellFormedInvitationToken(token)) return { token: "", usable: false };
  const row = await peekBetaInvitation(db, { tokenHash: hashInvitationToken(token) });
  return row ? { token, usable: true } : { token: "", usable: false };
}
