import { describe, expect, test } from "vitest";
import { chooseRealtimeConfig, type RealtimeEnv } from "./config";

const PG = "postgres://postgres@127.0.0.1:5432/app";
const NEON = "postgres://user@ep-example.neon.tech/app";
const REDIS = "redis://127.0.0.1:6379";

describe("chooseRealtimeConfig", () => {
  test.each<[string, RealtimeEnv, unknown]>([
    ["Ably when a key is set", { ABLY_API_KEY: "app.key:secret", DATABASE_URL: PG }, { transport: "ably" }],
    [
      "LISTEN/NOTIFY on a PostgreSQL server",
      { DATABASE_URL: PG, REDIS_URL: REDIS },
      { bus: { kind: "postgres" } },
    ],
    [
      "Redis for Neon, which cannot LISTEN",
      { POSTGRES_URL: NEON, REDIS_URL: REDIS },
      { bus: { kind: "redis" } },
    ],
    ["memory, with a warning, for Neon alone", { POSTGRES_URL: NEON }, { bus: { kind: "memory" } }],
    ["memory for PGlite", {}, { bus: { kind: "memory" } }],
    ["memory for PGlite, even with Redis (one process)", { REDIS_URL: REDIS }, { bus: { kind: "memory" } }],
    ["an empty key means no key", { ABLY_API_KEY: "  " }, { transport: "builtin" }],
  ])("%s", (_name, e, expected) => {
    expect(chooseRealtimeConfig(e)).toMatchObject(expected as object);
  });

  test("a Neon-only setup warns; PGlite does not", () => {
    const neon = chooseRealtimeConfig({ POSTGRES_URL: NEON });
    const pglite = chooseRealtimeConfig({});
    expect(neon.transport === "builtin" && neon.bus.kind === "memory" && neon.bus.warning).toBeTruthy();
    expect(pglite.transport === "builtin" && pglite.bus.kind === "memory" && pglite.bus.warning).toBeFalsy();
  });

  test.each(["secret", "app:secret", "app.key", "app.key:"])("a malformed key %j fails clearly", (key) => {
    expect(() => chooseRealtimeConfig({ ABLY_API_KEY: key })).toThrow(/ABLY_API_KEY/);
  });
});
