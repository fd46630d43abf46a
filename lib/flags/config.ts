import type { Env } from "@/lib/env";
import { type FlagName, isFlagName } from "./registry";

// Which flag provider runs and with what, from the validated environment.

export type UnleashServer = {
  /** The API URL, ending in /api (what Unleash's SDKs take). */
  url: string;
  apiToken: string;
  /** For the kill switch through the admin API; without it the kill switch writes an override row. */
  adminToken?: string;
  project: string;
  /** The Unleash environment the client token reads, where the kill switch toggles. */
  environment: string;
};

export type FlagsConfig = {
  /** Unset: evaluate the checked-in bootstrap file. */
  server?: UnleashServer;
  refreshMs: number;
  /** The deploy environment overrides are read for ("production", "preview", ...). */
  deployEnv: string;
  /** FLAG_OVERRIDES: this deploy's own overrides. */
  envOverrides: Partial<Record<FlagName, boolean>>;
};

/** "voice_commands=off,real_time_sync=on" -> { voice_commands: false, real_time_sync: true }. Unknown names throw. */
export function parseFlagOverrides(value: string | undefined): Partial<Record<FlagName, boolean>> {
  const overrides: Partial<Record<FlagName, boolean>> = {};
  if (!value?.trim()) return overrides;
  for (const part of value.split(",")) {
    const match = /^\s*([a-z0-9_]+)\s*=\s*(on|off|true|false)\s*$/.exec(part);
    const name = match?.[1];
    if (!match || !name) throw new Error(`FLAG_OVERRIDES: "${part}" is not "flag=on" or "flag=off"`);
    if (!isFlagName(name)) throw new Error(`FLAG_OVERRIDES: unknown flag "${name}"`);
    overrides[name] = match[2] === "on" || match[2] === "true";
  }
  return overrides;
}

/** Unleash API tokens read "project:environment.secret" ("*" for all projects). */
function tokenScope(token: string): { project?: string; environment?: string } {
  const match = /^([^:]+):([^.]+)\./.exec(token);
  if (!match) return {};
  return {
    project: match[1] === "*" ? undefined : match[1],
    environment: match[2] === "*" ? undefined : match[2],
  };
}

export function flagsConfigFromEnv(e: Env): FlagsConfig {
  const deployEnv =
    e.DEPLOY_ENV ?? e.VERCEL_ENV ?? (e.NODE_ENV === "production" ? "production" : "development");
  const base = {
    refreshMs: e.UNLEASH_REFRESH_MS,
    deployEnv,
    envOverrides: parseFlagOverrides(e.FLAG_OVERRIDES),
  };
  if (!e.UNLEASH_URL || !e.UNLEASH_API_TOKEN) return base;
  const scope = tokenScope(e.UNLEASH_API_TOKEN);
  return {
    ...base,
    server: {
      url: e.UNLEASH_URL.replace(/\/+$/, ""),
      apiToken: e.UNLEASH_API_TOKEN,
      adminToken: e.UNLEASH_ADMIN_TOKEN,
      project: e.UNLEASH_PROJECT ?? scope.project ?? "default",
      environment: e.UNLEASH_ENVIRONMENT ?? scope.environment ?? "development",
    },
  };
}
