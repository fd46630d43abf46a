import { describe, expect, test } from "vitest";
import type { Env } from "../env";
import { parseLimit, policyLimits } from "./policies";

describe("parseLimit", () => {
  test.each([
    ["120/1m", 120, 60_000],
    ["10/15m", 10, 900_000],
    ["5/1h", 5, 3_600_000],
    ["3/10s", 3, 10_000],
    [" 7/2s ", 7, 2000],
  ])("%s", (spec, limit, windowMs) => {
    expect(parseLimit(spec)).toEqual({ limit, windowMs });
  });

  test.each(["", "120", "120/m", "1/1d", "-1/1m", "1.5/1m", "0/1m", "1/0s"])("rejects %j", (spec) => {
    expect(() => parseLimit(spec)).toThrow(/Invalid rate limit/);
  });
});

test("policyLimits reads each RATE_LIMIT_* variable", () => {
  const limits = policyLimits({
    RATE_LIMIT_WRITES: "120/1m",
    RATE_LIMIT_VOICE: "60/1m",
    RATE_LIMIT_AUTH: "10/15m",
    RATE_LIMIT_SIGNUP: "5/1h",
    RATE_LIMIT_MIGRATION: "10/1h",
    RATE_LIMIT_INVITES: "20/1h",
  } as Env);
  expect(limits).toEqual({
    writes: { limit: 120, windowMs: 60_000 },
    voice: { limit: 60, windowMs: 60_000 },
    auth: { limit: 10, windowMs: 900_000 },
    signup: { limit: 5, windowMs: 3_600_000 },
    migration: { limit: 10, windowMs: 3_600_000 },
    invites: { limit: 20, windowMs: 3_600_000 },
  });
});
