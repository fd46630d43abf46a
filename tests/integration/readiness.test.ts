import { describe, expect, test } from "vitest";
import { connect } from "@/lib/db/connect";
import { checkDatabase } from "@/lib/db/readiness";
import { createTestDatabase } from "../support/test-database";

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
    const handle = await connect({ driver: "postgres", url: "postgres://nobody@127.0.0.1:1/none", poolMax: 1 });
    try {
      const check = await checkDatabase(1500, async () => handle);
      expect(check.status).toBe("failed");
    } finally {
      await handle.close();
    }
  });

  test.runIf(Boolean(process.env.TEST_DATABASE_URL))("a server database without migrations is not ready", async () => {
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL ?? "", "vt_ready");
    const handle = await connect({ driver: "postgres", url: database.url, poolMax: 1 });
    try {
      const check = await checkDatabase(2000, async () => handle);
      expect(check.status).toBe("failed");
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
