import { afterAll, beforeAll } from "vitest";
import { getDbHandle } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * Points the app's own database module (lib/db, as route handlers use it) at a
 * fresh database for this test file: a new PostgreSQL database when
 * TEST_DATABASE_URL is set (migrated with npm run db:migrate's code, dropped
 * afterwards), the embedded one in memory otherwise.
 */
export function withAppDatabase(prefix: string): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      database = await createTestDatabase(process.env.TEST_DATABASE_URL, prefix);
      process.env.DATABASE_URL = database.url;
      const { migrateServerDatabase } = await import("@/scripts/db-migrate");
      await migrateServerDatabase();
    } else {
      process.env.DATA_DIR = "memory://";
    }
  });
  afterAll(async () => {
    await (await getDbHandle()).close();
    await database?.drop();
  });
}
