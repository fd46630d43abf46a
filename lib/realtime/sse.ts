import { log } from "@/lib/log";
import type { RealtimeEvent } from "./events";
import type { Listener } from "./fanout";

export type Subscribe = (channels: string[], listener: Listener) => Promise<() => Promise<void>>;

export type EventStreamOptions = {
  /** The channels the user may read now, asked of the database each time. */
  loadChannels: () => Promise<string[]>;
  subscribe: Subscribe;
  /** The request's signal: the stream ends when the browser goes away. */
  signal?: AbortSignal;
  /** Proxies close connections that stay silent (often after 30-60 s). */
  heartbeatMs?: number;
  /** A safety net behind list_changed: access is checked again this often anyway. */
  recheckMs?: number;
  /**
   * The stream ends after this long and the browser reconnects, which
   * authenticates it again (a revoked session or token stops here at the latest).
   */
  maxLifetimeMs?: number;
  /** EventSource's reconnect delay. */
  retryMs?: number;
};

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  // nginx buffers responses unless told not to; events would arrive in lumps.
  "x-accel-buffering": "no",
} as const;

/** One Server-Sent Events message. JSON has no raw newlines, so one data line suffices. */
export function formatSseEvent(event: RealtimeEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * A text/event-stream of the events on the user's channels. Subscribes before
 * it returns, so that a failure becomes an HTTP error rather than a broken stream.
 *
 * Access: the channels come from the database at open; a list_changed event
 * (sent to a user's channel when lists are shared with or taken from them, and
 * to a list's channel when it is deleted or restored) asks again, and so does a
 * timer. Events are handled one at a time, so that none for a list the user
 * just lost slips out while the database is asked.
 */
export async function openEventStream(options: EventStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const subscriptions = new Map<string, () => Promise<void>>();
  const timers: NodeJS.Timeout[] = [];
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();

  const send = (text: string) => {
    if (closed || !controller) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch (error) {
      // The consumer went away between our check and the write.
      log.debug("realtime stream write after close", { error });
      void close();
    }
  };

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    for (const timer of timers) clearTimeout(timer);
    const unsubscribes = [...subscriptions.values()];
    subscriptions.clear();
    await Promise.all(
      unsubscribes.map((u) =>
        u().catch((error: unknown) => log.warn("realtime unsubscribe failed", { error })),
      ),
    );
    try {
      controller?.close();
    } catch {
      // Already closed or cancelled by the consumer: nothing left to end.
    }
  }

  const onEvent: Listener = (channel, event) => {
    queue = queue.then(() => handle(channel, event));
  };

  async function handle(channel: string, event: RealtimeEvent): Promise<void> {
    if (closed || !subscriptions.has(channel)) return;
    if (event.type === "list_changed") await recheck();
    // After a recheck the user may no longer read this channel.
    if (subscriptions.has(channel) || event.type === "sync") send(formatSseEvent(event));
  }

  async function sync(channels: string[]): Promise<void> {
    const wanted = new Set(channels);
    for (const [channel, unsubscribe] of subscriptions) {
      if (wanted.has(channel)) continue;
      subscriptions.delete(channel);
      await unsubscribe();
    }
    for (const channel of wanted) {
      if (subscriptions.has(channel) || closed) continue;
      subscriptions.set(channel, await options.subscribe([channel], onEvent));
    }
  }

  async function recheck(): Promise<void> {
    if (closed) return;
    try {
      await sync(await options.loadChannels());
    } catch (error) {
      // Fail closed: the browser reconnects and is authorized from scratch.
      log.warn("realtime access recheck failed; closing the stream", { error });
      await close();
    }
  }

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel: () => close(),
  });

  try {
    await sync(await options.loadChannels());
  } catch (error) {
    await close();
    throw error;
  }

  send(`retry: ${options.retryMs ?? 3_000}\n\n`);
  // Whatever happened while this browser was not connected is unknown: pull.
  send(formatSseEvent({ type: "sync" }));

  const every = (ms: number, fn: () => void) => {
    const timer = setInterval(fn, ms);
    timer.unref();
    timers.push(timer);
  };
  every(options.heartbeatMs ?? 20_000, () => send(": ping\n\n"));
  every(options.recheckMs ?? 60_000, () => {
    queue = queue.then(recheck);
  });
  const end = setTimeout(() => void close(), options.maxLifetimeMs ?? 10 * 60_000);
  end.unref();
  timers.push(end);

  if (options.signal?.aborted) await close();
  else options.signal?.addEventListener("abort", () => void close(), { once: true });
  return stream;
}
