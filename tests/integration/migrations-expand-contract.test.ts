import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MIGRATIONS_FOLDER } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Zero-downtime deploys run the new migrations while the previous deploy still
// serves. So every migration must be "expand" (the old code keeps working on
// the new schema) unless it says, in a `-- contract: <plan>` comment, that it
// is the second step of a two-deploy change whose first deploy stopped using
// what it removes. Checked two ways:
// - statically: destructive statements need the marker;
// - on a real PostgreSQL: migrations applied one by one, rows inserted after
//   each with that step's schema (raw SQL, as that step's code would), then
//   every row must survive the later migrations unchanged, and each step's
//   inserts must still succeed on the final schema (the previous deploy writing).

type Migration = { tag: string; sql: string; statements: string[]; contract: boolean };

function loadMigrations(): Migration[] {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map(({ tag }) => {
    const sql = readFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), "utf8");
    const statements = sql
      .split("--> statement-breakpoint")
      .map((s) => s.trim())
      .filter(Boolean);
    return { tag, sql, statements, contract: /^--\s*contract:\s*\S/m.test(sql) };
  });
}

const DESTRUCTIVE: [RegExp, string][] = [
  [/\bDROP\s+(TABLE|COLUMN|TYPE|SCHEMA|SEQUENCE|VIEW)\b/i, "drops something the previous deploy may use"],
  [/\bRENAME\b/i, "renames something the previous deploy uses by its old name"],
  [
    /\bALTER\s+COLUMN\s+"?\w+"?\s+SET\s+NOT\s+NULL\b/i,
    "makes a column required that old code may leave empty",
  ],
  [/\bALTER\s+COLUMN\s+"?\w+"?\s+(SET\s+DATA\s+)?TYPE\b/i, "changes a column type under the running code"],
  [/\bDROP\s+DEFAULT\b/i, "drops a default that old inserts rely on"],
  [/\bADD\s+COLUMN\s+(?![^;]*\bDEFAULT\b)[^;]*\bNOT\s+NULL\b/i, "adds a required column without a default"],
];

/** The destructive statements of a migration (empty for an expand-only one). */
function destructiveStatements(statements: string[]): string[] {
  const found: string[] = [];
  for (const statement of statements) {
    const code = statement.replace(/--.*$/gm, "");
    for (const [pattern, why] of DESTRUCTIVE) {
      if (pattern.test(code)) found.push(`${code.trim().slice(0, 120)} -> ${why}`);
    }
  }
  return found;
}

const migrations = loadMigrations();

describe("every migration is expand-only or a declared contract step", () => {
  test("the rules catch what they must and pass what they may", () => {
    expect(destructiveStatements(['ALTER TABLE "todos" DROP COLUMN "notes";'])).toHaveLength(1);
    expect(destructiveStatements(['ALTER TABLE "a" RENAME COLUMN "x" TO "y";'])).toHaveLength(1);
    expect(destructiveStatements(['ALTER TABLE "a" ALTER COLUMN "x" SET NOT NULL;'])).toHaveLength(1);
    expect(destructiveStatements(['ALTER TABLE "a" ADD COLUMN "x" text NOT NULL;'])).toHaveLength(1);
    expect(destructiveStatements(['ALTER TABLE "a" ADD COLUMN "x" text DEFAULT \'a\' NOT NULL;'])).toEqual(
      [],
    );
    expect(destructiveStatements(['CREATE TABLE "t" ("id" uuid NOT NULL);'])).toEqual([]);
  });

  test.each(migrations.map((m) => [m.tag, m] as const))("%s", (_tag, migration) => {
    if (migration.contract) return;
    expect(destructiveStatements(migration.statements)).toEqual([]);
  });
});

// ------------------------------------------------------------ on PostgreSQL

const BASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

type Column = {
  name: string;
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  enumLabel: string | null;
};
type ForeignKey = { column: string; refTable: string; refColumn: string };
type Table = { name: string; columns: Column[]; foreignKeys: ForeignKey[]; primaryKey: string[] };
type Inserted = { step: number; table: string; row: Record<string, unknown> };

let database: TestDatabase | undefined;
let sql: postgres.Sql | undefined;

