import "server-only";
import { type SQL, sql } from "drizzle-orm";

// Membership fragments that every list and todo query puts in its WHERE, so
// that no caller can forget whose data it reads. A user reaches a list
// directly or through a team; the strongest role wins (enum order: owner first).

/** The ids of the lists a user can see. */
export function accessibleListIds(userId: string): SQL {
  return sql`(
    select lm.list_id from list_members lm where lm.user_id = ${userId}
    union
    select lm.list_id from list_members lm join team_members tm on tm.team_id = lm.team_id where tm.user_id = ${userId}
  )`;
}

// Drizzle writes columns of a single-table query unqualified; inside a
// correlated subquery that would bind to the subquery's own table.
export const LISTS_ID = sql.raw(`"lists"."id"`);
export const TODOS_LIST_ID = sql.raw(`"todos"."list_id"`);

/**
 * The user's role on the list in `listIdColumn` (a qualified column), or null.
 * Through a team it is the weaker of the share's role and the team role
 * (`greatest` on the enum: weakerRole in lib/permissions.ts).
 */
export function roleOnList(listIdColumn: SQL, userId: string): SQL<"owner" | "editor" | "viewer" | null> {
  return sql<"owner" | "editor" | "viewer" | null>`(
    select case when lm.team_id is null then lm.role else greatest(lm.role, tm.role) end as r
    from list_members lm
    left join team_members tm on tm.team_id = lm.team_id and tm.user_id = ${userId}
    where lm.list_id = ${listIdColumn} and (lm.user_id = ${userId} or tm.user_id is not null)
    order by r asc limit 1
  )`;
}

export const nextVersion = sql<number>`nextval('change_seq')`;
