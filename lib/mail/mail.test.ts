import { afterAll, beforeAll, expect, test } from "vitest";
import { connect } from "@/lib/db/connect";
import type { DbHandle } from "@/lib/db/types";
import { getOutbox, sendMail } from "./index";

let handle: DbHandle;
beforeAll(async () => {
  handle = await connect({ driver: "pglite", dataDir: "memory://" });
});
afterAll(() => handle.close());

test("without SMTP, mail lands in the outbox, recorded and readable", async () => {
  const result = await sendMail(handle.db, {
    to: "sam@example.com",
    subject: "You're invited",
    text: "Join us",
  });
  expect(result.status).toBe("queued");
  const [latest] = await getOutbox(handle.db);
  expect(latest).toMatchObject({
    id: result.id,
    to: "sam@example.com",
    subject: "You're invited",
    transport: "outbox",
  });
});