function db(): postgres.Sql {
  if (!sql) throw new Error("database not set up");
  return sql;
}

async function reachable(): Promise<boolean> {
  const probe = postgres(BASE_URL, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

const available = await reachable();

beforeAll(async () => {
  if (!available) return;
  database = await createTestDatabase(BASE_URL, "vt_migrations");
  sql = postgres(database.url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await sql?.end();
  await database?.drop();
});

async function tables(): Promise<Table[]> {
  const columns = await db()<
    (Column & { table: string })[]
  >`select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
       not a.attnotnull as nullable, a.atthasdef as "hasDefault",
       (select e.enumlabel from pg_enum e where e.enumtypid = a.atttypid order by e.enumsortorder limit 1) as "enumLabel"
     from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
     order by c.relname, a.attnum`;
  const keys = await db()<
    { table: string; kind: string; columns: string[]; refTable: string | null; refColumns: string[] | null }[]
  >`select c.relname as "table", k.contype as kind,
       array(select attname from pg_attribute where attrelid = k.conrelid and attnum = any(k.conkey)) as columns,
       r.relname as "refTable",
       array(select attname from pg_attribute where attrelid = k.confrelid and attnum = any(k.confkey)) as "refColumns"
     from pg_constraint k join pg_class c on c.oid = k.conrelid
     join pg_namespace n on n.oid = c.relnamespace left join pg_class r on r.oid = k.confrelid
     where n.nspname = 'public' and k.contype in ('p', 'f')`;
  const byName = new Map<string, Table>();
  for (const { table, ...column } of columns) {
    const t = byName.get(table) ?? { name: table, columns: [], foreignKeys: [], primaryKey: [] };
    t.columns.push(column);
    byName.set(table, t);
  }
  for (const key of keys) {
    const t = byName.get(key.table);
    if (!t) continue;
    if (key.kind === "p") t.primaryKey = key.columns;
    else if (key.refTable && key.columns.length === 1 && key.refColumns?.[0] && key.columns[0]) {
      t.foreignKeys.push({ column: key.columns[0], refTable: key.refTable, refColumn: key.refColumns[0] });
    }
  }
  return [...byName.values()];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
let counter = 0;

/** A value for a column as SQL text: a row that code of that step could have written. */
function valueFor(table: Table, column: Column): string {
  const fk = table.foreignKeys.find((f) => f.column === column.name);
  if (fk) {
    // A key column needs a parent that has no child yet (user_preferences: one per user).
    const unused = table.primaryKey.includes(column.name)
      ? ` where not exists (select 1 from ${ident(table.name)} c where c.${ident(column.name)} = p.${ident(fk.refColumn)})`
      : "";
    // The newest parent (physical order: these tables only grow here), so that each step's
    // rows hang together and unique (parent, parent) pairs do not repeat a previous step's.
    return `(select p.${ident(fk.refColumn)} from ${ident(fk.refTable)} p${unused} order by p.ctid desc limit 1)`;
  }
  counter += 1;
  const type = column.type;
  if (column.enumLabel !== null) return `'${column.enumLabel}'::${type}`;
  if (type.endsWith("[]")) return `'{}'::${type}`;
  if (type === "uuid") return "gen_random_uuid()";
  if (/int|numeric|double|real/.test(type)) return String(counter);
  if (type === "boolean") return "true";
  if (type === "date") return "current_date";
  if (type.startsWith("timestamp")) return `now() + interval '${counter} seconds'`;
  if (type.startsWith("json")) return `'{"step": "seed"}'::${type}`;
  return `'seed-${counter}-${Math.random().toString(36).slice(2, 8)}'`;
}

/** Inserts one row into each table of a step's schema, filling what it requires; parents first. */
async function seed(step: number, schema: Map<string, Column[]>): Promise<Inserted[]> {
  const pending = (await tables()).filter((t) => schema.has(t.name));
  const columnsOf = (t: Table) => schema.get(t.name) ?? [];
  const done: Inserted[] = [];
  const skipped = new Map<string, string>();
  for (let pass = 0; pass < 4 && pending.length > 0; pass++) {
    for (const table of [...pending]) {
      const isFk = (c: Column) => table.foreignKeys.some((f) => f.column === c.name);
      // Required columns without a default, and one optional parent link (list_members allows only one).
      const firstOptionalFk = columnsOf(table).find((c) => c.nullable && isFk(c));
      const required = columnsOf(table).filter(
        (c) => (!c.nullable && (!c.hasDefault || isFk(c))) || c === firstOptionalFk,
      );
      const statement = `insert into ${ident(table.name)} (${required.map((c) => ident(c.name)).join(", ")})
        values (${required.map((c) => valueFor(table, c)).join(", ")}) returning to_jsonb(${ident(table.name)}.*) as row`;
      try {
        const [result] = await db().unsafe<{ row: Record<string, unknown> }[]>(statement);
        if (result) done.push({ step, table: table.name, row: result.row });
        pending.splice(pending.indexOf(table), 1);
      } catch (error) {
        // A parent still empty (next pass) or a CHECK this generic row cannot meet.
        skipped.set(table.name, error instanceof Error ? error.message : String(error));
      }
    }
  }
  for (const table of pending)
    console.warn(`step ${step}: no generic row for ${table.name}: ${skipped.get(table.name)}`);
  return done;
}

async function stillThere(inserted: Inserted[]): Promise<string[]> {
  const all = await tables();
  const lost: string[] = [];
  for (const { step, table, row } of inserted) {
    const t = all.find((x) => x.name === table);
    if (!t) {
      lost.push(`${table} (step ${step}): table is gone`);
      continue;
    }
    // Compared as JSON, the form the row was recorded in (timestamps have no other stable text form).
    const where = t.primaryKey.map((k) => `to_jsonb(${ident(k)}) = ${jsonLiteral(row[k])}`).join(" and ");
    const [found] = await db().unsafe<{ row: Record<string, unknown> }[]>(
      `select to_jsonb(${ident(table)}.*) as row from ${ident(table)} where ${where}`,
    );
    if (!found) {
      lost.push(`${table} (step ${step}): row ${where} is gone`);
      continue;
    }
    for (const [key, value] of Object.entries(row)) {
      if (JSON.stringify(found.row[key]) !== JSON.stringify(value)) {
        lost.push(
          `${table}.${key} (step ${step}): ${JSON.stringify(value)} became ${JSON.stringify(found.row[key])}`,
        );
      }
    }
  }
  return lost;
}

function jsonLiteral(value: unknown): string {
  return `'${JSON.stringify(value).replaceAll("'", "''")}'::jsonb`;
}

describe.skipIf(!available)("migrations keep the previous schema's data and writers working", () => {
  test("applied one by one with data at every step", { timeout: 120_000 }, async () => {
    const inserted: Inserted[] = [];
    const columnsAtStep: Map<string, Column[]>[] = [];
    for (const [step, migration] of migrations.entries()) {
      await db().begin(async (tx) => {
        for (const statement of migration.statements) await tx.unsafe(statement);
      });
      const lost = await stillThere(inserted);
      expect(lost, `after ${migration.tag}`).toEqual([]);
      const snapshot = new Map((await tables()).map((t) => [t.name, t.columns]));
      columnsAtStep.push(snapshot);
      inserted.push(...(await seed(step, snapshot)));
    }
    // The core of the product must have been seeded at every step, or the test proves little.
    for (const table of ["users", "lists", "todos"]) {
      expect(inserted.filter((i) => i.table === table)).toHaveLength(migrations.length);
    }
    // The previous deploy's writes: each step's inserts, with only that step's columns, on the final schema.
    for (const [step, snapshot] of columnsAtStep.entries()) {
      const laterContract = migrations.slice(step + 1).some((m) => m.contract);
      if (laterContract) continue;
      const then = new Set(inserted.filter((i) => i.step === step).map((i) => i.table));
      const now = await seed(step, snapshot);
      inserted.push(...now);
      const missing = [...then].filter((table) => !now.some((i) => i.table === table));
      expect(missing, `inserts written for ${migrations[step]?.tag} fail on the final schema`).toEqual([]);
    }
    expect(await stillThere(inserted)).toEqual([]);
  });
});
