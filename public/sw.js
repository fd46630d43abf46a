// Voice Todo service worker: the app shell loads offline.
// - Navigations: network first; the last good copy of the page (or of /todos)
//   when offline. Data comes from IndexedDB, so a cached page is enough.
// - Next's hashed static files: cache first (their names change with content).
// - API calls and everything else: straight to the network; the sync engine
//   handles being offline.
const SHELL = "voice-todo-shell-v1";
const STATIC = "voice-todo-static-v1";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL, STATIC]);
      for (const key of await caches.keys()) if (!keep.has(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "cache-assets" && Array.isArray(data.urls)) {
    event.waitUntil(
      caches.open(STATIC).then((cache) =>
        Promise.all(data.urls.filter(isStatic).map((url) => cache.add(url).catch(() => undefined))),
      ),
    );
  }
  if (data.type === "clear") {
    event.waitUntil(Promise.all([caches.delete(SHELL), caches.delete(STATIC)]));
  }
});

function isStatic(url) {
  try {
    const u = new URL(url, self.location.origin);
    return u.origin === self.location.origin && (u.pathname.startsWith("/_next/static/") || u.pathname === "/icon.svg");
  } catch {
    return false;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          if (response.ok && url.pathname.startsWith("/todos")) {
            const cache = await caches.open(SHELL);
            await cache.put(url.pathname + url.search, response.clone());
            await cache.put("/todos", response.clone());
          }
          return response;
        } catch (error) {
          const cache = await caches.open(SHELL);
          const cached = (await cache.match(url.pathname + url.search)) || (await cache.match("/todos"));
          if (cached) return cached;
          throw error;
        }
      })(),
    );
    return;
  }

  if (isStatic(request.url)) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(STATIC);
        const cached = await cache.match(request);
        if (cached) return cached;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      })(),
    );
  }
});
