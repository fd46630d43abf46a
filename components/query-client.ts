import { isServer, QueryClient } from "@tanstack/react-query";

// TanStack's advice for the App Router: one client per server request, one per browser.
function makeQueryClient() {
  return new QueryClient({
    // Todos and lists are read from and written to the local copy, which works
    // offline: React Query must not pause them when the browser goes offline.
    defaultOptions: {
      mutations: { networkMode: "always" },
      queries: {
        networkMode: "always",
        staleTime: 30_000,
        retry: (count, error) => count < 2 && !(error instanceof Error && "status" in error),
      },
    },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
