import * as Ably from "ably";
import { log } from "@/lib/log";
import type { RealtimeEvent } from "./events";

// Ably is the transport on Vercel, where a function cannot hold a stream open:
// the server publishes over REST and signs token requests; browsers connect to
// Ably directly.

/** How long a token lasts. A client whose access shrank re-authorizes at once
 * (it is told with list_changed); this bounds how long one that does not can listen. */
export const TOKEN_TTL_MS = 10 * 60_000;

/** Ably accepts at most 100 channels in one batch publish. */
const BATCH_CHANNELS = 100;

type ClientOptions = Omit<Ably.ClientOptions, "key">;

// One REST client per key and options: it only holds configuration and signs locally.
const clients = new Map<string, Ably.Rest>();

function restClient(key: string, options: ClientOptions = {}): Ably.Rest {
  const id = `${key}\n${JSON.stringify(options)}`;
  let client = clients.get(id);
  if (!client) {
    client = new Ably.Rest({ ...options, key });
    clients.set(id, client);
  }
  return client;
}

/** The channel -> ["subscribe"] map for exactly these channels: browsers never publish. */
export function subscribeCapability(channels: string[]): Record<string, ["subscribe"]> {
  return Object.fromEntries(channels.map((c) => [c, ["subscribe"] as ["subscribe"]]));
}

/**
 * A TokenRequest, signed here with the key (no call to Ably), for a browser to
 * exchange for a token that may subscribe to `channels` and nothing else.
 */
export function createAblyTokenRequest(params: {
  key: string;
  userId: string;
  channels: string[];
  ttlMs?: number;
}): Promise<Ably.TokenRequest> {
  return restClient(params.key).auth.createTokenRequest({
    clientId: params.userId,
    capability: subscribeCapability(params.channels),
    ttl: params.ttlMs ?? TOKEN_TTL_MS,
  });
}

export type AblyPublisher = { publish(channels: string[], event: RealtimeEvent): Promise<void> };

/** Publishes over Ably's REST API, up to 100 channels per request. */
export function createAblyPublisher(key: string, options: ClientOptions = {}): AblyPublisher {
  const rest = restClient(key, options);
  return {
    async publish(channels, event) {
      for (let i = 0; i < channels.length; i += BATCH_CHANNELS) {
        const batch = channels.slice(i, i + BATCH_CHANNELS);
        const result = await rest.batchPublish({
          channels: batch,
          messages: [{ name: event.type, data: event }],
        });
        if (result.failureCount > 0) {
          const failed = result.results.flatMap((r) => ("error" in r ? [r.channel] : []));
          log.warn("Ably refused some channels", { failed, type: event.type });
        }
      }
    },
  };
}
