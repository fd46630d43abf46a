import { z } from "zod";
import { log } from "@/lib/log";
import type { BusConfig } from "./config";
import { type RealtimeEvent, realtimeEventSchema } from "./events";
import { Fanout, type Listener } from "./fanout";

/** The built-in transport between server processes. */
export interface Bus {
  readonly kind: BusConfig["kind"];
  /** Rejects when the message could not be handed to the bus; `publish` in index.ts logs instead. */
  publish(channels: string[], event: RealtimeEvent): Promise<void>;
  /** Resolves once messages published after it will be delivered; returns the unsubscribe. */
  subscribe(channels: string[], listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function createBus(config: BusConfig): Promise<Bus> {
  switch (config.kind) {
    case "memory":
      return createMemoryBus();
    case "postgres": {
      const { createPostgresBus } = await import("./bus-postgres");
      return createPostgresBus(config);
    }
    case "redis": {
      const { createRedisBus } = await import("./bus-redis");
      return createRedisBus(config);
    }
  }
}

/** One process (PGlite, local development): the fan-out is the whole bus. */
export function createMemoryBus(): Bus {
  const fanout = new Fanout();
  return {
    kind: "memory",
    publish: async (channels, event) => {
      // Delivered on a later tick, as the other buses do, so that a publisher
      // never runs subscriber code inside its own write path.
      queueMicrotask(() => fanout.dispatch(channels, event));
    },
    subscribe: async (channels, listener) => {
      const remove = fanout.add(channels, listener);
      return async () => remove();
    },
    close: async () => {},
  };
}

// ---------------------------------------------------------------- wire format

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7900;

const messageSchema = z.union([
  z.object({ channels: z.array(z.string().max(200)).max(1000), event: realtimeEventSchema }),
  // The watchdog's own message: proves the listening connection still receives.
  z.object({ probe: z.string() }),
]);

export type BusMessage = z.infer<typeof messageSchema>;

/**
 * One event for many channels, split into as few payloads as fit the limit
 * (a list shared with hundreds of members is rare but must not fail).
 */
export function encodeMessages(
  channels: string[],
  event: RealtimeEvent,
  maxBytes = MAX_PAYLOAD_BYTES,
): string[] {
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  const base = bytes(JSON.stringify({ channels: [], event }));
  const payloads: string[] = [];
  let group: string[] = [];
  let size = base;
  for (const channel of channels) {
    const add = bytes(JSON.stringify(channel)) + 1;
    if (base + add > maxBytes) throw new Error("A real-time event is too large to publish");
    if (group.length > 0 && size + add > maxBytes) {
      payloads.push(JSON.stringify({ channels: group, event }));
      group = [];
      size = base;
    }
    group.push(channel);
    size += add;
  }
  if (group.length > 0) payloads.push(JSON.stringify({ channels: group, event }));
  return payloads;
}

/** A message from another process, or null (logged) when it is not one of ours. */
export function decodeMessage(payload: string): BusMessage | null {
  try {
    const parsed = messageSchema.safeParse(JSON.parse(payload));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: reported below like any other malformed payload.
  }
  log.warn("realtime bus dropped a malformed message", { bytes: payload.length });
  return null;
}
