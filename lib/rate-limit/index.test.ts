import { describe, expect, test } from "vitest";
import { createRedisBackend } from "../redis/index";
import {
  addressBlock,
  checkRateLimit,
  clientIp,
  createRateLimiter,
  type RateLimitResult,
  rateLimitHeaders,
  rateLimitIdentifier,
} from "./index";

const now = 1_700_000_000_000;
const base: RateLimitResult = {
  allowed: true,
  limit: 10,
  remaining: 7,
  resetAt: now + 12_300,
  retryAfterSeconds: 0,
  degraded: false,
};

describe("rateLimitHeaders", () => {
  test("allowed: the RateLimit-* fields, reset in seconds from now", () => {
    expect(rateLimitHeaders(base, now)).toEqual({
      "RateLimit-Limit": "10",
      "RateLimit-Remaining": "7",
      "RateLimit-Reset": "13",
    });
  });

  test("refused: Retry-After as well", () => {
    const refused = { ...base, allowed: false, remaining: 0, retryAfterSeconds: 13 };
    expect(rateLimitHeaders(refused, now)).toMatchObject({ "RateLimit-Remaining": "0", "Retry-After": "13" });
  });

  test("degraded: none, since the numbers would be invented", () => {
    expect(rateLimitHeaders({ ...base, degraded: true }, now)).toEqual({});
  });
});

describe("identifiers", () => {
  test.each([
    [{ userId: "u1", ip: "1.2.3.4" }, "user:u1"],
    [{ userId: null, ip: "1.2.3.4" }, "ip:1.2.3.4"],
    [{ ip: "2001:db8:1:2:3:4:5:6" }, "ip:2001:db8:1:2::/64"],
    [{}, "ip:unknown"],
  ])("%j -> %s", (who, expected) => {
    expect(rateLimitIdentifier(who)).toBe(expected);
  });

  test.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:0db8:0000:0042:aaaa:bbbb:cccc:dddd", "2001:db8:0:42::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:db8:0:42::", "2001:db8:0:42::/64"],
    ["::1", "0:0:0:0::/64"],
    ["FE80::1%eth0", "fe80:0:0:0::/64"],
  ])("addressBlock(%s) = %s", (ip, expected) => {
    expect(addressBlock(ip)).toBe(expected);
  });

  test.each([
    [{ "x-real-ip": "1.1.1.1", "x-forwarded-for": "9.9.9.9, 2.2.2.2" }, "1.1.1.1"],
    [{ "x-forwarded-for": "9.9.9.9, 2.2.2.2" }, "2.2.2.2"],
    [{ "x-forwarded-for": "2.2.2.2" }, "2.2.2.2"],
    [{}, null],
  ])("clientIp(%j) = %s", (headers, expected) => {
    expect(clientIp(new Headers(headers))).toBe(expected);
  });
});

describe("memory limiter", () => {
  test("of 50 concurrent calls at a limit of 10, exactly 10 pass", async () => {
    const limiter = createRateLimiter({
      backend: createRedisBackend({ kind: "memory" }),
      prefix: "t",
      limit: 10,
      windowMs: 60_000,
    });
    const results = await Promise.all(Array.from({ length: 50 }, () => limiter.limit("ip:1.2.3.4")));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const refused = results.find((r) => !r.allowed);
    expect(refused).toMatchObject({ remaining: 0, degraded: false });
    expect(refused?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  // Memory here, the real Redis in CI (REDIS_URL): the same answer either way.
  test("checkRateLimit uses the environment's backend and limits", async () => {
    const result = await checkRateLimit("signup", `ip:test-${Math.random()}`);
    expect(result).toMatchObject({ allowed: true, limit: 5, remaining: 4, degraded: false });
  });
});
