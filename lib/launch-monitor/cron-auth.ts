import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Vercel Cron calls with "Authorization: Bearer $CRON_SECRET". Without a
 * configured secret the route does not exist (404) rather than being open;
 * a wrong or missing header is 401. Compared in constant time (on digests,
 * so the lengths match).
 */
export function authorizeCron(authorization: string | null, secret: string | undefined): void {
  if (!secret) throw new AppError("not_found", "Not found");
  const given = /^Bearer\s+(\S+)$/.exec(authorization ?? "")?.[1] ?? "";
  if (!timingSafeEqual(digest(given), digest(secret))) throw new AppError("unauthorized", "Not authorized");
}
