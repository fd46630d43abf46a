import { FLAG_NAMES, type FlagName, type Flags } from "./registry";

// Overrides sit on top of whatever the provider says: rows in flag_overrides
// (environment "all" or this deploy's) and this deploy's FLAG_OVERRIDES.
// When they disagree, off wins: a narrower "on" must never undo a kill switch.

export type OverrideRow = { flag: string; environment: string; enabled: boolean };

export function applyOverrides(
  evaluated: Flags,
  rows: readonly OverrideRow[],
  envOverrides: Partial<Record<FlagName, boolean>>,
): Flags {
  const result = { ...evaluated };
  for (const flag of FLAG_NAMES) {
    const says = rows.filter((r) => r.flag === flag).map((r) => r.enabled);
    const fromEnv = envOverrides[flag];
    if (fromEnv !== undefined) says.push(fromEnv);
    if (says.includes(false)) result[flag] = false;
    else if (says.includes(true)) result[flag] = true;
  }
  return result;
}
