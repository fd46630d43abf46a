import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as flagsRoute from "@/app/api/flags/route";
import { joinCohort } from "@/db/queries/cohorts";
import { flagOverrides } from "@/db/schema";
import { resolveUser } from "@/lib/auth/current-user";
import { newGuestToken } from "@/lib/auth/guest-token";
import { getDb, getDbHandle } from "@/lib/db";
import { configureFlags, setKillSwitch } from "@/lib/flags";
import {
  createUnleashContextField,
  createUnleashFlag,
  startUnleashTestServer,
  type UnleashTestServer,
} from "@/scripts/unleash-test-server";
import { guestClient } from "../support/api-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The app against a real Unleash server (unleash-server from npm, installed
// on first run into .data/unleash-server, on its own database of the local
// PostgreSQL): flags are created through Unleash's admin API, and a flag
// turned off there is off in the app within the refresh interval.

const REFRESH_MS = 1_000;
/** Unleash publishes a change to its client API on its own short cycle; allow for it and for CI. */
const MARGIN_MS = 4_000;
const BASE = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

let unleashDb: TestDatabase | undefined;
let appDb: TestDatabase | undefined;
let server: UnleashTestServer | undefined;

const cohorts = (name: string) => [{ contextName: "cohorts", operator: "STR_CONTAINS", values: [name] }];

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    appDb = await createTestDatabase(process.env.TEST_DATABASE_URL, "vt_flags_app");
    process.env.DATABASE_URL = appDb.url;
    const { migrateServerDatabase } = await import("@/scripts/db-migrate");
    await migrateServerDatabase();
  } else {
    process.env.DATA_DIR = "memory://";
  }
  unleashDb = await createTestDatabase(BASE, "vt_unleash");
  server = await startUnleashTestServer({ databaseUrl: unleashDb.url });
  await createUnleashContextField(server, "cohorts");
  await createUnleashFlag(server, { name: "voice_commands", strategies: [{ rollout: 100 }] });
  await createUnleashFlag(server, {
    name: "real_time_sync",
    strategies: [{ rollout: 100, constraints: cohorts("beta_users") }, { rollout: 50 }],
  });
  await createUnleashFlag(server, {
    name: "team_collaboration",
    strategies: [{ rollout: 100, constraints: cohorts("beta_users") }],
  });
  configureFlags({
    server: {
      url: server.url,
      apiToken: server.clientToken,
      adminToken: server.adminToken,
      project: server.project,
      environment: server.environment,
    },
    refreshMs: REFRESH_MS,
    deployEnv: "production",
    envOverrides: {},
  });
}, 240_000);

afterAll(async () => {
  configureFlags(undefined);
  await server?.stop();
  await unleashDb?.drop();
  await (await getDbHandle()).close();
  await appDb?.drop();
}, 60_000);

async function flagsOf(call: ReturnType<typeof guestClient>) {
  const response = await call(flagsRoute.GET, "GET", "/api/flags");
  expect(response.status).toBe(200);
  return response.body.flags as Record<string, boolean>;
}

/** Polls the app until the flag reads `expected`; returns how long that took. */
async function waitFor(call: ReturnType<typeof guestClient>, flag: string, expected: boolean, ms: number) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if ((await flagsOf(call))[flag] === expected) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${flag} did not become ${expected} within ${ms} ms`);
}

async function admin(path: string) {
  if (!server) throw new Error("no server");
  const response = await fetch(`${server.url}/admin${path}`, {
    method: "POST",
    headers: { authorization: server.adminToken },
  });
  expect(response.status).toBe(200);
}

describe("with an Unleash server", () => {
  test("flags come from the server, cohorts included", async () => {
    const token = newGuestToken();
    const call = guestClient(token);
    expect(await flagsOf(call)).toMatchObject({
      voice_commands: true,
      team_collaboration: false,
      // Not created in Unleash: unknown to the provider, so off.
      analytics_dashboard: false,
    });
    const user = await resolveUser(new Headers({ cookie: `vt_guest=${token}` }));
    if (!user) throw new Error("no guest");
    await joinCohort(await getDb(), { userId: user.id, cohort: "beta_users" });
    expect(await flagsOf(call)).toMatchObject({ team_collaboration: true, real_time_sync: true });
  });

  test("a flag turned off in Unleash is off in the app within the refresh interval", async () => {
    const call = guestClient();
    expect((await flagsOf(call)).voice_commands).toBe(true);
    await admin("/projects/default/features/voice_commands/environments/development/off");
    const took = await waitFor(call, "voice_commands", false, REFRESH_MS + MARGIN_MS);
    expect(took).toBeLessThanOrEqual(REFRESH_MS + MARGIN_MS);
    await admin("/projects/default/features/voice_commands/environments/development/on");
    await waitFor(call, "voice_commands", true, REFRESH_MS + MARGIN_MS);
  });

  test("the kill switch goes through Unleash's admin API, not an override row", async () => {
    const call = guestClient();
    const db = await getDb();
    const killed = await setKillSwitch(db, {
      flag: "voice_commands",
      enabled: false,
      reason: "critical: error rate",
      setBy: "launch-monitor",
    });
    expect(killed).toEqual({ via: "unleash" });
    await waitFor(call, "voice_commands", false, REFRESH_MS + MARGIN_MS);
    expect(await db.select().from(flagOverrides).where(eq(flagOverrides.flag, "voice_commands"))).toEqual([]);
    await setKillSwitch(db, { flag: "voice_commands", enabled: true, reason: "recovered", setBy: "admin" });
    await waitFor(call, "voice_commands", true, REFRESH_MS + MARGIN_MS);
  });
});
