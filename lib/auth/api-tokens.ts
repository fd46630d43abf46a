import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { insertApiToken } from "@/db/queries/api-tokens";
import type { DbOrTx } from "@/lib/db";

/** A new personal API token; only its hash is stored, so it is shown once. */
export async function issueApiToken(db: DbOrTx, params: { userId: string; name: string }) {
  const token = `vt_${randomBytes(32).toString("base64url")}`;
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const summary = await insertApiToken(db, { userId: params.userId, name: params.name, tokenHash });
  return { ...summary, token };
}
