// npm run db:migrate - applies db/migrations to the server database in
// DATABASE_URL (or POSTGRES_URL). The embedded database migrates itself.
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { chooseDbTarget, connect } from "../lib/db/connect";
import { MIGRATIONS_FOLDER } from "../lib/db/migrations";
import { env } from "../lib/env";

export async function migrateServerDatabase(): Promise<string> {
  const target = chooseDbTarget(env());
  if (target.driver === "pglite") {
    throw new Error("Set DATABASE_URL or POSTGRES_URL: the embedded database migrates itself at start.");
  }
  const handle = await connect(target);
  try {
    const run = target.driver === "neon" ? migrateNeon : migratePostgres;
    // biome-ignore lint/suspicious/noExplicitAny: both migrators take the driver's own database type
    await run(handle.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
    return target.driver;
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateServerDatabase().then(
    (driver) => console.log(`migrations applied (${driver})`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
