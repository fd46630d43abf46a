// npm run admin:grant -- <email> - gives an existing account the admin role.
// An operator's command, run against the configured database (DATABASE_URL,
// POSTGRES_URL, or the embedded one in DATA_DIR while no server holds it).
// The app itself has no way to make an admin.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "../db/schema";
import { chooseDbTarget, connect } from "../lib/db/connect";
import { env } from "../lib/env";

export async function grantAdmin(email: string): Promise<"granted" | "already" | "not_found"> {
  const handle = await connect(chooseDbTarget(env()));
  try {
    const [row] = await handle.db
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(sql`lower(${users.email}) = lower(${email})`, eq(users.isAnonymous, false)));
    if (!row) return "not_found";
    if (row.role === "admin") return "already";
    await handle.db.update(users).set({ role: "admin", updatedAt: new Date() }).where(eq(users.id, row.id));
    return "granted";
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const parsed = z.email().safeParse(process.argv[2]);
  if (!parsed.success) {
    console.error("usage: npm run admin:grant -- <email of an existing account>");
    process.exit(2);
  }
  grantAdmin(parsed.data).then(
    (result) => {
      if (result === "not_found") {
        console.error(`no account with the email ${parsed.data}`);
        process.exit(1);
      }
      console.log(
        result === "granted" ? `${parsed.data} is now an admin` : `${parsed.data} was already an admin`,
      );
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
