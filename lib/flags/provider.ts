import { once } from "node:events";
import { InMemStorageProvider, Unleash } from "unleash-client";
import { log } from "@/lib/log";
import type { UnleashServer } from "./config";
import { loadBootstrap } from "./definitions";
import type { Cohort, FlagName } from "./registry";

// The flag provider behind a small interface: Unleash's own client either
// polling an Unleash server or evaluating the checked-in bootstrap file, so
// both run the same strategies (flexibleRollout, constraints, segments).

export type FlagContext = { userId: string; properties: { cohorts: string } };

/** The Unleash context: sticky rollout by user id, segments by cohort. */
export function flagContext(userId: string, cohorts: readonly Cohort[]): FlagContext {
  return { userId, properties: { cohorts: [...cohorts].sort().join(",") } };
}

export interface FlagProvider {
  readonly source: "bootstrap" | "unleash";
  /** False until the provider has definitions (fail closed). */
  isEnabled(flag: FlagName, context: FlagContext): boolean;
  close(): void;
}

const APP_NAME = "voice-todo";
/** How long a cold start waits for a first answer from the Unleash server before serving defaults. */
const FIRST_FETCH_WAIT_MS = 5_000;
// Never fetched: with refreshInterval 0 the client reads only its bootstrap, but it insists on a URL.
const NO_SERVER_URL = "http://127.0.0.1:9/unleash-bootstrap-only/api";

function wrap(client: Unleash, source: FlagProvider["source"]): FlagProvider {
  return {
    source,
    isEnabled: (flag, context) => client.isEnabled(flag, context, false),
    close: () => client.destroy(),
  };
}

function listen(client: Unleash, source: string): void {
  // An EventEmitter without an "error" listener throws: a network blip must not crash the server.
  client.on("error", (error: unknown) => log.warn("flag provider error", { source, error }));
  // "warn" fires on every evaluation before the first fetch; not worth a log line each.
  client.on("warn", (message: unknown) => log.debug("flag provider warning", { source, message }));
}

/** Resolves once the client has its definitions, or after `ms` (the client keeps trying in the background). */
async function firstSync(client: Unleash, ms: number): Promise<boolean> {
  if (client.isSynchronized()) return true;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), ms);
  try {
    await once(client, "synchronized", { signal: timeout.signal });
    return true;
  } catch {
    return false; // timed out: answers stay at defaults (off) until the first fetch lands
  } finally {
    clearTimeout(timer);
  }
}

/** The checked-in bootstrap file, evaluated locally: no network, no metrics, no refresh. */
export async function createBootstrapProvider(): Promise<FlagProvider> {
  const { features, segments } = loadBootstrap();
  const client = new Unleash({
    appName: APP_NAME,
    url: NO_SERVER_URL,
    refreshInterval: 0,
    disableMetrics: true,
    bootstrap: { data: features, segments },
    storageProvider: new InMemStorageProvider(),
    skipInstanceCountWarning: true,
  });
  listen(client, "bootstrap");
  if (!(await firstSync(client, FIRST_FETCH_WAIT_MS))) throw new Error("The flag bootstrap did not load");
  return wrap(client, "bootstrap");
}

/** An Unleash server, polled every refreshMs. No bootstrap fallback: a server that is down means defaults (off). */
export async function createUnleashProvider(server: UnleashServer, refreshMs: number): Promise<FlagProvider> {
  const client = new Unleash({
    appName: APP_NAME,
    url: server.url,
    refreshInterval: refreshMs,
    customHeaders: { Authorization: server.apiToken },
    storageProvider: new InMemStorageProvider(),
    skipInstanceCountWarning: true,
  });
  listen(client, "unleash");
  if (!(await firstSync(client, FIRST_FETCH_WAIT_MS))) {
    log.error("flag provider: no answer from Unleash yet; flags are off until it answers", {
      url: server.url,
    });
  }
  return wrap(client, "unleash");
}
