import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { log } from "@/lib/log";
import type { Bus } from "./bus";
import { decodeMessage, encodeMessages } from "./bus";
import { DEFAULT_TOPIC } from "./config";
import { Fanout } from "./fanout";

type Options = {
  url: string;
  topic?: string;
  /** How often the listening connection proves it still receives (0: never). */
  watchdogMs?: number;
};

/**
 * PostgreSQL LISTEN/NOTIFY: every server process that holds a stream LISTENs
 * on one topic over one connection and fans messages out in memory; any
 * process publishes with NOTIFY. The database already joins the processes, so
 * self-hosting several of them needs nothing more.
 */
export function createPostgresBus(options: Options): Bus {
  const topic = options.topic ?? DEFAULT_TOPIC;
  const watchdogMs = options.watchdogMs ?? 30_000;
  // One pooled connection for NOTIFY; postgres.js opens one more of its own
  // for LISTEN, the first time someone subscribes.
  const sql = postgres(options.url, { max: 1, onnotice: () => {}, idle_timeout: 60, connect_timeout: 10 });
  const fanout = new Fanout();
  const instance = randomUUID();
  let listening: Promise<{ unlisten: () => Promise<void> }> | undefined;
  let listenedOnce = false;
  let lastProbe = Date.now();
  let watchdog: NodeJS.Timeout | undefined;

  function onNotify(payload: string): void {
    const message = decodeMessage(payload);
    if (!message) return;
    if ("probe" in message) {
      if (message.probe === instance) lastProbe = Date.now();
      return;
    }
    fanout.dispatch(message.channels, message.event);
  }

  // postgres.js calls this after every LISTEN, also after it reconnected on its
  // own: messages sent while it was away are lost, so streams must pull.
  function onListen(): void {
    if (listenedOnce) fanout.broadcast({ type: "sync" });
    listenedOnce = true;
    lastProbe = Date.now();
  }

  function startListening(): Promise<{ unlisten: () => Promise<void> }> {
    listening ??= sql.listen(topic, onNotify, onListen).catch((error: unknown) => {
      listening = undefined;
      throw error;
    });
    return listening;
  }

  // postgres.js re-LISTENs after a dropped connection but gives up silently if
  // the server is still down at that moment. A NOTIFY to ourselves shows
  // whether we still hear; when we have not for three rounds, LISTEN again.
  function startWatchdog(): void {
    if (watchdogMs <= 0 || watchdog) return;
    watchdog = setInterval(() => {
      if (Date.now() - lastProbe > watchdogMs * 3 && fanout.size > 0) {
        log.warn("realtime LISTEN connection went quiet; listening again", { topic });
        const stale = listening;
        listening = undefined;
        lastProbe = Date.now();
        void stale
          ?.then((l) => l.unlisten())
          .catch(() => undefined)
          .then(() => startListening())
          .catch((error: unknown) => log.error("realtime LISTEN failed", { topic, error }));
      }
      sql.notify(topic, JSON.stringify({ probe: instance })).catch((error: unknown) => {
        log.warn("realtime probe NOTIFY failed", { topic, error });
      });
    }, watchdogMs);
    watchdog.unref();
  }

  return {
    kind: "postgres",
    async publish(channels, event) {
      // NOTIFY from outside any transaction: publish runs after the write
      // committed, so listeners never hear of a change they cannot yet read.
      for (const payload of encodeMessages(channels, event)) await sql.notify(topic, payload);
    },
    async subscribe(channels, listener) {
      await startListening();
      startWatchdog();
      const remove = fanout.add(channels, listener);
      return async () => remove();
    },
    async close() {
      if (watchdog) clearInterval(watchdog);
      await sql.end({ timeout: 5 });
    },
  };
}
