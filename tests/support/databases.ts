import { migrate } from "drizzle-orm/postgres-js/migrator";
import { connect } from "@/lib/db/connect";
import { MIGRATIONS_FOLDER } from "@/lib/db/migrations";
import type { DbHandle } from "@/lib/db/types";
import { createTestDatabase } from "./test-database";

export type OpenedDatabase = { handle: DbHandle; url?: string; close: () => Promise<void> };
export type TestDatabaseKind = { name: string; open: () => Promise<OpenedDatabase> };

/**
 * The databases every integration suite runs against: the embedded one
 * always, and a fresh database on a real PostgreSQL when TEST_DATABASE_URL is set.
 */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [
    {
      name: "pglite",
      open: async () => {
        const handle = await connect({ driver: "pglite", dataDir: "memory://" });
        return { handle, close: () => handle.close() };
      },
    },
  ];
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    kinds.push({
      name: "postgres",
      open: async () => {
        const database = await createTestDatabase(base);
        const handle = await connect({ driver: "postgres", url: database.url, poolMax: 5 });
        // biome-ignore lint/suspicious/noExplicitAny: the migrator takes the driver's own database type
        await migrate(handle.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
        return {
          handle,
          url: database.url,
          close: async () => {
            await handle.close();
            await database.drop();
          },
        };
      },
    });
  }
  return kinds;
}
