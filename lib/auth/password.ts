import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about
// 10 ms a hash here, slow enough for attackers, fast enough for sign-in.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** ~49,000 passwords seen most often in breaches (zxcvbn's common list, bundled). */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** What is wrong with a new password, in words for the person choosing it; null when fine. */
export function passwordProblem(
  password: string,
  context: { email?: string; name?: string } = {},
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || /^(.)\1+$/.test(password)) {
    return "This password is one of the most common ones and easy to guess. Choose another.";
  }
  const personal = [context.email?.split("@")[0], context.name].filter((p): p is string =>
    Boolean(p && p.length >= 3),
  );
  if (personal.some((p) => lower.includes(p.toLowerCase())))
    return "Don't use your name or email in your password.";
  return null;
}
