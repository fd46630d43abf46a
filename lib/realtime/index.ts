import { log } from "@/lib/log";
import { createAblyPublisher } from "./ably";
import { type Bus, createBus } from "./bus";
import { type RealtimeConfig, realtimeConfigFromEnv } from "./config";
import type { RealtimeEvent } from "./events";
import type { Listener } from "./fanout";

export type { Bus } from "./bus";
export { createBus, createMemoryBus } from "./bus";
export type { BusConfig, RealtimeConfig } from "./config";
export { chooseRealtimeConfig, realtimeConfigFromEnv } from "./config";
export type { RealtimeEvent, RealtimeEventType } from "./events";
export { EVENT_TYPES, listChannel, userChannel } from "./events";
export type { Listener } from "./fanout";

/** A publish that takes longer than this is given up on (logged): the write it follows has succeeded. */
const PUBLISH_TIMEOUT_MS = 3_000;

type Transport = { config: RealtimeConfig; publish: Bus["publish"]; bus: Bus | null };

// One per process, kept on globalThis so that `next dev` module reloads reuse
// the one LISTEN connection instead of opening another on every edit.
const holder = globalThis as typeof globalThis & { __voiceTodoRealtime?: Promise<Transport> };

async function open(config: RealtimeConfig): Promise<Transport> {
  if (config.transport === "ably") {
    const ably = createAblyPublisher(config.ablyKey);
    return { config, publish: (channels, event) => ably.publish(channels, event), bus: null };
  }
  const bus = await createBus(config.bus);
  if (config.bus.kind === "memory" && config.bus.warning) log.warn(config.bus.warning);
  return { config, publish: (channels, event) => bus.publish(channels, event), bus };
}

function transport(): Promise<Transport> {
  holder.__voiceTodoRealtime ??= open(realtimeConfigFromEnv()).catch((error: unknown) => {
    holder.__voiceTodoRealtime = undefined;
    throw error;
  });
  return holder.__voiceTodoRealtime;
}

/**
 * Tells every client listening on `channels` that something changed. Never
 * throws: call it after the write committed; a lost event costs a client a
 * late update (it pulls on reconnect), never the write.
 */
export async function publish(channels: string[], event: RealtimeEvent): Promise<void> {
  if (channels.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("publish timed out")), PUBLISH_TIMEOUT_MS);
    });
    const { publish: send } = await transport();
    await Promise.race([send(channels, event), timeout]);
  } catch (error) {
    log.error("realtime publish failed", { type: event.type, channels: channels.length, error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Listens on `channels` in this process (the built-in transport only: with
 * Ably, browsers subscribe at Ably and the server never does). Resolves once
 * listening; returns the unsubscribe.
 */
export async function subscribe(channels: string[], onEvent: Listener): Promise<() => Promise<void>> {
  const { bus } = await transport();
  if (!bus) throw new Error("Server-side subscribe is not available with Ably");
  return bus.subscribe(channels, onEvent);
}

/** For shutdown and tests: closes the process's bus, the next call opens a new one. */
export async function closeRealtime(): Promise<void> {
  const current = holder.__voiceTodoRealtime;
  holder.__voiceTodoRealtime = undefined;
  // One that failed to open holds nothing to close.
  const opened = await current?.catch(() => undefined);
  await opened?.bus?.close();
}
