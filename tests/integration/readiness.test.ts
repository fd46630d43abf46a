import { describe, expect, test } from "vitest";
import { connect } from "@/lib/db/connect";
import { checkDatabase } from "@/lib/db/readiness";
import type { DbHandle } from "@/lib/db/types";

describe("readiness", () => {
  test("a migrated embedded database is ready", async () => {
    const handle = await connect({ driver: "pglite", dataDir: "memory://" });
    try {
      const check = await checkDatabase(2000, async () => handle);
      expect(check).toMatchObject({ status: "ok", detail: expect.stringContaining("pglite") });
    } finally {
      await handle.close();
    }
  });

  test("an unreachable database is not ready", async () => {
    const handle = await connect({
      driver: "postgres",
      url: "postgres://nobody@127.0.0.1:1/none",
      poolMax: 1,
    });
    try {
      const check = await checkDatabase(1500, async () => handle);
      expect(check.status).toBe("failed");
    } finally {
      await handle.close();
    }
  });

  test("a database without the migrations is not ready", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = await PGlite.create("memory://");
    const handle: DbHandle = {
      db: drizzle(client) as unknown as DbHandle["db"],
      driver: "pglite",
      ping: async () => {
        await client.query("select 1");
      },
      close: () => client.close(),
    };
    try {
      const check = await checkDatabase(2000, async () => handle);
      expect(check.status).toBe("failed");
    } finally {
      await handle.close();
    }
  });
});
