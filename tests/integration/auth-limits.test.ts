import { beforeAll, expect, test } from "vitest";
import * as signinRoute from "@/app/api/signin/route";
import * as signupRoute from "@/app/api/signup/route";

// Sign-in and sign-up are limited per address (and sign-in also per account):
// here with small limits, counted even for requests that fail validation.

beforeAll(() => {
  process.env.RATE_LIMIT_SIGNUP = "2/1m";
  process.env.RATE_LIMIT_AUTH = "2/1m";
  process.env.DATA_DIR = "memory://";
});

const post = (handler: (request: Request) => Promise<Response>, ip: string, body: unknown) =>
  handler(
    new Request("http://localhost:3000/api/x", {
      method: "POST",
      headers: { "content-type": "application/json", "x-real-ip": ip },
      body: JSON.stringify(body),
    }),
  );

test.each([
  ["sign-up", signupRoute.POST, { email: "not-an-email", password: "x", name: "" }],
  ["sign-in", signinRoute.POST, { email: "not-an-email", password: "" }],
])(
  "%s: the third attempt from one address in a minute gets 429 with Retry-After",
  async (_name, handler, body) => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}`;
    expect((await post(handler, ip, body)).status).toBe(422);
    expect((await post(handler, ip, body)).status).toBe(422);
    const refused = await post(handler, ip, body);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-limit")).toBe("2");
    expect((await refused.json()).error.message).toMatch(/wait \d+ seconds/);
    // Another address is not affected.
    expect((await post(handler, "198.51.100.7", body)).status).toBe(422);
  },
);
