// Response-time histogram: bucket i counts durations in [LOWER[i], UPPER[i]).
// Bounds are dense around the 500 ms target so that p95 interpolated within a
// bucket (db/queries/analytics.ts) is close to the true value where it matters.
export const DURATION_BOUNDS_MS = [25, 50, 100, 200, 300, 400, 500, 600, 750, 1000, 2000, 5000] as const;

/** Number of buckets: one per bound plus the overflow bucket [5000 ms, max). */
export const BUCKET_COUNT = DURATION_BOUNDS_MS.length + 1;

export function bucketIndex(ms: number): number {
  const i = DURATION_BOUNDS_MS.findIndex((bound) => ms < bound);
  return i === -1 ? DURATION_BOUNDS_MS.length : i;
}

export function emptyBuckets(): number[] {
  return Array.from({ length: BUCKET_COUNT }, () => 0);
}

/** Lower bounds of the buckets (0 for the first), as SQL reads them. */
export const LOWER_BOUNDS_MS: readonly number[] = [0, ...DURATION_BOUNDS_MS];
