// The verdict of the post-deploy health watch (scripts/deploy-watch.ts): the
// new deployment's error rate and p95 latency over its first minutes, from
// the watch's own probe requests. Pure, so the thresholds are unit-tested.

export type Sample = { ok: boolean; ms: number; at: number };

export type Thresholds = {
  /** Fraction of failed probes (5xx, timeouts, refused connections) above which the deploy is rolled back. */
  maxErrorRate: number;
  /** p95 latency (ms) above which the deploy is rolled back. */
  maxP95Ms: number;
  /** Fewer samples than this decide nothing yet (one slow cold start is not a trend). */
  minSamples: number;
};

export const DEFAULT_THRESHOLDS: Thresholds = { maxErrorRate: 0.05, maxP95Ms: 1500, minSamples: 20 };

export type Verdict = {
  status: "healthy" | "unhealthy" | "undecided";
  samples: number;
  errorRate: number;
  p95Ms: number;
  reasons: string[];
};

/** Nearest-rank percentile; 0 for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

export function evaluate(samples: Sample[], thresholds: Thresholds = DEFAULT_THRESHOLDS): Verdict {
  const failed = samples.filter((s) => !s.ok).length;
  const errorRate = samples.length === 0 ? 0 : failed / samples.length;
  // Latency of answered probes only: a refused connection is counted as an error, not as "fast".
  const p95Ms = percentile(
    samples.filter((s) => s.ok).map((s) => s.ms),
    95,
  );
  const reasons: string[] = [];
  if (errorRate > thresholds.maxErrorRate) {
    reasons.push(
      `error rate ${(errorRate * 100).toFixed(1)}% > ${(thresholds.maxErrorRate * 100).toFixed(1)}%`,
    );
  }
  if (p95Ms > thresholds.maxP95Ms) reasons.push(`p95 ${Math.round(p95Ms)} ms > ${thresholds.maxP95Ms} ms`);
  const status =
    samples.length < thresholds.minSamples ? "undecided" : reasons.length > 0 ? "unhealthy" : "healthy";
  return { status, samples: samples.length, errorRate, p95Ms, reasons };
}
