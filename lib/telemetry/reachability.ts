import type { Check } from "@/lib/db/readiness";

// Reachability of the outside services /api/ready reports besides the
// database and Redis. Both are "degraded" when unreachable, never "failed":
// flags fall back to their bootstrap values and real time to a pull on focus,
// so the app still serves and a load balancer must keep sending traffic.

const TIMEOUT_MS = 1000;

async function probe(
  name: string,
  url: string,
  init: RequestInit,
  fetchImpl: typeof fetch = fetch,
): Promise<Check> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const response = await fetchImpl(url, {
      ...init,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer();
    if (!response.ok) return { status: "degraded", ms: ms(), detail: `${name}: HTTP ${response.status}` };
    return { status: "ok", ms: ms(), detail: name };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "degraded", ms: ms(), detail: `${name}: ${message}` };
  }
}

/**
 * GET /health on the Unleash server: its liveness endpoint, which needs no token.
 * Clients are given the API base (".../api"); health sits beside it at the root.
 */
export function unleashHealthUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "").replace(/\/api$/, "")}/health`;
}

export function checkUnleash(baseUrl: string, fetchImpl?: typeof fetch): Promise<Check> {
  return probe("unleash", unleashHealthUrl(baseUrl), { method: "GET" }, fetchImpl);
}

/** Ably's REST time endpoint, authenticated with the key: proves both the network path and the key. */
export function checkAbly(apiKey: string, fetchImpl?: typeof fetch): Promise<Check> {
  return probe(
    "ably",
    "https://rest.ably.io/time",
    { method: "GET", headers: { authorization: `Basic ${Buffer.from(apiKey).toString("base64")}` } },
    fetchImpl,
  );
}
