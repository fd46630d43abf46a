import { ALL_ENVIRONMENTS, clearFlagOverride, setFlagOverride } from "@/db/queries/flag-overrides";
import type { Db } from "@/lib/db";
import { log } from "@/lib/log";
import type { UnleashServer } from "./config";
import { flagsConfig, forgetFlagOverrides } from "./evaluate";
import type { FlagName } from "./registry";

export type KillSwitchInput = { flag: FlagName; enabled: boolean; reason: string; setBy: string };
export type KillSwitchResult = { via: "unleash" | "override" };

/** POST .../environments/<env>/on|off: the flag as a whole, every strategy kept for when it comes back. */
export async function toggleInUnleash(
  server: UnleashServer & { adminToken: string },
  flag: FlagName,
  enabled: boolean,
): Promise<void> {
  const path = `/admin/projects/${encodeURIComponent(server.project)}/features/${encodeURIComponent(flag)}/environments/${encodeURIComponent(server.environment)}/${enabled ? "on" : "off"}`;
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: server.adminToken },
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`Unleash answered ${response.status} to ${path}`);
}

/**
 * Turns a feature off for everyone (or lets it back on) through the flag
 * provider: Unleash's admin API when a server and an admin token are
 * configured, else an override row for every environment. Either way every
 * server process follows within the refresh interval. Turning back on
 * removes the override row, so the provider's rollout decides again.
 */
export async function setKillSwitch(db: Db, input: KillSwitchInput): Promise<KillSwitchResult> {
  const { server } = flagsConfig();
  const row = { flag: input.flag, environment: ALL_ENVIRONMENTS };
  let via: KillSwitchResult["via"] = "override";
  if (server?.adminToken) {
    try {
      await toggleInUnleash({ ...server, adminToken: server.adminToken }, input.flag, input.enabled);
      via = "unleash";
    } catch (error) {
      // Turning off is an emergency: fall back to the row. Turning back on can wait for a retry.
      if (input.enabled) throw error;
      log.error("kill switch: Unleash refused; writing an override row instead", { flag: input.flag, error });
    }
  }
  if (input.enabled) await clearFlagOverride(db, row);
  else if (via === "override")
    await setFlagOverride(db, { ...row, enabled: false, reason: input.reason, setBy: input.setBy });
  forgetFlagOverrides(db);
  log.warn("kill switch", {
    flag: input.flag,
    enabled: input.enabled,
    via,
    reason: input.reason,
    setBy: input.setBy,
  });
  return { via };
}
