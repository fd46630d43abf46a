// Server-side flags. Client components take evaluated flags as props
// (components/flags) and import only types from ./registry.
export { type FlagsConfig, flagsConfigFromEnv, parseFlagOverrides } from "./config";
export {
  configureFlags,
  evaluateFlags,
  flagsConfig,
  getFlagProvider,
  isEnabled,
  requireFlag,
} from "./evaluate";
export { type KillSwitchInput, type KillSwitchResult, setKillSwitch } from "./kill-switch";
export { createBootstrapProvider, createUnleashProvider, type FlagProvider, flagContext } from "./provider";
export {
  BETA_COHORT,
  BETA_FEATURES,
  COHORTS,
  type Cohort,
  cohortSchema,
  defaultFlags,
  FLAG_NAMES,
  FLAGS,
  type FlagName,
  type Flags,
  flagNameSchema,
  isFlagName,
} from "./registry";
