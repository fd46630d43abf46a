import { log } from "../log";

/** Rejects when `promise` has not settled within `ms`; the timer never keeps the process alive. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = "redis call"): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const WARN_INTERVAL_MS = 10_000;
const lastWarned = new Map<string, { at: number; suppressed: number }>();

/**
 * A dead Redis makes every request fail the same way; one warning per event
 * per 10 s (with the count of the ones skipped) says as much without flooding.
 */
export function warnThrottled(event: string, fields: Record<string, unknown> = {}, now = Date.now()): void {
  const last = lastWarned.get(event);
  if (last && now - last.at < WARN_INTERVAL_MS) {
    last.suppressed += 1;
    return;
  }
  lastWarned.set(event, { at: now, suppressed: 0 });
  log.warn(event, last && last.suppressed > 0 ? { ...fields, suppressed: last.suppressed } : fields);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
