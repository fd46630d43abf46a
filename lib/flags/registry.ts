import { z } from "zod";

// The one list of flags the app knows. A name that is not here does not
// compile anywhere (FlagName), and every flag is off until the provider says
// otherwise: flags fail closed.

export const FLAGS = {
  voice_commands: {
    default: false,
    description: "The microphone, the command box and /api/voice. The launch monitor's kill switch.",
  },
  real_time_sync: {
    default: false,
    description: "Live updates from other tabs and devices (/api/realtime/*).",
  },
  team_collaboration: {
    default: false,
    description: "Teams and shared lists (beta).",
  },
  analytics_dashboard: {
    default: false,
    description: "The productivity dashboard (beta and premium).",
  },
} as const satisfies Record<string, { default: boolean; description: string }>;

export type FlagName = keyof typeof FLAGS;
export type Flags = Record<FlagName, boolean>;

export const FLAG_NAMES = Object.keys(FLAGS) as FlagName[];

export function isFlagName(value: string): value is FlagName {
  return Object.hasOwn(FLAGS, value);
}

export const flagNameSchema = z.enum(FLAG_NAMES as [FlagName, ...FlagName[]]);

/** Every flag at its default: what a request sees when nothing can be evaluated. */
export function defaultFlags(): Flags {
  const flags = {} as Flags;
  for (const name of FLAG_NAMES) flags[name] = FLAGS[name].default;
  return flags;
}

/**
 * Cohorts a user can belong to; flag strategies match them in the "cohorts"
 * context field with STR_CONTAINS, so no name may contain another (tested).
 */
export const COHORTS = ["beta_users", "premium_users"] as const;
export type Cohort = (typeof COHORTS)[number];
export const cohortSchema = z.enum(COHORTS);

/** The cohort people join and leave themselves (settings, invitations); premium comes from billing. */
export const BETA_COHORT: Cohort = "beta_users";

/** What joining the beta gives, for the settings page. */
export const BETA_FEATURES: { flag: FlagName; label: string }[] = [
  { flag: "team_collaboration", label: "Team collaboration" },
  { flag: "analytics_dashboard", label: "Analytics dashboard" },
  { flag: "real_time_sync", label: "Live sync between devices" },
];
