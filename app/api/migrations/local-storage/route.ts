import { z } from "zod";
import { countMigratedTodos, migrateLocalStorage } from "@/db/queries/migration";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { MAX_MIGRATION_BYTES, type MigrationCount } from "@/lib/migration/contract";
import { parseLegacyPayload } from "@/lib/migration/legacy-payload";

// POST /api/migrations/local-storage - move the old app's localStorage data into the caller's account
export const POST = authedRoute(
  async ({ request, user, db }) => {
    // Read as any JSON first: the issue asks for 400 (not the usual 422) naming what is wrong.
    const body = await readJson(request, z.unknown(), MAX_MIGRATION_BYTES);
    const payload = parseLegacyPayload(body);
    return migrateLocalStorage(db, { userId: user.id, payload });
  },
  { rateLimit: "migration" },
);

// GET /api/migrations/local-storage - read-back: how many migrated todos the caller has
export const GET = authedRoute(async ({ user, db }): Promise<MigrationCount> => {
  return { count: await countMigratedTodos(db, { userId: user.id }) };
});
