import { EVENT_TYPES } from "@/lib/realtime/events";

// Listens for "something changed" notices and answers each with a pull
// (the same path as the 30-second and on-reconnect syncs). The server says
// which transport: its own Server-Sent Events, or Ably in production.

type Descriptor =
  | { transport: "sse"; url: string }
  | { keyName: string; capability: string; clientId?: string };

export function connectRealtime(onChange: (type: string) => void): () => void {
  let closed = false;
  let close: () => void = () => {};
  void (async () => {
    const response = await fetch("/api/realtime/token", { cache: "no-store" }).catch(() => null);
    if (!response?.ok || closed) return;
    const descriptor = (await response.json()) as Descriptor;
    if ("transport" in descriptor) {
      const source = new EventSource(descriptor.url);
      for (const type of EVENT_TYPES) source.addEventListener(type, () => onChange(type));
      close = () => source.close();
    } else {
      close = await connectAbly(descriptor, onChange);
    }
    if (closed) close();
  })();
  return () => {
    closed = true;
    close();
  };
}

async function connectAbly(
  first: { capability: string },
  onChange: (type: string) => void,
): Promise<() => void> {
  const Ably = await import("ably");
  const client = new Ably.Realtime({
    authCallback: (_params, callback) => {
      fetch("/api/realtime/token", { cache: "no-store" })
        .then((r) => r.json())
        .then((tokenRequest) => callback(null, tokenRequest))
        .catch((error: unknown) => callback(String(error), null));
    },
  });
  const subscribed = new Map<string, () => void>();
  const follow = (capability: string) => {
    const channels = Object.keys(JSON.parse(capability) as Record<string, string[]>);
    for (const [name, stop] of subscribed) {
      if (channels.includes(name)) continue;
      stop();
      subscribed.delete(name);
    }
    for (const name of channels) {
      if (subscribed.has(name)) continue;
      const channel = client.channels.get(name);
      const listener = (message: { name?: string }) => {
        onChange(message.name ?? "sync");
        // Access to lists changed: a new token names the channels this user may read now.
        if (message.name === "list_changed") {
          void client.auth.authorize().then((details) => details.capability && follow(details.capability));
        }
      };
      void channel.subscribe(listener);
      subscribed.set(name, () => channel.unsubscribe(listener));
    }
  };
  follow(first.capability);
  return () => client.close();
}
