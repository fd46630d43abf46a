import { describe, expect, test } from "vitest";
import {
  hashInvitationToken,
  invitationExpiry,
  invitationLink,
  invitationState,
  isWellFormedInvitationToken,
  newInvitationToken,
} from "./token";

describe("invitation tokens", () => {
  test("random, well-formed, hashed with SHA-256", () => {
    const a = newInvitationToken();
    expect(isWellFormedInvitationToken(a)).toBe(true);
    expect(newInvitationToken()).not.toBe(a);
    expect(hashInvitationToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(a)).not.toContain(a);
  });
  test.each([["b_short"], ["i_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg"], [42], [null]])(
    "%s is refused",
    (t) => {
      expect(isWellFormedInvitationToken(t)).toBe(false);
    },
  );
  test("the link is the sign-up page carrying the token; it expires in 14 days", () => {
    expect(invitationLink("https://app.example/", "b_x")).toBe("https://app.example/signup?invite=b_x");
    const now = new Date("2026-03-01T00:00:00Z");
    expect(invitationExpiry(now).toISOString()).toBe("2026-03-15T00:00:00.000Z");
  });
  test.each([
    [{ acceptedAt: new Date(1), revokedAt: null, expiresAt: new Date(0) }, "accepted"],
    [{ acceptedAt: null, revokedAt: new Date(1), expiresAt: new Date(9e12) }, "revoked"],
    [{ acceptedAt: null, revokedAt: null, expiresAt: new Date(1000) }, "expired"],
    [{ acceptedAt: null, revokedAt: null, expiresAt: new Date(9e12) }, "pending"],
  ] as const)("state %#: %s", (row, state) => {
    expect(invitationState(row, new Date(1000))).toBe(state);
  });
});
