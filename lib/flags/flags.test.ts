import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Env } from "@/lib/env";
import bootstrapFile from "./bootstrap.json";
import { flagsConfigFromEnv, parseFlagOverrides } from "./config";
import { clientFeaturesSchema, loadBootstrap } from "./definitions";
import { applyOverrides } from "./overrides";
import { createBootstrapProvider, type FlagProvider, flagContext } from "./provider";
import { COHORTS, type Cohort, defaultFlags, FLAG_NAMES, FLAGS } from "./registry";

let provider: FlagProvider;
beforeAll(async () => {
  provider = await createBootstrapProvider();
});
afterAll(() => provider.close());

// Ids shaped like the app's (uuid v4 text), but the same on every run: CI must not flake.
const ids = Array.from({ length: 10_000 }, (_, i) => {
  const h = createHash("sha256").update(`user-${i}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
});

describe("registry", () => {
  test("every flag defaults to off", () => {
    expect(Object.values(FLAGS).every((f) => f.default === false)).toBe(true);
    expect(Object.values(defaultFlags()).every((v) => v === false)).toBe(true);
  });

  test("no cohort name contains another (the strategies match with STR_CONTAINS)", () => {
    for (const a of COHORTS) for (const b of COHORTS) if (a !== b) expect(a.includes(b)).toBe(false);
  });
});

describe("bootstrap file", () => {
  test("defines exactly the registry's flags", () => {
    expect(
      loadBootstrap()
        .features.map((f) => f.name)
        .sort(),
    ).toEqual([...FLAG_NAMES].sort());
  });

  test("rejects an unknown flag name and a missing segment", () => {
    const bad = structuredClone(bootstrapFile);
    const first = bad.features[0];
    if (!first) throw new Error("empty bootstrap");
    first.name = "voice_comands";
    expect(clientFeaturesSchema.safeParse(bad).success).toBe(false);
    const noSegments = { ...structuredClone(bootstrapFile), segments: [] };
    expect(clientFeaturesSchema.safeParse(noSegments).success).toBe(false);
  });
});

describe("rollout (bootstrap provider, Unleash's own evaluation)", () => {
  const share = (cohorts: Cohort[], flag: (typeof FLAG_NAMES)[number]) =>
    ids.filter((id) => provider.isEnabled(flag, flagContext(id, cohorts))).length / ids.length;

  test("real_time_sync reaches 50% +/- 2% of 10,000 users outside the beta", () => {
    const ratio = share([], "real_time_sync");
    expect(ratio).toBeGreaterThanOrEqual(0.48);
    expect(ratio).toBeLessThanOrEqual(0.52);
  });

  test("each user's answer never changes between evaluations, nor with a new client", async () => {
    const first = ids.map((id) => provider.isEnabled("real_time_sync", flagContext(id, [])));
    const again = ids.map((id) => provider.isEnabled("real_time_sync", flagContext(id, [])));
    const other = await createBootstrapProvider();
    try {
      const fresh = ids.map((id) => other.isEnabled("real_time_sync", flagContext(id, [])));
      expect(again).toEqual(first);
      expect(fresh).toEqual(first);
    } finally {
      other.close();
    }
  });

  test.each<[string, Cohort[], Record<(typeof FLAG_NAMES)[number], number>]>([
    [
      "everyone else",
      [],
      { voice_commands: 1, real_time_sync: 0.5, team_collaboration: 0, analytics_dashboard: 0 },
    ],
    [
      "beta_users",
      ["beta_users"],
      { voice_commands: 1, real_time_sync: 1, team_collaboration: 1, analytics_dashboard: 1 },
    ],
    [
      "premium_users",
      ["premium_users"],
      { voice_commands: 1, real_time_sync: 0.5, team_collaboration: 0, analytics_dashboard: 1 },
    ],
    [
      "beta and premium",
      ["premium_users", "beta_users"],
      { voice_commands: 1, real_time_sync: 1, team_collaboration: 1, analytics_dashboard: 1 },
    ],
  ])("%s", (_name, cohorts, expected) => {
    for (const flag of FLAG_NAMES) {
      const ratio =
        ids.slice(0, 2_000).filter((id) => provider.isEnabled(flag, flagContext(id, cohorts))).length / 2_000;
      expect(ratio, flag).toBeCloseTo(expected[flag], 1);
    }
  });
});

describe("overrides", () => {
  const on = { ...defaultFlags(), voice_commands: true, real_time_sync: true };

  test.each([
    ["no overrides keep the provider's answer", [], {}, true],
    [
      "an 'all' row turns it off",
      [{ flag: "voice_commands", environment: "all", enabled: false }],
      {},
      false,
    ],
    ["FLAG_OVERRIDES turns it off", [], { voice_commands: false }, false],
    [
      "off wins over a narrower on (a kill switch stays)",
      [
        { flag: "voice_commands", environment: "all", enabled: false },
        { flag: "voice_commands", environment: "preview", enabled: true },
      ],
      { voice_commands: true },
      false,
    ],
    [
      "rows for other flags do not matter",
      [{ flag: "team_collaboration", environment: "all", enabled: false }],
      {},
      true,
    ],
  ] as const)("%s", (_name, rows, fromEnv, expected) => {
    expect(applyOverrides(on, rows, fromEnv).voice_commands).toBe(expected);
  });

  test("an 'on' override turns a flag on", () => {
    const rows = [{ flag: "team_collaboration", environment: "preview", enabled: true }];
    expect(applyOverrides(defaultFlags(), rows, {}).team_collaboration).toBe(true);
  });

  test("FLAG_OVERRIDES parses and refuses unknown names", () => {
    expect(parseFlagOverrides("voice_commands=off, real_time_sync=on")).toEqual({
      voice_commands: false,
      real_time_sync: true,
    });
    expect(parseFlagOverrides(undefined)).toEqual({});
    expect(() => parseFlagOverrides("voice_comands=off")).toThrow(/unknown flag/);
    expect(() => parseFlagOverrides("voice_commands")).toThrow(/flag=on/);
  });
});

describe("configuration from the environment", () => {
  const base = { NODE_ENV: "production", UNLEASH_REFRESH_MS: 15_000 } as Env;

  test("no server: the bootstrap file; deploy environment from VERCEL_ENV", () => {
    const config = flagsConfigFromEnv({ ...base, VERCEL_ENV: "preview" });
    expect(config.server).toBeUndefined();
    expect(config.deployEnv).toBe("preview");
  });

  test("DEPLOY_ENV wins; the kill switch's project and environment come from the token", () => {
    const config = flagsConfigFromEnv({
      ...base,
      DEPLOY_ENV: "staging",
      VERCEL_ENV: "preview",
      UNLEASH_URL: "https://unleash.example.com/api/",
      UNLEASH_API_TOKEN: "default:production.abc123",
    });
    expect(config.deployEnv).toBe("staging");
    expect(config.server).toMatchObject({
      url: "https://unleash.example.com/api",
      project: "default",
      environment: "production",
    });
  });
});
