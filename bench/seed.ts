// The data the load runs against. A list query over a table holding only the
// listed user's 50 rows, or creates piling thousands of rows into one list,
// would both mislead: the planner picks its plan from the table's size and
// spread. So other guests fill the table first, and creates rotate over them.
import postgres from "postgres";
import { provisionGuests, seedTodos } from "./api";

export type Seeded = {
  /** Guests with BACKGROUND_TODOS todos each; creates rotate over their cookies. */
  backgroundTokens: string[];
  todoRows: number;
};

export const BACKGROUND_TODOS = 50;

/**
 * Guests are made by the app (so their rows are what the app makes); their
 * todos go in with one INSERT, since tens of thousands of POSTs would take
 * minutes. Then the listed guest gets its todos through the API.
 */
export async function seedDatabase(params: {
  databaseUrl: string;
  appUrl: string;
  backgroundUsers: number;
  listToken: string;
  listedTodos: number;
}): Promise<Seeded> {
  const backgroundTokens = await provisionGuests(params.appUrl, params.backgroundUsers);
  return withDatabase(params.databaseUrl, async (sql) => {
    // Every fifth one completed, as on a list in use; only pending ones are listed.
    await sql`
      insert into todos (list_id, created_by, title, position, status, completed_at)
      select l.id, l.owner_id, 'Background todo ' || g, g * 1024,
        case when g % 5 = 0 then 'completed'::todo_status else 'pending'::todo_status end,
        case when g % 5 = 0 then now() end
      from lists l cross join generate_series(1, ${BACKGROUND_TODOS}) g
      where l.is_default`;
    await seedTodos(params.appUrl, params.listToken, params.listedTodos);
    await analyze(sql);
    const [row] = await sql`select count(*)::int as n from todos`;
    return { backgroundTokens, todoRows: Number(row?.n ?? 0) };
  });
}

/** Fresh planner statistics, as autovacuum keeps them on a server in use. */
export async function analyze(sql: postgres.Sql): Promise<void> {
  await sql.unsafe("vacuum analyze todos, lists, list_members, users, user_preferences");
}

export async function withDatabase<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
