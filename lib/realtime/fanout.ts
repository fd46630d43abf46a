import { log } from "@/lib/log";
import type { RealtimeEvent } from "./events";

export type Listener = (channel: string, event: RealtimeEvent) => void;

/**
 * The in-memory half of every built-in bus: one connection per process
 * receives each message once, and this hands it to the subscribers of that
 * process whose channels it names.
 */
export class Fanout {
  private readonly byChannel = new Map<string, Set<Listener>>();

  add(channels: string[], listener: Listener): () => void {
    for (const channel of channels) {
      let set = this.byChannel.get(channel);
      if (!set) {
        set = new Set();
        this.byChannel.set(channel, set);
      }
      set.add(listener);
    }
    return () => {
      for (const channel of channels) {
        const set = this.byChannel.get(channel);
        set?.delete(listener);
        if (set?.size === 0) this.byChannel.delete(channel);
      }
    };
  }

  dispatch(channels: readonly string[], event: RealtimeEvent): void {
    for (const channel of channels) {
      for (const listener of this.byChannel.get(channel) ?? []) call(listener, channel, event);
    }
  }

  /** Once to every listener (on one of its channels): "you may have missed something, pull". */
  broadcast(event: RealtimeEvent): void {
    const seen = new Set<Listener>();
    for (const [channel, set] of this.byChannel) {
      for (const listener of set) {
        if (seen.has(listener)) continue;
        seen.add(listener);
        call(listener, channel, event);
      }
    }
  }

  get size(): number {
    return this.byChannel.size;
  }
}

// One subscriber's bug must not stop delivery to the others.
function call(listener: Listener, channel: string, event: RealtimeEvent): void {
  try {
    listener(channel, event);
  } catch (error) {
    log.error("realtime listener failed", { channel, type: event.type, error });
  }
}
