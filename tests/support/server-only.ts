// Vitest runs server modules outside Next; "server-only" has nothing to guard there.
export {};
