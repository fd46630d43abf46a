import "server-only";
import { type AccountRow, getAccount } from "@/db/queries/accounts";
import { currentAccount } from "@/lib/auth/current-user";
import { type Db, getDb } from "@/lib/db";

/**
 * The signed-in admin, or null: the role is read from the database on each
 * call, so a revoked admin loses access at once. Guests, API tokens and
 * ordinary accounts get null (pages answer 404, not "forbidden").
 */
export async function currentAdmin(): Promise<{ account: AccountRow; db: Db } | null> {
  const user = await currentAccount();
  if (!user) return null;
  const db = await getDb();
  const account = await getAccount(db, { userId: user.id });
  return account?.role === "admin" ? { account, db } : null;
}
