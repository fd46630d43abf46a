import { readFileSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

type Journal = { entries: { tag: string }[] };

/** The tags of every migration in the repo, oldest first (drizzle-kit's journal). */
export function expectedMigrationCount(folder = MIGRATIONS_FOLDER): number {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as Journal;
  return journal.entries.length;
}
