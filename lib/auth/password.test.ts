import { describe, expect, test } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("passwords", () => {
  test("argon2id hashes verify and are salted", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(a, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  test.each([
    ["short", "Use at least 10 characters."],
    ["password123", expect.stringContaining("most common")],
    ["1234567890", expect.stringContaining("most common")],
    ["aaaaaaaaaaaa", expect.stringContaining("most common")],
    ["maria-secret-2026", "Don't use your name or email in your password."],
    ["x".repeat(201), "Use at most 200 characters."],
    ["plumber-tuesday-kettle", null],
  ])("%s -> %s", (password, problem) => {
    expect(passwordProblem(password, { email: "maria@example.com", name: "Maria" })).toEqual(problem);
  });
});
