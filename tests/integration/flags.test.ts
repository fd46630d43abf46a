import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import * as flagsRoute from "@/app/api/flags/route";
import * as streamRoute from "@/app/api/realtime/stream/route";
import * as tokenRoute from "@/app/api/realtime/token/route";
import * as voiceCommandsRoute from "@/app/api/voice/commands/route";
import * as voiceRoute from "@/app/api/voice/route";
import { joinCohort, leaveCohort } from "@/db/queries/cohorts";
import { setFlagOverride } from "@/db/queries/flag-overrides";
import { resolveUser } from "@/lib/auth/current-user";
import { newGuestToken } from "@/lib/auth/guest-token";
import { getDb, getDbHandle } from "@/lib/db";
import { configureFlags, type FlagsConfig, setKillSwitch } from "@/lib/flags";
import { guestClient } from "../support/api-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Flags through the real route handlers and database: cohorts, overrides,
// the kill switch (override-row path) and 404s from gated routes.

let database: TestDatabase | undefined;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase(process.env.TEST_DATABASE_URL, "vt_flags");
    process.env.DATABASE_URL = database.url;
    const { migrateServerDatabase } = await import("@/scripts/db-migrate");
    await migrateServerDatabase();
  } else {
    process.env.DATA_DIR = "memory://";
  }
});

afterAll(async () => {
  configureFlags(undefined);
  await (await getDbHandle()).close();
  await database?.drop();
});

const config = (patch: Partial<FlagsConfig> = {}): FlagsConfig => ({
  refreshMs: 15_000,
  deployEnv: "production",
  envOverrides: {},
  ...patch,
});

beforeEach(() => configureFlags(config()));

async function guest() {
  const token = newGuestToken();
  const call = guestClient(token);
  // The first request creates the guest; its id is what flags roll out on.
  await call(flagsRoute.GET, "GET", "/api/flags");
  const user = await resolveUser(new Headers({ cookie: `vt_guest=${token}` }));
  if (!user) throw new Error("no guest");
  const flags = async () =>
    (await call(flagsRoute.GET, "GET", "/api/flags")).body.flags as Record<string, boolean>;
  return { call, user, flags };
}

describe("GET /api/flags", () => {
  test("answers the caller's flags, uncached; 401 without a caller", async () => {
    const { call } = await guest();
    const response = await call(flagsRoute.GET, "GET", "/api/flags");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.body.flags).toMatchObject({ voice_commands: true, team_collaboration: false });
    const anonymous = await flagsRoute.GET(new Request("http://localhost:3000/api/flags"), {
      params: Promise.resolve({}),
    });
    expect(anonymous.status).toBe(401);
  });

  test("joining and leaving the beta cohort switches the beta features", async () => {
    const { user, flags } = await guest();
    const db = await getDb();
    await joinCohort(db, { userId: user.id, cohort: "beta_users" });
    await joinCohort(db, { userId: user.id, cohort: "beta_users" }); // idempotent
    expect(await flags()).toEqual({
      voice_commands: true,
      real_time_sync: true,
      team_collaboration: true,
      analytics_dashboard: true,
    });
    await leaveCohort(db, { userId: user.id, cohort: "beta_users" });
    await joinCohort(db, { userId: user.id, cohort: "premium_users" });
    expect(await flags()).toMatchObject({ team_collaboration: false, analytics_dashboard: true });
  });
});

describe("gated routes", () => {
  const notFound = { error: { code: "not_found", message: "Not found" } };

  test("voice_commands off: /api/voice and /api/voice/commands answer 404", async () => {
    configureFlags(config({ envOverrides: { voice_commands: false } }));
    const { call } = await guest();
    const voice = await call(voiceRoute.POST, "POST", "/api/voice", { text: "add milk" });
    expect(voice.status).toBe(404);
    expect(voice.body).toEqual(notFound);
    expect((await call(voiceCommandsRoute.GET, "GET", "/api/voice/commands")).status).toBe(404);
    configureFlags(config());
    expect((await call(voiceCommandsRoute.GET, "GET", "/api/voice/commands")).status).toBe(200);
  });

  test("real_time_sync off: the stream and token routes answer 404", async () => {
    configureFlags(config({ envOverrides: { real_time_sync: false } }));
    const { call } = await guest();
    expect((await call(tokenRoute.GET, "GET", "/api/realtime/token")).body).toEqual(notFound);
    expect((await call(streamRoute.GET, "GET", "/api/realtime/stream")).status).toBe(404);
    configureFlags(config({ envOverrides: { real_time_sync: true } }));
    expect((await call(tokenRoute.GET, "GET", "/api/realtime/token")).status).toBe(200);
  });
});

describe("overrides and the kill switch (no Unleash server)", () => {
  test("setKillSwitch writes an 'all' row, and turning back on removes it", async () => {
    const { flags } = await guest();
    const db = await getDb();
    const off = await setKillSwitch(db, {
      flag: "voice_commands",
      enabled: false,
      reason: "error rate 12%",
      setBy: "launch-monitor",
    });
    expect(off).toEqual({ via: "override" });
    expect((await flags()).voice_commands).toBe(false);
    // Another deploy environment sees it too, and an "on" there cannot undo it.
    configureFlags(config({ deployEnv: "preview", envOverrides: { voice_commands: true } }));
    expect((await flags()).voice_commands).toBe(false);
    await setKillSwitch(db, { flag: "voice_commands", enabled: true, reason: "fixed", setBy: "admin" });
    expect((await flags()).voice_commands).toBe(true);
  });

  test("a row for one environment applies there only", async () => {
    const { flags } = await guest();
    const db = await getDb();
    await setFlagOverride(db, {
      flag: "team_collaboration",
      environment: "preview",
      enabled: true,
      reason: "demo",
      setBy: "test",
    });
    configureFlags(config({ deployEnv: "preview" }));
    expect((await flags()).team_collaboration).toBe(true);
    configureFlags(config({ deployEnv: "production" }));
    expect((await flags()).team_collaboration).toBe(false);
  });
});
