import { getCohortsForUser } from "@/db/queries/cohorts";
import { getFlagOverrides } from "@/db/queries/flag-overrides";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { type FlagsConfig, flagsConfigFromEnv } from "./config";
import { applyOverrides, type OverrideRow } from "./overrides";
import { createBootstrapProvider, createUnleashProvider, type FlagProvider, flagContext } from "./provider";
import { defaultFlags, FLAG_NAMES, type FlagName, type Flags } from "./registry";

type FlagUser = { id: string };

// One provider per process, on globalThis: Next bundles this module into
// several server chunks, and a kill switch set from one must reach the others.
type State = {
  config?: FlagsConfig;
  provider?: Promise<FlagProvider>;
  /** Per database (tests open several): override rows, re-read after the refresh interval. */
  overrides: WeakMap<Db, { at: number; rows: Promise<OverrideRow[]> }>;
};
const holder = globalThis as typeof globalThis & { __voiceTodoFlags?: State };
holder.__voiceTodoFlags ??= { overrides: new WeakMap() };
const state = holder.__voiceTodoFlags;

export function flagsConfig(): FlagsConfig {
  state.config ??= flagsConfigFromEnv(env());
  return state.config;
}

/** Points the flags at another configuration (tests, scripts); undefined goes back to the environment. */
export function configureFlags(config: FlagsConfig | undefined): void {
  void state.provider?.then((p) => p.close()).catch(() => {});
  state.provider = undefined;
  state.config = config;
  state.overrides = new WeakMap();
}

export function getFlagProvider(): Promise<FlagProvider> {
  if (!state.provider) {
    const config = flagsConfig();
    const created = config.server
      ? createUnleashProvider(config.server, config.refreshMs)
      : createBootstrapProvider();
    state.provider = created.catch((error: unknown) => {
      state.provider = undefined;
      throw error;
    });
  }
  return state.provider;
}

/** Forgets cached override rows: the next evaluation re-reads them (after a kill switch in this process). */
export function forgetFlagOverrides(db: Db): void {
  state.overrides.delete(db);
}

function overridesFor(db: Db, config: FlagsConfig): Promise<OverrideRow[]> {
  const cached = state.overrides.get(db);
  if (cached && Date.now() - cached.at < config.refreshMs) return cached.rows;
  const rows = getFlagOverrides(db, { environment: config.deployEnv });
  state.overrides.set(db, { at: Date.now(), rows });
  rows.catch(() => state.overrides.delete(db));
  return rows;
}

/** Every flag for one user: provider, then overrides. Anything failing means defaults (off). */
export async function evaluateFlags(db: Db, user: FlagUser): Promise<Flags> {
  try {
    const config = flagsConfig();
    const [provider, cohorts, rows] = await Promise.all([
      getFlagProvider(),
      getCohortsForUser(db, { userId: user.id }),
      overridesFor(db, config),
    ]);
    const context = flagContext(user.id, cohorts);
    const evaluated = defaultFlags();
    for (const flag of FLAG_NAMES) evaluated[flag] = provider.isEnabled(flag, context);
    return applyOverrides(evaluated, rows, config.envOverrides);
  } catch (error) {
    log.error("flags could not be evaluated; serving defaults", { userId: user.id, error });
    return defaultFlags();
  }
}

export async function isEnabled(db: Db, user: FlagUser, flag: FlagName): Promise<boolean> {
  return (await evaluateFlags(db, user))[flag];
}

/** For gated routes: off answers exactly like a route that does not exist. */
export async function requireFlag(db: Db, user: FlagUser, flag: FlagName): Promise<void> {
  if (!(await isEnabled(db, user, flag))) throw new AppError("not_found", "Not found");
}
