import { and, isNull, sql } from "drizzle-orm";
import { accessibleListIds } from "@/db/queries/access";
import { lists } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { listChannel, userChannel } from "./events";

/**
 * The channels a user may read, from the database at the moment of asking:
 * their own and one per list they can see (directly or through a team).
 * Asked again whenever their access may have changed; never cached, so that a
 * removed member is cut off by the next check.
 */
export async function readableChannels(db: DbOrTx, params: { userId: string }): Promise<string[]> {
  const rows = await db
    .select({ id: lists.id })
    .from(lists)
    .where(and(sql`${lists.id} in ${accessibleListIds(params.userId)}`, isNull(lists.deletedAt)));
  return [userChannel(params.userId), ...rows.map((r) => listChannel(r.id))];
}
