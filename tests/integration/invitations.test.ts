import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { isBetaMemberByEmail, listBetaInvitations } from "@/db/queries/invitations";
import { events, mailOutbox, userCohorts, users } from "@/db/schema";
import type { Db } from "@/lib/db";
import { acceptInvitationToken, inviteInputSchema, sendBetaInvitations } from "@/lib/invitations/send";
import { hashInvitationToken, invitationState } from "@/lib/invitations/token";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";

// An SMTP server that refuses one address: a failure must be reported for it alone.
vi.mock("@/lib/mail", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/mail")>();
  return {
    ...original,
    sendMail: async (
      db: Parameters<typeof original.sendMail>[0],
      m: Parameters<typeof original.sendMail>[1],
    ) =>
      m.to.startsWith("bounce@")
        ? { id: "x", status: "failed" as const, error: "550 mailbox unavailable" }
        : original.sendMail(db, m),
  };
});

const ORIGIN = "http://localhost:3132";
const DAY = 86_400_000;

describe.each(testDatabaseKinds())("beta invitations on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  let adminId: string;
  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());

  /** A fresh admin per test: the "invites" limit counts per admin. */
  const newAdmin = async () => {
    const [row] = await db
      .insert(users)
      .values({ email: `admin-${crypto.randomUUID()}@example.com`, role: "admin" })
      .returning({ id: users.id });
    adminId = row?.id ?? "";
    return adminId;
  };
  const newUser = async (email = `u-${crypto.randomUUID()}@example.com`) => {
    const [row] = await db.insert(users).values({ email }).returning({ id: users.id });
    return row?.id ?? "";
  };
  /** The token in the link mailed to an address (the only place the raw token exists). */
  const mailedToken = async (to: string) => {
    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
    const text = rows.at(-1)?.text ?? "";
    const link = /http\S+/.exec(text)?.[0] ?? "";
    expect(link.startsWith(`${ORIGIN}/signup?invite=b_`)).toBe(true);
    return new URL(link).searchParams.get("invite") ?? "";
  };

  test("the form takes one or many addresses, separated any usual way", () => {
    expect(inviteInputSchema.parse({ emails: "a@x.io, b@x.io;c@x.io\nd@x.io" }).emails).toEqual([
      "a@x.io",
      "b@x.io",
      "c@x.io",
      "d@x.io",
    ]);
    expect(inviteInputSchema.safeParse({ emails: " , " }).success).toBe(false);
  });

  test("each address gets its own outcome; the mail carries a single-use link; only the hash is stored", async () => {
    await newAdmin();
    const a = `ann-${crypto.randomUUID()}@example.com`;
    const b = `bob-${crypto.randomUUID()}@example.com`;
    const outcomes = await sendBetaInvitations(db, {
      adminId,
      emails: [a, "not-an-address", b, a.toUpperCase(), `bounce@${crypto.randomUUID()}.example.com`],
      origin: ORIGIN,
    });
    expect(outcomes.map((o) => o.status)).toEqual(["queued", "invalid", "queued", "duplicate", "failed"]);
    expect(outcomes[4]?.detail).toBe("550 mailbox unavailable");

    const token = await mailedToken(a);
    const rows = (await listBetaInvitations(db)).filter((r) => r.invitedBy === adminId);
    expect(rows).toHaveLength(3);
    const ann = rows.find((r) => r.email === a);
    expect(ann).toMatchObject({ kind: "beta", cohort: "beta_users", tokenHash: hashInvitationToken(token) });
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(Math.round(((ann?.expiresAt.getTime() ?? 0) - (ann?.createdAt.getTime() ?? 0)) / DAY)).toBe(14);
    // The failed mail's invitation is revoked: nobody holds a working link for it.
    expect(rows.filter((r) => r.email.startsWith("bounce@")).map((r) => invitationState(r))).toEqual([
      "revoked",
    ]);

    // Signing up with the link joins the cohort, once.
    const userId = await newUser();
    expect(await acceptInvitationToken(db, { token, userId })).toBe(true);
    const cohorts = await db.select().from(userCohorts).where(eq(userCohorts.userId, userId));
    expect(cohorts.map((c) => c.cohort)).toEqual(["beta_users"]);
    const accepted = (await listBetaInvitations(db)).find((r) => r.email === a);
    expect(accepted && invitationState(accepted)).toBe("accepted");
    expect(accepted?.acceptedBy).toBe(userId);
    const recorded = await db.select().from(events).where(eq(events.userId, userId));
    expect(recorded.map((e) => e.name)).toEqual(["invitation_accepted"]);

    const other = await newUser();
    expect(await acceptInvitationToken(db, { token, userId: other })).toBe(false);
    expect(await db.select().from(userCohorts).where(eq(userCohorts.userId, other))).toEqual([]);
  });

  test("a link expires after 14 days; a malformed or unknown token is refused", async () => {
    await newAdmin();
    const email = `late-${crypto.randomUUID()}@example.com`;
    await sendBetaInvitations(db, { adminId, emails: [email], origin: ORIGIN });
    const token = await mailedToken(email);
    const userId = await newUser();
    const later = new Date(Date.now() + 14 * DAY + 60_000);
    expect(await acceptInvitationToken(db, { token, userId, now: later })).toBe(false);
    expect(await acceptInvitationToken(db, { token: "b_nope", userId })).toBe(false);
    expect(await acceptInvitationToken(db, { token: `b_${"A".repeat(43)}`, userId })).toBe(false);
    expect(await acceptInvitationToken(db, { token, userId })).toBe(true);
  });

  test("inviting an address again revokes its earlier link; a beta member is not invited", async () => {
    await newAdmin();
    const email = `twice-${crypto.randomUUID()}@example.com`;
    await sendBetaInvitations(db, { adminId, emails: [email], origin: ORIGIN });
    const first = await mailedToken(email);
    await sendBetaInvitations(db, { adminId, emails: [email], origin: ORIGIN });
    const second = await mailedToken(email);
    expect(second).not.toBe(first);
    const userId = await newUser(email);
    expect(await acceptInvitationToken(db, { token: first, userId })).toBe(false);
    expect(await acceptInvitationToken(db, { token: second, userId })).toBe(true);
    expect(await isBetaMemberByEmail(db, { email: email.toUpperCase() })).toBe(true);
    const again = await sendBetaInvitations(db, { adminId, emails: [email], origin: ORIGIN });
    expect(again).toEqual([{ email, status: "already_member", detail: "already in the beta" }]);
  });

  test("sending is rate limited per address (20 an hour per admin); the rest is reported, not dropped", async () => {
    await newAdmin();
    const emails = Array.from({ length: 23 }, (_, i) => `bulk-${i}-${crypto.randomUUID()}@example.com`);
    const outcomes = await sendBetaInvitations(db, { adminId, emails, origin: ORIGIN });
    expect(outcomes.filter((o) => o.status === "queued")).toHaveLength(20);
    const limited = outcomes.filter((o) => o.status === "rate_limited");
    expect(limited.map((o) => o.email)).toEqual(emails.slice(20));
    expect(limited[0]?.detail).toMatch(/^try again in \d+ s$/);
  });
});
