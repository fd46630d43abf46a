import IORedis from "ioredis";
import { log } from "@/lib/log";
import type { Bus } from "./bus";
import { decodeMessage, encodeMessages } from "./bus";
import { DEFAULT_TOPIC } from "./config";
import { Fanout } from "./fanout";

/**
 * Redis pub/sub, for a Neon database (whose serverless driver cannot LISTEN)
 * without Ably: the same one-subscription-per-process fan-out as the
 * PostgreSQL bus. A subscribing Redis connection can do nothing else, hence two.
 */
export function createRedisBus(options: { url: string; topic?: string }): Bus {
  const topic = options.topic ?? DEFAULT_TOPIC;
  // lazyConnect: a process that only publishes connects on its first PUBLISH,
  // and never opens the subscribing connection.
  const common = { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5_000 };
  const publisher = new IORedis(options.url, common);
  const subscriber = new IORedis(options.url, common);
  const fanout = new Fanout();
  let subscribed: Promise<void> | undefined;
  let readyOnce = false;

  for (const client of [publisher, subscriber]) {
    // Without a listener ioredis reports every reconnect attempt as unhandled.
    client.on("error", (error: unknown) => log.warn("realtime Redis error", { error }));
  }
  subscriber.on("message", (channel: string, payload: string) => {
    if (channel !== topic) return;
    const message = decodeMessage(payload);
    if (message && "channels" in message) fanout.dispatch(message.channels, message.event);
  });
  // ioredis subscribes again after a reconnect; what was sent meanwhile is lost.
  subscriber.on("ready", () => {
    if (readyOnce) fanout.broadcast({ type: "sync" });
    readyOnce = true;
  });

  function startSubscription(): Promise<void> {
    subscribed ??= subscriber
      .connect()
      .then(() => subscriber.subscribe(topic))
      .then(() => undefined)
      .catch((error: unknown) => {
        subscribed = undefined;
        subscriber.disconnect();
        throw error;
      });
    return subscribed;
  }

  return {
    kind: "redis",
    async publish(channels, event) {
      for (const payload of encodeMessages(channels, event)) await publisher.publish(topic, payload);
    },
    async subscribe(channels, listener) {
      await startSubscription();
      const remove = fanout.add(channels, listener);
      return async () => remove();
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
