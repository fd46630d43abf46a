import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  events,
  flagOverrides,
  launchReports,
  mailOutbox,
  metricDaily,
  requestStats,
  users,
} from "@/db/schema";
import type { Db } from "@/lib/db";
import { isEnabled, setKillSwitch } from "@/lib/flags";
import { runLaunchMonitor } from "@/lib/launch-monitor/monitor";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";
import { AS_OF, CRITICAL_SPEC, OK_SPEC, seedLaunch, WARNING_SPEC } from "./analytics-seed";

const HOUR = 3_600_000;

describe.each(testDatabaseKinds())("launch monitor on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());

  let member: string;
  beforeEach(async () => {
    for (const table of [events, requestStats, metricDaily, launchReports, mailOutbox, flagOverrides])
      await db.delete(table);
    await db.delete(users);
    const rows = await db
      .insert(users)
      .values([
        { email: "ada@example.com", role: "admin" as const },
        { email: "grace@example.com", role: "admin" as const },
        { email: "someone@example.com", role: "user" as const },
      ])
      .returning({ id: users.id });
    member = rows[2]?.id ?? "";
  });

  const run = (hoursLater = 0) =>
    runLaunchMonitor(db, { now: new Date(AS_OF.getTime() + hoursLater * HOUR), flush: false });
  const outbox = () => db.select().from(mailOutbox);
  const override = async () =>
    (await db.select().from(flagOverrides).where(eq(flagOverrides.flag, "voice_commands")))[0];

  test("with too little data nothing is rated, and nothing happens", async () => {
    const { status, figures, actions, report } = await run();
    expect(status).toBe("ok");
    expect(figures.every((f) => f.rating === "insufficient")).toBe(true);
    expect(actions).toEqual([]);
    expect(report.status).toBe("ok");
    expect(await outbox()).toEqual([]);
  });

  test("an ok launch is recorded with every figure, target and rating; no mail, no switch", async () => {
    await seedLaunch(db, OK_SPEC);
    const { status, actions, report } = await run();
    expect(status).toBe("ok");
    expect(actions).toEqual([]);
    const figures = (
      report.metrics as { figures: Record<string, { value: number; target: number; rating: string }> }
    ).figures;
    expect(Object.keys(figures).sort()).toEqual([
      "activation_rate",
      "day1_retention",
      "day7_retention",
      "error_rate",
      "p95_response_ms",
      "registration_rate",
      "voice_adoption",
    ]);
    expect(figures.registration_rate).toMatchObject({ value: 0.2, target: 0.15, rating: "ok" });
    expect(figures.error_rate).toMatchObject({ value: 0.005, target: 0.01, rating: "ok" });
    expect(await outbox()).toEqual([]);
    expect(await override()).toBeUndefined();
  });

  test("a warning mails every admin once (not the other users) and leaves voice on", async () => {
    await seedLaunch(db, WARNING_SPEC);
    const first = await run();
    expect(first.status).toBe("warning");
    expect(first.actions).toEqual([
      "notified:ada@example.com (queued)",
      "notified:grace@example.com (queued)",
    ]);
    const mail = await outbox();
    expect(mail.map((m) => m.to).sort()).toEqual(["ada@example.com", "grace@example.com"]);
    expect(mail[0]?.subject).toBe("Voice Todo launch monitor: warning");
    expect(mail[0]?.text).toContain("Registration rate: 12.5% (target ≥ 15%) — warning");
    expect(mail[0]?.text).toContain("p95 response time: 517 ms (target < 500 ms) — warning");
    expect(await override()).toBeUndefined();
    // The same status on the next run: recorded, not mailed again.
    const second = await run(1);
    expect(second.actions).toEqual([]);
    expect(await outbox()).toHaveLength(2);
  });

  test("critical turns voice commands off until an admin turns them back on", async () => {
    await seedLaunch(db, CRITICAL_SPEC);
    const first = await run();
    expect(first.status).toBe("critical");
    expect(first.actions[0]).toBe("kill_switch_off:voice_commands via override");
    expect(first.actions.slice(1)).toEqual([
      "notified:ada@example.com (queued)",
      "notified:grace@example.com (queued)",
    ]);
    expect(await override()).toMatchObject({ enabled: false, setBy: "launch-monitor" });
    expect((await override())?.reason).toContain("error_rate");
    expect(await isEnabled(db, { id: member }, "voice_commands")).toBe(false);
    expect((await outbox())[0]?.text).toContain("Voice commands were turned off");

    // An admin turns voice back on; the same critical episode does not overrule them.
    await setKillSwitch(db, { flag: "voice_commands", enabled: true, reason: "fixed", setBy: "admin" });
    const second = await run(1);
    expect(second.status).toBe("critical");
    expect(second.actions).toEqual([]);
    expect(await override()).toBeUndefined();
    expect(await isEnabled(db, { id: member }, "voice_commands")).toBe(true);

    // A new episode (after a non-critical report) pulls the switch again.
    await db
      .insert(launchReports)
      .values({ status: "ok", metrics: {}, createdAt: new Date(AS_OF.getTime() + 2 * HOUR) });
    const third = await run(3);
    expect(third.actions[0]).toBe("kill_switch_off:voice_commands via override");
    expect(await override()).toMatchObject({ enabled: false });
  });
});
