// Registers the service worker and hands it the files this page already
// loaded, so that the next load works offline too.
export async function registerServiceWorker(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  await navigator.serviceWorker.ready;
  const urls = performance
    .getEntriesByType("resource")
    .map((e) => e.name)
    .concat([...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((s) => s.src))
    .concat([...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].map((l) => l.href));
  (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: "cache-assets", urls });
}

/** On sign-out: nothing of this person stays in the browser's caches. */
export function clearOfflineCaches(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: "clear" });
}
