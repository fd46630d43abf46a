import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The secret that signs session cookies. Production sets AUTH_SECRET (env.ts
 * refuses to start without it); `npm run dev` and tests need no setup, so a
 * random secret is created once and kept beside the embedded database.
 */
export function authSecret(): string {
  if (cached) return cached;
  const { AUTH_SECRET, DATA_DIR, NODE_ENV } = env();
  if (AUTH_SECRET) {
    cached = AUTH_SECRET;
    return cached;
  }
  if (DATA_DIR.startsWith("memory://") || NODE_ENV === "test") {
    cached = randomBytes(33).toString("base64");
    return cached;
  }
  const file = path.join(DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(DATA_DIR, { recursive: true });
    cached = randomBytes(33).toString("base64");
    writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}
